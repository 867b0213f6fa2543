"""The fact vocabulary (``corpus/domain/facts.yaml``): one declaration of every fact.

From it come the typed ``Facts`` model the calculator reads, the checks on rule
files (a rule may name only declared facts), the Chinese labels of conditions
and follow-up questions, the calculator form's fields, and what fact extraction
looks for in a question (cue words, patterns, the year a figure must belong to,
the parts a base is made of). Nothing here names a policy term; the YAML does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, create_model

from app.rules.amounts import parse_money
from app.rules.facts import Facts

FactType = Literal["money", "int", "count", "enum", "bool"]
TimeRule = Literal["last_year", "last_two_years", "latest", "one_year", "total", "none"]
# Amounts above this are not believed (9999999亿, 1e308): asked back, never computed.
DEFAULT_MONEY_MAX = 10**13
# The measure of figures that belong to no fact (``unrelated_cues``; a qualifier may name it).
UNRELATED = "unrelated"


class VocabularyError(ValueError):
    """``facts.yaml`` is malformed; the message names the fact and the problem."""


@dataclass(frozen=True)
class Component:
    """A part a base amount is made of (海外注册费 of 实际注册费用)."""

    name: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class EnumValue:
    """One value of a categorical fact, with how users write it."""

    value: str
    label: str
    patterns: tuple[re.Pattern[str], ...]
    default: bool = False


@dataclass(frozen=True, eq=False)
class Measure:
    """What a money fact measures, and the words that name it."""

    name: str
    cues: tuple[str, ...]
    qualifiers: dict[str, str] = field(default_factory=dict)
    weak_cues: tuple[str, ...] = ()
    # Words one of which the message must say for a generic cue to name this measure
    # ("合同金额4580万" beside 委托生产 is no License-out deal); else the figure is cue-less.
    requires: tuple[str, ...] = ()
    # What a figure named so, in a message without those words, is said to be when asked.
    requires_doubt: str = "不一定是该条款所述的金额"
    # Measures a figure named only by a verb may hint at and still fill this one ("投资2亿").
    hints: tuple[str, ...] = ()
    # Weak cues that hint at this measure only in a message naming it by a cue of its own
    # ("办了个大赛…实际花了1870W"; "注册花了730万" is no event's cost).
    weak_needs_cue: bool = False


@dataclass(frozen=True)
class FactSpec:
    """Everything known about one fact."""

    name: str
    type: FactType
    label: str
    measure: str | None = None
    time: TimeRule = "none"
    currency: str = "CNY"
    minimum: int | None = None
    maximum: int | None = None
    components: tuple[Component, ...] = ()
    selector: bool = False
    item: str | None = None
    item_count: str | None = None
    hidden: bool = False
    patterns: tuple[re.Pattern[str], ...] = ()
    next_year_patterns: tuple[re.Pattern[str], ...] = ()
    # A span of years, each counted ("2023到2025年每年都拿过"): two years captured, the
    # count is both and every year between.
    span_patterns: tuple[re.Pattern[str], ...] = ()
    # A list of years, each counted ("2023、2024、2025年都拿过"): the years captured in the
    # first group are the count.
    year_list_patterns: tuple[re.Pattern[str], ...] = ()
    # A count stated as none at all ("以前没拿过", "第一次申请"): the value is 0.
    zero_patterns: tuple[re.Pattern[str], ...] = ()
    # Said to be some, not how many ("之前已经享受过这项支持"): the count must be asked.
    vague_patterns: tuple[re.Pattern[str], ...] = ()
    # The year the user applies for ("申报2025年度的支持"): it picks among yearly figures.
    applied_year: bool = False
    # An amount actually spent or earned ("实际投入", "实际发生费用"): a budget or plan
    # for it is no value of it.
    actual: bool = False
    # A fact a bare value of another fact means once the session holds this one: "那三类呢"
    # about a 新兽药 is its veterinary class, not a drug class.
    from_bare: str | None = None
    values: tuple[EnumValue, ...] = ()
    when_true: tuple[re.Pattern[str], ...] = ()
    when_false: tuple[re.Pattern[str], ...] = ()
    # Both said in one message ("一个已签，另一个还在谈"): unknown rather than false, for a
    # fact the rule may assume when unknown (``mixed: unknown``).
    mixed_unknown: bool = False
    # Only a denial is read ("不是CRO、CDMO或CMO"): saying the cue ("我们是CRO") tells the
    # rule nothing it does not assume, and names no topic.
    denial_only: bool = False
    applies_when: tuple[re.Pattern[str], ...] = ()
    default_with: str | None = None  # the default value applies when this fact is stated
    # A yes/no fact a yearly series settles: (measure, years) holds when that measure rose
    # in each of the ``years`` years before the reference year ("连续三年正增长").
    rises_over: tuple[str, int] | None = None
    # Says what a question is about (a clinical stage, a certificate): a rule that never
    # reads a topic fact the user stated is probably about something else.
    topic: bool = False

    def value_label(self, value: object) -> str:
        """How a value is shown to a user: Ⅱ期, 进入, 是/否, 1类."""
        if isinstance(value, bool):
            return "是" if value else "否"
        for option in self.values:
            if option.value == str(value):
                return option.label
        return str(value)


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """All declared facts and measures, plus the words that mark a product kind."""

    facts: dict[str, FactSpec]
    measures: dict[str, Measure]
    device_words: tuple[str, ...] = ()
    drug_words: tuple[str, ...] = ()
    veterinary_words: tuple[str, ...] = ()
    families: tuple[frozenset[str], ...] = ()
    unrelated_cues: tuple[str, ...] = ()
    item_count_words: tuple[str, ...] = ()
    item_count_words_en: tuple[str, ...] = ()
    # Words that count projects ("两个共享服务平台", "三个AI示范项目"): each has its own base.
    project_count_words: tuple[str, ...] = ()
    # Measures whose figures, remembered from an earlier turn, may fill a family sibling.
    generic_measures: frozenset[str] = frozenset()
    # Phrases whose subject is another company: their figures are not the user's.
    other_parties: tuple[re.Pattern[str], ...] = ()
    # A fact's cue just after one of these words is denied ("没有外资成分", "不是CRO、CDMO或
    # CMO"): matched against the text of its clause up to the cue.
    negation: re.Pattern[str] | None = None
    # A part of a base named with one of these and no figure ("检测费和当地代理费还没统计出来")
    # leaves the base incomplete: asked, never computed on the parts given.
    pending: re.Pattern[str] | None = None
    # A part named with one of these and no figure ("代理费那笔不算了", "检测费是别的项目的")
    # is taken out of the base the conversation holds.
    retraction: re.Pattern[str] | None = None
    # Words that name a human drug (化学药, 生物制品): beside a 兽药 they keep its class human.
    human_drug_words: tuple[str, ...] = ()
    # What products are made of (化学药, 生物制品, 中药), each with the words naming it.
    item_types: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Said of a product whose award was already received ("已经拿过了", "already paid").
    paid: re.Pattern[str] | None = None

    def family_of(self, measure: str) -> frozenset[str]:
        """Measures people name interchangeably with this one (itself included)."""
        return next((f for f in self.families if measure in f), frozenset({measure}))

    @cached_property
    def item_flags(self) -> tuple[str, ...]:
        """Yes/no facts each product carries on its own (获证, 已上市), declared ``item:``."""
        return tuple(n for n, s in self.facts.items() if s.type == "bool" and s.item)

    @cached_property
    def per_product_measures(self) -> frozenset[str]:
        """Measures figured per product or project (a variety's transaction value)."""
        return frozenset(s.measure for s in self.facts.values() if s.item and s.measure)

    @cached_property
    def actual_measures(self) -> frozenset[str]:
        """Measures every fact of which is an amount actually spent or earned."""
        return frozenset(m for m in self.measures if (specs := self.facts_of_measure(m))
                         and all(s.actual for s in specs))

    @cached_property
    def yearless_measures(self) -> frozenset[str]:
        """Measures no rule compares one year of with another.

        Their facts read one year's figure, whichever year it is ("年度实际服务金额"), or a
        total.
        """
        return frozenset(m for m in self.measures if (specs := self.facts_of_measure(m))
                         and all(s.time in ("one_year", "total") for s in specs))

    @cached_property
    def applied_year_fact(self) -> str | None:
        """The fact holding the year the user applies for, if the vocabulary declares one."""
        return next((n for n, s in self.facts.items() if s.applied_year), None)

    def money_facts(self) -> frozenset[str]:
        """Facts that hold amounts of money."""
        return frozenset(n for n, spec in self.facts.items() if spec.type == "money")

    def label(self, name: str) -> str:
        """The Chinese label of a fact (its name when undeclared)."""
        spec = self.facts.get(name)
        return spec.label if spec else name

    def facts_of_measure(self, measure: str) -> list[FactSpec]:
        """The money facts a measure's figures can fill."""
        return [spec for spec in self.facts.values() if spec.measure == measure]

    def facts_model(self) -> type[Facts]:
        """The typed model of these facts (built once per vocabulary)."""
        return _facts_model(self)


def load_vocabulary(corpus_dir: Path) -> Vocabulary:
    """Read ``corpus_dir/domain/facts.yaml``.

    Raises:
        VocabularyError: the file is missing or an entry is malformed.
    """
    return _load(corpus_dir.resolve() / "domain" / "facts.yaml")


@lru_cache(maxsize=8)
def _load(path: Path) -> Vocabulary:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise VocabularyError(f"{path}: 无法读取事实词表（{exc}）") from exc
    measures = {name: Measure(name, tuple(str(c).lower() for c in raw.get("cues") or ()),
                              {str(k).lower(): str(v) for k, v in
                               (raw.get("qualifiers") or {}).items()},
                              tuple(str(c).lower() for c in raw.get("weak_cues") or ()),
                              requires=tuple(str(c).lower() for c in raw.get("requires") or ()),
                              hints=tuple(str(c) for c in raw.get("hints") or ()),
                              weak_needs_cue=bool(raw.get("weak_needs_cue")),
                              requires_doubt=str(raw.get("requires_doubt")
                                                 or "不一定是该条款所述的金额"))
                for name, raw in (data.get("measures") or {}).items()}
    facts = {}
    for name, raw in (data.get("facts") or {}).items():
        try:
            facts[name] = _fact(name, raw)
        except (KeyError, TypeError, ValueError, re.error) as exc:
            raise VocabularyError(f"{path}: 事实 {name}：{exc}") from exc
        measure = facts[name].measure
        if measure is not None and measure not in measures:
            raise VocabularyError(f"{path}: 事实 {name} 的 measure {measure!r} 未声明")
    for declared in measures.values():
        for target in declared.qualifiers.values():
            if target not in measures and target != UNRELATED:
                raise VocabularyError(f"{path}: qualifier 指向未声明的 measure {target!r}")
    families = tuple(frozenset(str(m) for m in members)
                     for members in (data.get("families") or {}).values())
    for family in families:
        for member in family - set(measures):
            raise VocabularyError(f"{path}: families 中的 {member!r} 未声明为 measure")
    words = [tuple(str(w).lower() for w in data.get(key) or ())
             for key in ("device_words", "drug_words", "veterinary_words", "unrelated_cues")]
    variety = (data.get("items") or {}).get("variety") or {}
    project = (data.get("items") or {}).get("project") or {}
    return Vocabulary(facts, measures, words[0], words[1], words[2], families, words[3],
                      tuple(str(w) for w in variety.get("count_words") or ()),
                      tuple(str(w) for w in variety.get("en_count_words") or ()),
                      tuple(str(w) for w in project.get("count_words") or ()),
                      frozenset(str(m) for m in data.get("generic_measures") or ()),
                      _patterns(data.get("other_parties")), _negation(data.get("negators")),
                      _any_of(data.get("pending_cues")), _any_of(data.get("retraction_cues")),
                      human_drug_words=tuple(str(w).lower()
                                             for w in data.get("human_drug_words") or ()),
                      item_types=tuple((str(name), tuple(str(w).lower() for w in words))
                                       for name, words in (variety.get("types") or {}).items()),
                      paid=_any_of(variety.get("paid_cues")))


# Between a denial and the word it denies: a short run of the same clause with no "是"
# ("不是CRO，而是CDMO" denies CRO only) and no turn of thought (但, 却, 而).
_DENIED_SPAN = r"(?:(?!是|而|但|却)[^，,。；;！？!?\n（）()]){0,12}$"


def _negation(raw: Any) -> re.Pattern[str] | None:
    """One pattern: any declared denial, then a short span to the end of the text."""
    if not raw:
        return None
    return re.compile(rf"(?:{'|'.join(str(w) for w in raw)}){_DENIED_SPAN}", re.IGNORECASE)


def _any_of(raw: Any) -> re.Pattern[str] | None:
    """One pattern matching any of the declared expressions."""
    if not raw:
        return None
    return re.compile("|".join(f"(?:{w})" for w in raw), re.IGNORECASE)


_CLASS = re.compile(r"\[[^\]]*\]")


def _patterns(raw: Any) -> tuple[re.Pattern[str], ...]:
    """Patterns compiled for NFKC text, where a full-width ，；： is its ASCII twin."""
    def both_widths(found: re.Match[str]) -> str:
        return found.group(0).replace("，", "，,").replace("；", "；;").replace("：", "：:")

    return tuple(re.compile(_CLASS.sub(both_widths, str(p)), re.IGNORECASE) for p in raw or ())


def _fact(name: str, raw: dict[str, Any]) -> FactSpec:
    kind = raw["type"]
    if kind not in ("money", "int", "count", "enum", "bool"):
        raise ValueError(f"未知类型 {kind!r}")
    values = tuple(EnumValue(str(value), str(spec.get("label", value)),
                             _patterns(spec.get("patterns")), bool(spec.get("default", False)))
                   for value, spec in (raw.get("values") or {}).items())
    components = tuple(Component(str(c["name"]), tuple(str(x).lower() for x in c["cues"]))
                       for c in raw.get("components") or ())
    maximum = raw.get("max", DEFAULT_MONEY_MAX if kind == "money" else None)
    if isinstance(maximum, str):
        maximum = parse_money(maximum).amount  # "100亿元": the most a sane figure can be
    return FactSpec(
        name=name, type=kind, label=str(raw["label"]), measure=raw.get("measure"),
        time=raw.get("time", "none"), currency=str(raw.get("currency", "CNY")),
        minimum=raw.get("min", 0 if kind == "money" else None), maximum=maximum,
        components=components, selector=bool(raw.get("selector", False)),
        item=raw.get("item"), item_count=raw.get("item_count"),
        hidden=bool(raw.get("hidden", False)), patterns=_patterns(raw.get("patterns")),
        next_year_patterns=_patterns(raw.get("next_year_patterns")), values=values,
        span_patterns=_patterns(raw.get("span_patterns")),
        year_list_patterns=_patterns(raw.get("year_list_patterns")),
        zero_patterns=_patterns(raw.get("zero_patterns")),
        vague_patterns=_patterns(raw.get("vague_patterns")),
        applied_year=bool(raw.get("applied_year", False)), actual=bool(raw.get("actual", False)),
        from_bare=raw.get("from_bare"),
        when_true=_patterns(raw.get("when_true")), when_false=_patterns(raw.get("when_false")),
        mixed_unknown=raw.get("mixed") == "unknown", denial_only=bool(raw.get("denial_only")),
        applies_when=_patterns(raw.get("applies_when")), default_with=raw.get("default_with"),
        rises_over=_rises_over(raw.get("rises_over")), topic=bool(raw.get("topic", False)))


def _rises_over(raw: Any) -> tuple[str, int] | None:
    """``rises_over: {measure: rd_spending, years: 3}`` as a pair."""
    if not raw:
        return None
    return str(raw["measure"]), int(raw["years"])


@lru_cache(maxsize=8)
def _facts_model(vocabulary: Vocabulary) -> type[Facts]:
    fields: dict[str, Any] = {}
    for spec in vocabulary.facts.values():
        limits = {"ge": spec.minimum, "le": spec.maximum if spec.type != "money" else None}
        bounds: dict[str, Any] = {k: v for k, v in limits.items() if v is not None}
        annotation: Any
        if spec.type == "bool":
            annotation = bool
        elif spec.type == "enum":
            annotation = Literal[tuple(v.value for v in spec.values)]  # type: ignore[misc]
        else:
            annotation = int
        fields[spec.name] = (annotation | None, Field(None, description=spec.label, **bounds))
    model: type[Facts] = create_model("DeclaredFacts", __base__=Facts, **fields)
    model.value_labels = {spec.name: {v.value: v.label for v in spec.values}
                          for spec in vocabulary.facts.values() if spec.values}
    return model
