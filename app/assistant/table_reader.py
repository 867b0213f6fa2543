r"""Pasted tables written out as sentences, so every reader meets them as prose.

Staff paste rows from a spreadsheet ("年份\t营业收入\t研发投入" then one line a year) or a
markdown table ("品种 | 类别 | 阶段"). Read as prose, a row's cells lose their column: a
figure sits beside a bare year or a bare label, and the rows run together as one
product. Each data row becomes one clause that repeats its columns' headers, the row's
year before each figure ("2024年研发投入900万元") and its label as a named entry
("品种A：类别1类生物制品，阶段Ⅱ期；"), which the year and item readers already
understand. Nothing but the layout changes: no cell is read or altered here.
"""

from __future__ import annotations

import re

# A markdown rule line ("|---|:---:|"): layout only.
_RULE_LINE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# A row's first cell that is a year ("2024", "2024年", "2024年度", "去年"): each figure of
# the row is of that year.
_YEAR_CELL = re.compile(r"^(?:(?:19|20)[0-9]{2})\s*(?:年度?)?$|"
                        r"^(?:今年|去年|前年|大前年|上一?年度?)$")
# A row's label that names an entry, not what its figure is: "A", "乙", "2", "BT-160".
_SHORT_LABEL = re.compile(r"^(?:[A-Za-z]|[甲乙丙丁戊]|[0-9]{1,2}号?|[一二三四五六]|"
                          r"[A-Z]{1,5}-?[0-9]{2,6})$")
# A cell that states nothing ("-", "—", "/", "无", "N/A").
_EMPTY_CELL = re.compile(r"^(?:[-—–/]+|无|n/?a|)$", re.IGNORECASE)
# A column that counts the row's entries ("品种数", "数量", "个数", "Qty"), and such a cell.
_COUNT_HEADER = re.compile(r"^(?:品种|产品|药品|项目|证书)?(?:数量?|个数|件数)"
                           r"(?:[（(][^（）()]{0,4}[）)])?$|"  # "数量（个）"
                           r"^(?:count|number|qty|quantity|no\.?)$", re.IGNORECASE)
_COUNT_CELL = re.compile(r"^([0-9]{1,3})\s*(?:个|项|件|种)?$")
# A row that sums the others ("合计", "Total"): its figure is no item's own.
_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|共计|total|sum)$", re.IGNORECASE)


def linearise_tables(text: str) -> str:
    """``text`` with each pasted table (two rows or more) written one clause per row."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = _table_end(lines, index)
        if end - index >= 2:
            out.append(_rows_as_clauses([_cells(line) for line in lines[index:end]
                                         if not _RULE_LINE.match(line)]))
            index = end
        else:
            out.append(lines[index])
            index += 1
    return "\n".join(out)


def _table_end(lines: list[str], start: int) -> int:
    """The end of the table starting at ``start``: lines of the same number of cells."""
    width = _width(lines[start])
    if width < 2:
        return start
    end = start + 1
    while end < len(lines) and (_RULE_LINE.match(lines[end]) or _width(lines[end]) == width):
        end += 1
    return end


def _width(line: str) -> int:
    """How many cells a table line holds (0 when it is no table line)."""
    if _RULE_LINE.match(line):
        return 0
    return len(_cells(line)) if ("|" in line or "\t" in line) else 0


def _cells(line: str) -> list[str]:
    """A line's cells, the outer bars of a markdown row dropped."""
    stripped = line.strip()
    if "|" in stripped:
        stripped = stripped.removeprefix("|").removesuffix("|")
        return [cell.strip() for cell in stripped.split("|")]
    return [cell.strip() for cell in stripped.split("\t")]


def _rows_as_clauses(rows: list[list[str]]) -> str:
    """The table's rows written as one clause a row; a first row of no figures heads it."""
    header = rows[0] if not any(_is_figure(cell) for cell in rows[0][1:]) else []
    data = rows[1:] if header else rows
    if header and len(header) > 2 and all(_YEAR_CELL.match(cell) for cell in header[1:]):
        # Years across, a measure down: "指标 | 2024 | 2025" then "研发投入 | 900万 | 1120万".
        clauses = [_year_clause(year, [(row[0], cell)])
                   for row in data if not _TOTAL_ROW.match(row[0])
                   for year, cell in zip(header[1:], row[1:], strict=False)
                   if not _EMPTY_CELL.match(cell)]
    else:
        clauses = [clause for row in data if (clause := _row_clause(header, row))]
    return "；".join(clauses) + "。" if clauses else ""


def _is_figure(cell: str) -> bool:
    """Whether a cell states a figure ("3240万元", "RMB 9.6 million", "一千万"), not a name."""
    if _YEAR_CELL.match(cell):
        return False
    without_years = re.sub(r"(?:19|20)[0-9]{2}\s*年度?", "", cell)
    return bool(re.search(r"[0-9]", without_years)
                or re.search(r"[一二两三四五六七八九十百千][万亿]", cell))


def _row_clause(header: list[str], row: list[str]) -> str:
    """One data row as prose: "2024年研发投入900万元", "品种A：类别1类生物制品，…"."""
    label = row[0]
    if _TOTAL_ROW.match(label):
        return ""
    names = header[1:] if header else [""] * (len(row) - 1)
    pairs = [(name, cell) for name, cell in zip(names, row[1:], strict=False)
             if not _EMPTY_CELL.match(cell)]
    if not pairs:
        return ""
    if _YEAR_CELL.match(label):
        return _year_clause(label, pairs)
    counted = [pair for pair in pairs
               if _COUNT_HEADER.match(pair[0]) and _COUNT_CELL.match(pair[1])]
    if len(counted) == 1 and not _SHORT_LABEL.match(label):
        # "1类中药 | Ⅲ期 | 2" under "类别 | 阶段 | 品种数": two such products, each at Ⅲ期,
        # written as the item readers meet a count: "2个1类中药（阶段Ⅲ期）".
        count = _COUNT_CELL.match(counted[0][1])
        assert count is not None
        rest = [pair for pair in pairs if pair is not counted[0]]
        details = "，".join(f"{name}{cell}" for name, cell in rest)
        return f"{count.group(1)}个{label}" + (f"（{details}）" if details else "")
    if _SHORT_LABEL.match(label):
        # "A | 1类生物制品 | Ⅱ期" under "品种 | 类别 | 阶段": a named entry, 品种A.
        label = label.removesuffix("号")  # "1号" is entry 1
        # "Product LG-538" keeps its space: glued, "ProductLG-538" would hide the code.
        space = " " if header and header[0][-1:].isascii() else ""
        head = f"{header[0]}{space}{label}" if header and header[0] else f"品种{label}"
        return f"{head}：" + "，".join(f"{name}{cell}" for name, cell in pairs)
    if len(pairs) == 1 and not pairs[0][0]:
        return f"{label}{pairs[0][1]}"  # "设备 | 3240万元": the label names the figure
    return f"{label}：" + "，".join(f"{name}{cell}" for name, cell in pairs)


def _year_clause(label: str, pairs: list[tuple[str, str]]) -> str:
    """Each figure of a row that is one year's, with the year before it."""
    year = label.removesuffix("度").removesuffix("年") + "年" if label[0].isdigit() else label
    return "，".join(f"{year}{name}{cell}" for name, cell in pairs)
