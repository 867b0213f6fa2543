r"""Bare figures under a declared unit, written out with that unit.

Forms and spreadsheets state the unit once and then give bare numbers: a column headed
"实际交易额（千元）" over "14,580", a form line "金额单位：十万元" above "上年度实际服务金额：303".
Read as prose, the unit alone looks like a figure (千元 = 1000元) and the number beside it
like no amount at all, so the message would be priced on the unit. Here the declaration is
taken out of the text and its unit written after each bare figure it governs
("实际交易额14,580千元", "上年度实际服务金额：303十万元"), which the number reader already
scales. A field that counts (员工人数：33) or dates (成立年份：2019) keeps its number bare;
a figure that states its own unit keeps it.
"""

from __future__ import annotations

import re

# The units a form or a column is declared in.
_UNIT = (r"(?:千元|万元|十万元|百万元|千万元|亿元|元|人民币万元|人民币元|万美元|百万美元|美元|"
         r"千美元|亿美元)")
# "金额单位：十万元", "单位：万元", "（单位：万元）", "单位:千元": a whole-message unit.
_DECLARATION = re.compile(rf"[（(]?[ \t]*(?:金额|货币|数据)?单位[ \t]*[:：为是]?[ \t]*({_UNIT})"
                          r"[ \t]*[）)]?[ \t]*[；;，,。]?")
# "实际交易额（千元）", "营业收入(万元)": a label whose own figures are in the unit.
_LABEL_UNIT = re.compile(rf"[（(]\s*({_UNIT})\s*[）)]")
# A figure: digits, with thousands separators in their places and a decimal part.
_FIGURE = r"(?<![A-Za-z0-9#\-.])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
# A bare figure after a label: digits, thousands separators and a decimal point, with no
# unit, currency, percent or count word after it, and not inside a code (NS-468, QY#..).
_BARE_AFTER_LABEL = re.compile(r"(?P<label>[^\s：:，,；;。|]{1,20}?)\s*(?P<sep>[：:]?)\s*"
                               rf"(?P<figure>{_FIGURE})"
                               r"(?![0-9]|[.,][0-9]|\s*(?:[万亿千百元块%％个人名家项年月日号期类]|"
                               r"美元|USD|RMB|CNY|w\b|W\b|k\b|m\b))")
# A field that is no amount: it counts, dates or rates.
_NOT_MONEY = re.compile(r"(?:人数|人员|员工|职工|数量|个数|件数|品种数|年份|年度|年限|年数|日期|"
                        r"时间|比例|占比|比率|率|编号|代码|电话|邮编|次数)$")


def apply_declared_units(text: str) -> str:
    """``text`` with each bare figure under a declared unit written with that unit."""
    text = _LABEL_UNIT.sub(lambda m: "\0" + m.group(1) + "\0", text)
    text = "\n".join(_with_label_units(line) for line in text.split("\n"))
    declared = _DECLARATION.search(text)
    if declared is None:
        return text
    unit = declared.group(1)
    text = text[:declared.start()] + text[declared.end():]
    return _BARE_AFTER_LABEL.sub(lambda m: _with_unit(m, unit), text)


def _with_label_units(line: str) -> str:
    """A line whose label carried its (marked) unit: the unit moved after the figure."""
    marked = re.compile(r"([^\s：:，,；;。|]{0,20}?)\0([^\0]+)\0\s*([：:]?)\s*"
                        rf"({_FIGURE})(?![0-9]|[.,][0-9])")
    line = marked.sub(lambda m: f"{m.group(1)}{m.group(3)}{m.group(4)}{m.group(2)}", line)
    return line.replace("\0", "")


def _with_unit(match: re.Match[str], unit: str) -> str:
    """The bare figure of a money field with the declared unit after it."""
    if _NOT_MONEY.search(match.group("label")):
        return match.group(0)
    return match.group(0) + unit
