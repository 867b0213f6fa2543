"""One answer as a card in the chat: status and amount first, working folded, numbered sources.

The composer writes an answer as plain markdown for every surface (CLI, API,
evaluators). People reading it in a chat want a different order: the verdict and
the amount on the first line, the document's standing in the badge itself (a draft
is 征求意见稿·仅供参考 in amber, never a green tick), the working folded away, and
the source sentences once, behind numbered markers that open the clause. The card
is built from the same Answer, so it can state nothing the answer does not; the
composer's own lines about the source (依据, 原文, the draft warning) are dropped
here only because the badge and the markers carry them.

Everything here is escaped: the answer text echoes user words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from urllib.parse import quote

from app.assistant.answer import Answer, AnswerCitation
from app.documents import PolicyDocument
from app.rules.vocabulary import Vocabulary

STATUS_LABEL = {"answered": "可获支持", "ineligible": "不符合条件",
                "needs_info": "需补充信息", "out_of_scope": "超出范围"}
_KIND_WORD = {"fixed": "可获得", "upper_bound": "最高可获得"}
_BOLD = re.compile(r"\*\*(.+?)\*\*")
# Lines the card shows in another form: the badge says draft, the markers cite.
_SOURCE_LINE = re.compile(r"^(?:依据[:：]|> ?原文|⚠️ 提示：该依据出自)")
_AMOUNT_LEAD = re.compile(r"^\*\*(?:最高)?可获得\s*[^（—*]+(?P<qualifier>（[^）]*）)?——"
                          r"(?P<rest>[^*]+)\*\*$")
_DRAFT_NOTE = re.compile(r"^⚠️ 提示：.*征求意见稿")


@dataclass(frozen=True)
class Standing:
    """How far a document can be relied on: a short label and its colour class."""

    label: str
    css: str


def clause_anchor(doc_id: str, article: str, item: str | None) -> str:
    """Stable HTML id of a clause in the 条款 tab (citations and deep links point here)."""
    return f"clause-{doc_id}-{article}{item or ''}"


def standing_of(doc: PolicyDocument | None, today: date | None = None) -> Standing:
    """The document's standing on ``today``: draft, in force, expired or repealed."""
    if doc is None:
        return Standing("来源未知", "standing-unknown")
    if doc.status == "draft":
        return Standing("征求意见稿·仅供参考", "standing-draft")
    if doc.status == "repealed":
        return Standing("已废止", "standing-expired")
    if doc.valid_until and doc.valid_until < (today or date.today()).isoformat():
        return Standing(f"已于{doc.valid_until}失效", "standing-expired")
    until = f"·有效期至{doc.valid_until}" if doc.valid_until else ""
    return Standing(f"现行有效{until}", "standing-in-force")


def answer_standing(answer: Answer, documents: Mapping[str, PolicyDocument],
                    today: date | None = None) -> Standing | None:
    """The weakest standing among the documents an answer rests on (None: no document)."""
    cited = [documents.get(c.doc_id) for c in answer.citations]
    if not cited:
        return None
    order = ["standing-unknown", "standing-expired", "standing-draft", "standing-in-force"]
    standings = [standing_of(doc, today) for doc in cited]
    return min(standings, key=lambda s: order.index(s.css))


def amount_in_wan(amount_yuan: int) -> str:
    """One unit for every amount a person reads: 160万元, 3,000万元, 8,500元."""
    if amount_yuan < 10_000:
        return f"{amount_yuan:,}元"
    wan = Decimal(amount_yuan) / 10_000
    text = f"{wan:,.4f}".rstrip("0").rstrip(".")
    return f"{text}万元"


def _inline(text: str) -> str:
    """Escape a line, then turn the composer's **bold** into <strong>."""
    return _BOLD.sub(r"<strong>\1</strong>", html.escape(text))


def _split_answer(text: str, drop_draft_note: bool) -> tuple[str, list[str], list[str], str]:
    """(headline, paragraphs, working bullets, what is still asked) of the composer's text."""
    headline, paragraphs, working, asked = "", [], [], ""
    for line in (ln.strip() for ln in text.splitlines()):
        if not line or _SOURCE_LINE.match(line) and not _DRAFT_NOTE.match(line):
            continue
        if _DRAFT_NOTE.match(line):
            if not drop_draft_note:
                paragraphs.append(line)
            continue
        if line.startswith("❓"):
            asked = line.lstrip("❓ ").strip()
        elif line.startswith("- "):
            working.append(line[2:])
        elif not headline:
            headline = line
        else:
            paragraphs.append(line)
    return headline, paragraphs, working, asked


def _without_amount(headline: str, amount_shown: bool) -> str:
    """The headline without its leading "最高可获得 160万元" once the amount line shows it."""
    found = _AMOUNT_LEAD.match(headline) if amount_shown else None
    if found is None:
        return headline
    qualifier = found.group("qualifier") or ""
    return f"**{found.group('rest')}**{qualifier}"


def citation_label(citation: AnswerCitation, documents: Mapping[str, PolicyDocument]) -> str:
    """《short title》第十五条（一）: how a person names the clause."""
    doc = documents.get(citation.doc_id)
    title = doc.short_title if doc else citation.doc_id
    return f"《{title}》{citation.article}{citation.item or ''}"


def _citation_markers(citations: Sequence[AnswerCitation],
                      documents: Mapping[str, PolicyDocument]) -> str:
    """Numbered markers; each carries its clause and sentence for the side panel."""
    items = []
    for number, citation in enumerate(citations, start=1):
        anchor = clause_anchor(citation.doc_id, citation.article, citation.item)
        label = citation_label(citation, documents)
        heading = f"（{citation.heading}）" if citation.heading else ""
        items.append(
            f'<li class="cite"><a class="cite-marker" href="?clause={quote(anchor)}" '
            f'title="打开条款原文">[{number}]</a> {html.escape(label)}{html.escape(heading)}'
            f'<blockquote class="cite-text">{html.escape(citation.text)}</blockquote></li>')
    return '<ol class="citations">' + "".join(items) + "</ol>"


def _helpdesk_block(answer: Answer, vocabulary: Vocabulary | None) -> str:
    """Rule ids and the calculator's inputs, for help-desk staff (hidden unless asked for)."""
    calc = answer.calculation
    if calc is None:
        return ""
    calcs = calc.parts or [calc]
    rows = []
    for part in calcs:
        inputs = "；".join(_input_text(name, value, vocabulary)
                          for name, value in part.inputs.items()) or "—"
        rule = html.escape(part.rule_id)
        rows.append(f"<li>规则 <code>{rule}</code>：{html.escape(inputs)}</li>")
    return f'<ul class="helpdesk-only">{"".join(rows)}</ul>'


def _input_text(name: str, value: object, vocabulary: Vocabulary | None) -> str:
    """One input as 标签：值; a list of products as each product's values."""
    if isinstance(value, list):
        products = ["·".join(_fact_value(k, v, vocabulary) for k, v in item.items()
                             if k in (vocabulary.facts if vocabulary else {}))
                    for item in value if isinstance(item, dict)]
        return "各品种：" + "、".join(products)
    return f"{_fact_label(name, vocabulary)}：{_fact_value(name, value, vocabulary)}"


def _fact_label(name: str, vocabulary: Vocabulary | None) -> str:
    spec = vocabulary.facts.get(name) if vocabulary else None
    return spec.label if spec else name


def _fact_value(name: str, value: object, vocabulary: Vocabulary | None) -> str:
    """A calculator input as a person writes it: 800万元, Ⅱ期, 是."""
    spec = vocabulary.facts.get(name) if vocabulary else None
    if isinstance(value, bool):
        return "是" if value else "否"
    if spec is not None and spec.type == "money" and isinstance(value, int):
        return amount_in_wan(value)
    if spec is not None and spec.values:
        for choice in spec.values:
            if choice.value == str(value):
                return choice.label
    return str(value)


def answer_card(answer: Answer, documents: Mapping[str, PolicyDocument],
                vocabulary: Vocabulary | None = None, turn: int | None = None,
                today: date | None = None, vote: str | None = None) -> str:
    """The chat message for one answer (HTML; every piece of user text escaped)."""
    standing = answer_standing(answer, documents, today)
    status = STATUS_LABEL[answer.status]
    if answer.status == "answered" and answer.calculation is None:
        status = "已回答"
    tone: str = answer.status
    if standing is not None and standing.css != "standing-in-force" and tone == "answered":
        tone = "caution"
    badge = f'<span class="status-badge tone-{tone}">{status}'
    if standing is not None:
        badge += f'<span class="standing {standing.css}"> · {html.escape(standing.label)}</span>'
    badge += "</span>"
    headline, paragraphs, working, asked = _split_answer(
        answer.answer, drop_draft_note=standing is not None and standing.css == "standing-draft")
    parts = [f'<div class="card-head">{badge}</div>']
    calc = answer.calculation
    shown = calc is not None and calc.amount_yuan is not None and answer.status == "answered"
    if calc is not None and calc.amount_yuan is not None and shown:
        word = _KIND_WORD.get(calc.kind, "金额")
        parts.append(f'<p class="card-amount"><span class="amount-word">{word}</span> '
                     f'<strong class="amount" title="{calc.amount_yuan:,} 元">'
                     f"{amount_in_wan(calc.amount_yuan)}</strong> "
                     f'<span class="amount-exact">（{calc.amount_yuan:,} 元）</span></p>')
    if headline:
        parts.append(f'<p class="card-headline">{_inline(_without_amount(headline, shown))}</p>')
    if asked:
        parts.append(f'<p class="card-asked">❓ {_inline(asked)}</p>')
    parts += [f"<p>{_inline(p)}</p>" for p in paragraphs]
    if working:
        bullets = "".join(f"<li>{_inline(b)}</li>" for b in working)
        parts.append(f'<details class="working"><summary>计算过程与条件</summary>'
                     f"<ul>{bullets}</ul></details>")
    if answer.citations:
        parts.append(_citation_markers(answer.citations, documents))
    parts.append(_helpdesk_block(answer, vocabulary))
    # The chat's sanitiser keeps classes but drops data-* and aria-* attributes: the page
    # script finds a card's turn by its position and the vote by its class.
    actions = '<p class="card-actions"><a class="copy-reply" href="#" role="button">复制回复</a>'
    if turn is not None:
        up, down = ("vote vote-up voted", "vote vote-down") if vote == "up" else (
            ("vote vote-up", "vote vote-down voted") if vote == "down"
            else ("vote vote-up", "vote vote-down"))
        actions += (f'<a class="{up}" href="#" role="button">👍<span class="sr-only">有帮助'
                    f'</span></a><a class="{down}" href="#" role="button">👎'
                    '<span class="sr-only">没帮助</span></a>')
    parts.append(actions + "</p>")
    return '<div class="answer-card">' + "".join(parts) + "</div>"
