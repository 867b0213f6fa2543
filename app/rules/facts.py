"""The facts an enterprise can state, as one typed model.

Rules name these fields; the loader rejects a rule that names an unknown fact.
Each field's description is the Chinese wording used when the assistant asks
for it, so a follow-up question always matches what the calculator needs.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Stage = Literal["I", "II", "III"]
StageEvent = Literal["entered", "completed"]
DrugKind = Literal["new", "improved", "first_generic"]


class Facts(BaseModel):
    """Everything known about the enterprise and its project; None means not stated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    drug_class: int | None = Field(None, ge=1, le=5, description="药品注册分类（1类、2类…）")
    drug_kind: DrugKind | None = Field(None, description="新药、重大改良型新药或首仿药")
    clinical_stage: Stage | None = Field(None, description="临床试验阶段（Ⅰ期、Ⅱ期或Ⅲ期）")
    stage_event: StageEvent | None = Field(None, description="是进入还是完成该期临床试验")
    varieties: int | None = Field(None, ge=1, le=1000, description="品种数量")
    clinical_stage_counts: dict[Stage, int] | None = Field(
        None, description="各临床试验阶段的品种数量（品种处于不同阶段时）")
    registration_certificate: bool | None = Field(None, description="是否已获得药品注册证书")
    vet_drug_class: int | None = Field(
        None, ge=1, le=9, description="新兽药注册类别（一、二、三类）")
    non_registration_trial: bool | None = Field(None, description="是否为非注册性临床试验")

    transaction_value_yuan: int | None = Field(None, ge=0, description="委托生产品种的实际交易额")
    production_investment_yuan: int | None = Field(
        None, ge=0, description="承担（受托）生产的实际投入金额")
    sales_revenue_yuan: int | None = Field(None, ge=0, description="销售平台的年度销售收入")

    registration_cost_yuan: int | None = Field(
        None, ge=0, description="海外实际注册费用（含注册费、检测费、当地代理费）")
    international_approval: bool | None = Field(
        None, description="是否新获得FDA、EMA等国际权威机构认证")
    product_launched: bool | None = Field(None, description="引进（License-in）的产品是否已上市")
    license_out_contract_usd: int | None = Field(
        None, ge=0, description="License-out 合同总额（美元）")
    license_out_contract_cny: int | None = Field(
        None, ge=0, description="License-out 合同总额（人民币，仅用于提示币种）")

    main_revenue_yuan: int | None = Field(None, ge=0, description="年度主营业务收入")
    first_time: bool | None = Field(None, description="是否为首次突破该规模")
    annual_output_yuan: int | None = Field(None, ge=0, description="单品种年产值")

    last_year_revenue_yuan: int | None = Field(None, ge=0, description="上一年度营业收入")
    rd_two_years_yuan: int | None = Field(None, ge=0, description="上两年研发投入总额")
    rd_growth_three_years: bool | None = Field(
        None, description="是否连续三年研发投入保持正增长")
    rd_last_year_yuan: int | None = Field(None, ge=0, description="上一年度研发投入")
    sme: bool | None = Field(None, description="是否为中小微企业")
    foreign_invested: bool | None = Field(None, description="是否为外资企业")
    years_supported: int | None = Field(None, ge=0, le=50, description="已累计获得该项支持的年数")

    service_value_yuan: int | None = Field(None, ge=0, description="年度实际服务金额")
    platform_investment_yuan: int | None = Field(None, ge=0, description="平台建设实际投入")
    event_cost_yuan: int | None = Field(None, ge=0, description="活动实际发生费用")
    project_investment_yuan: int | None = Field(None, ge=0, description="项目（工程）投资总额")

    def known(self) -> dict[str, object]:
        """Only the facts that were stated."""
        return {key: value for key, value in self.model_dump().items() if value is not None}


def fact_label(name: str) -> str:
    """Chinese description of a fact, for conditions and follow-up questions."""
    field = Facts.model_fields[name]
    return field.description or name


def money_facts() -> frozenset[str]:
    """Facts that hold amounts of money (their names end in the currency)."""
    return _MONEY_FACTS


_MONEY_FACTS = frozenset(name for name in Facts.model_fields
                         if name.endswith(("_yuan", "_usd", "_cny")))
