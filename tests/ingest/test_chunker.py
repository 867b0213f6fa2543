"""Clause-aware chunking: one chunk per citable unit, exact source text, headings as context."""

from __future__ import annotations

import re

import pytest

from app.config import PROJECT_ROOT
from app.documents import Chunk, PolicyDocument
from app.ingest.chunker import CLOSING_ARTICLE, PREAMBLE_ARTICLE, chunk_document
from app.ingest.loader import load_document

_NUMERAL = "[一二三四五六七八九十百零]+"
_MARKER = re.compile(rf"^(?:第{_NUMERAL}条[\s\u3000]*|[（(]{_NUMERAL}[)）])")
POLICIES = PROJECT_ROOT / "corpus" / "policies"
DRAFT_ARTICLES = ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条",
                  "第九条", "第十条", "第十一条", "第十二条", "第十三条", "第十四条", "第十五条",
                  "第十六条", "第十七条", "第十八条"]
MEASURES = [f"（{n}）" for n in
            "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七".split()]
PARTS = {
    "一、提升创新策源能力": MEASURES[0:5],
    "二、强化产业发展支撑": MEASURES[5:9],
    "三、打造一流产业集聚区": MEASURES[9:11],
    "四、提高国际化发展水平": MEASURES[11:13],
    "五、构筑高水平人才高地": MEASURES[13:15],
    "六、做好组织保障": MEASURES[15:17],
}


def _doc(body: str, doc_id: str = "synthetic") -> PolicyDocument:
    return PolicyDocument(doc_id=doc_id, title="测试政策", short_title="测试", status="in_force",
                          body=body)


@pytest.fixture(scope="module")
def draft() -> PolicyDocument:
    return load_document(POLICIES / "changping-zone-draft.md")


@pytest.fixture(scope="module")
def measures_doc() -> PolicyDocument:
    return load_document(POLICIES / "changping-2026-2028.md")


@pytest.fixture(scope="module")
def draft_chunks(draft: PolicyDocument) -> dict[str, Chunk]:
    return {chunk.label: chunk for chunk in chunk_document(draft)}


@pytest.fixture(scope="module")
def measure_chunks(measures_doc: PolicyDocument) -> dict[str, Chunk]:
    return {chunk.label: chunk for chunk in chunk_document(measures_doc)}


def _articles_in_order(chunks: list[Chunk]) -> list[str]:
    return list(dict.fromkeys(chunk.article for chunk in chunks))


def test_draft_has_eighteen_articles_in_order(draft: PolicyDocument) -> None:
    assert _articles_in_order(chunk_document(draft)) == DRAFT_ARTICLES


def test_draft_items_are_units_of_their_own(draft_chunks: dict[str, Chunk]) -> None:
    items = {article: [c.item for c in draft_chunks.values() if c.article == article]
             for article in ("第三条", "第五条", "第十二条", "第十六条", "第九条")}

    assert items["第三条"] == [None, "（一）", "（二）", "（三）", "（四）", "（五）"]
    assert items["第五条"] == [None, "（一）", "（二）"]
    assert items["第十二条"] == ["（一）", "（二）", "（三）"]
    assert items["第十六条"] == ["（一）", "（二）", "（三）", "（四）"]
    assert items["第九条"] == [None]


def test_measures_are_the_seventeen_numbered_measures(measures_doc: PolicyDocument) -> None:
    chunks = chunk_document(measures_doc)

    assert _articles_in_order(chunks) == [PREAMBLE_ARTICLE, *MEASURES, CLOSING_ARTICLE]
    assert all(chunk.item is None for chunk in chunks)


@pytest.mark.parametrize(("section", "measures"), PARTS.items())
def test_each_measure_has_its_part_as_section(measure_chunks: dict[str, Chunk], section: str,
                                              measures: list[str]) -> None:
    assert [measure_chunks[m].section for m in measures] == [section] * len(measures)


def test_article_five_item_two_text_is_exact(draft_chunks: dict[str, Chunk]) -> None:
    chunk = draft_chunks["第五条（二）"]

    assert chunk.text == ("对在细胞与基因治疗等前沿领域开展非注册性临床试验的，"
                          "每个品种给予定额一次性奖励，每个企业每年支持金额不超过200万元。")
    assert (chunk.article, chunk.item, chunk.heading) == ("第五条", "（二）", "支持新药临床研发")
    assert chunk.section == "第二章 支持创新成果加速转化"


def test_article_five_item_one_text_is_exact(draft_chunks: dict[str, Chunk]) -> None:
    assert draft_chunks["第五条（一）"].text == (
        "1类生物制品、1类化学药和1类中药，进入Ⅰ期、Ⅱ期、Ⅲ期临床试验，每个品种分别给予50万元、"
        "100万元、200万元的奖励；完成Ⅰ期、Ⅱ期、Ⅲ期临床试验，结合实际临床研发投入，每个品种分别"
        "给予一定比例的资金支持。经认定的2类生物制品、2类化学药和2类中药可参照1类生物制品、1类化学药"
        "和1类中药完成相应临床阶段的标准给予支持。每个企业每年支持金额不超过1亿元。")
    assert draft_chunks["第五条"].text == (
        "对开展临床试验并实施产业化的新药，按照临床进度分阶段予以支持。")


def test_article_fifteen_item_one_text_is_exact(draft_chunks: dict[str, Chunk]) -> None:
    chunk = draft_chunks["第十五条（一）"]

    assert chunk.text == ("支持CRO、CDMO、CMO等合同外包服务机构发展，经评审后，"
                          "按照不超过年度实际服务金额的20%给予资金支持，累计支持不超过三年。")
    assert chunk.heading == "布局关键服务平台"
    assert chunk.section == "第五章 支持产业生态优化提升"


def test_article_without_heading_keeps_its_first_sentence(draft_chunks: dict[str, Chunk]) -> None:
    chunk = draft_chunks["第七条"]

    assert chunk.heading is None
    assert chunk.text.startswith("支持高端诊疗设备创新发展，以“锻长板、补短板、育新极”为方向")


def test_measure_five_heading_section_and_text(measure_chunks: dict[str, Chunk]) -> None:
    chunk = measure_chunks["（五）"]

    assert chunk.heading == "加快AI+医药健康示范应用"
    assert chunk.section == "一、提升创新策源能力"
    assert chunk.text.startswith("鼓励高校院所、企业、医疗机构联合开发生命科学基础大模型")
    assert "给予不超过项目工程投资总额30%、最高5000万元的资金支持。" in chunk.text
    assert chunk.text.endswith(
        "(市发展改革委、市卫生健康委、市科委中关村管委会、市医保局、市药监局、昌平区政府)")


def test_preamble_and_closing_of_the_measures(measure_chunks: dict[str, Chunk]) -> None:
    preamble = measure_chunks[PREAMBLE_ARTICLE].text
    assert preamble.startswith("为加快推动昌平区医药健康产业高质量发展")
    closing = measure_chunks[CLOSING_ARTICLE].text
    assert closing.startswith("本政策措施由市科委中关村管委会负责解释")
    assert "有效期至2028年12月31日" in closing


def test_decoration_lines_are_not_clause_text(measure_chunks: dict[str, Chunk]) -> None:
    assert not any("政策直通车" in chunk.text for chunk in measure_chunks.values())


@pytest.mark.parametrize("which", ["draft", "measures_doc"])
def test_every_chunk_carries_its_citation_fields(request: pytest.FixtureRequest,
                                                 which: str) -> None:
    doc: PolicyDocument = request.getfixturevalue(which)
    for chunk in chunk_document(doc):
        assert chunk.doc_id == doc.doc_id
        assert chunk.title == doc.title
        assert chunk.short_title == doc.short_title
        assert chunk.status == doc.status
        assert chunk.article
        assert chunk.text and chunk.text == chunk.text.strip()
        # Item markers belong in ``item``, never at the start of the quoted text.
        assert not chunk.text.startswith(("（", "(")), chunk.label
        for name in ("section", "item", "heading"):
            assert hasattr(chunk, name)
        if chunk.article not in (PREAMBLE_ARTICLE,):
            assert chunk.section, chunk.label


@pytest.mark.parametrize("which", ["draft", "measures_doc"])
def test_chunk_text_is_quoted_from_the_body(request: pytest.FixtureRequest, which: str) -> None:
    doc: PolicyDocument = request.getfixturevalue(which)
    for chunk in chunk_document(doc):
        first_line, *rest = chunk.text.split("\n")
        assert doc.body[chunk.start:].startswith(first_line), chunk.label
        assert all(line in doc.body for line in rest)


@pytest.mark.parametrize("which", ["draft", "measures_doc"])
def test_no_sentence_of_the_body_is_lost(request: pytest.FixtureRequest, which: str) -> None:
    doc: PolicyDocument = request.getfixturevalue(which)
    quoted = "\n".join(chunk.text for chunk in chunk_document(doc))
    lines = [line.strip() for line in doc.body.splitlines() if "。" in line]

    assert len(lines) > 15
    for line in lines:
        # Clause numbers and item markers go to ``article``/``item``; the rest must be quoted.
        assert _MARKER.sub("", line) in quoted, line[:30]


def test_chunk_ids_are_unique_across_the_corpus(draft: PolicyDocument,
                                                measures_doc: PolicyDocument) -> None:
    ids = [c.chunk_id for doc in (draft, measures_doc) for c in chunk_document(doc)]

    assert len(ids) == len(set(ids))
    assert "changping-zone-draft/第五条（一）" in ids
    assert "changping-2026-2028/（五）" in ids


def test_embedding_text_is_prefixed_by_headings(draft_chunks: dict[str, Chunk],
                                                measure_chunks: dict[str, Chunk]) -> None:
    item = draft_chunks["第五条（一）"]
    measure = measure_chunks["（五）"]

    assert item.embedding_text() == (
        "昌平组团医药健康支持办法（征求意见稿） 第二章 支持创新成果加速转化 "
        "第五条（一） 支持新药临床研发\n" + item.text)
    assert measure.embedding_text() == (
        "昌平区医药健康若干措施（2026-2028年） 一、提升创新策源能力 "
        "（五） 加快AI+医药健康示范应用\n" + measure.text)


def test_chunks_fit_the_embedding_model(draft: PolicyDocument,
                                        measures_doc: PolicyDocument) -> None:
    # e5-small reads 512 tokens; Chinese runs about one token per character.
    lengths = [len(chunk.embedding_text())
               for doc in (draft, measures_doc) for chunk in chunk_document(doc)]

    assert max(lengths) < 500


def test_content_hash_follows_the_embedded_text(draft_chunks: dict[str, Chunk]) -> None:
    one, two = draft_chunks["第五条（一）"], draft_chunks["第五条（二）"]

    assert one.content_hash() != two.content_hash()
    assert one.content_hash() == draft_chunks["第五条（一）"].content_hash()
    assert len(one.content_hash()) == 16


REGULATION = """某某区促进生物医药产业发展办法
（试行）
第一章  总则
第十一条　为促进产业发展，制定本办法。
第二章  支持措施
第二十三条  支持临床研究
对开展临床试验的企业给予支持：
(一)进入I期临床的，给予50万元奖励。
( 二 ) 进入II期临床的，给予以下支持：
(1)首个适应症100万元；
(2)其他适应症50万元。
（三）
完成III期临床的，给予200万元奖励。
第一百零一条  本办法自发布之日起施行。
"""


def test_regulation_with_ascii_brackets_and_large_numbers() -> None:
    chunks = chunk_document(_doc(REGULATION))

    assert [(c.section, c.label, c.heading) for c in chunks] == [
        ("第一章 总则", "第十一条", None),
        ("第二章 支持措施", "第二十三条", "支持临床研究"),
        ("第二章 支持措施", "第二十三条（一）", "支持临床研究"),
        ("第二章 支持措施", "第二十三条（二）", "支持临床研究"),
        ("第二章 支持措施", "第二十三条（三）", "支持临床研究"),
        ("第二章 支持措施", "第一百零一条", None),
    ]
    texts = {c.label: c.text for c in chunks}
    assert texts["第十一条"] == "为促进产业发展，制定本办法。"
    assert texts["第二十三条"] == "对开展临床试验的企业给予支持："
    assert texts["第二十三条（一）"] == "进入I期临床的，给予50万元奖励。"
    # Arabic-numbered sub-items stay inside the item they belong to.
    assert texts["第二十三条（二）"] == (
        "进入II期临床的，给予以下支持：\n(1)首个适应症100万元；\n(2)其他适应症50万元。")
    # A marker alone on its line takes the text of the following line.
    assert texts["第二十三条（三）"] == "完成III期临床的，给予200万元奖励。"


MEASURES_DOC = """关于支持某区医药产业发展的若干措施
时间:2026-01-01
为加快发展，特制定本措施。
一、强化创新
政策直通车
(一)支持研发
对研发投入给予补贴。
1.重点支持创新药。
(二)对孵化器给予最高100万元支持。
二、优化环境
（三）加强人才保障
支持人才公寓建设。
本措施自印发之日起施行，由区科委负责解释。
"""


def test_measures_document_with_parts_and_ascii_brackets() -> None:
    chunks = chunk_document(_doc(MEASURES_DOC))

    assert [(c.section, c.article, c.item, c.heading) for c in chunks] == [
        (None, PREAMBLE_ARTICLE, None, None),
        ("一、强化创新", "（一）", None, "支持研发"),
        ("一、强化创新", "（二）", None, None),
        ("二、优化环境", "（三）", None, "加强人才保障"),
        ("二、优化环境", CLOSING_ARTICLE, None, None),
    ]
    texts = [c.text for c in chunks]
    assert texts == ["为加快发展，特制定本措施。", "对研发投入给予补贴。\n1.重点支持创新药。",
                     "对孵化器给予最高100万元支持。", "支持人才公寓建设。",
                     "本措施自印发之日起施行，由区科委负责解释。"]


def test_document_without_numbered_units_gives_no_chunks() -> None:
    assert chunk_document(_doc("只有标题\n没有条款\n")) == []


def test_regulation_preamble_sentence_is_kept() -> None:
    body = "某某办法\n为规范资金管理，根据有关规定，制定本办法。\n第一条  本办法适用于本区企业。\n"

    quoted = [c.text for c in chunk_document(_doc(body))]

    assert "为规范资金管理，根据有关规定，制定本办法。" in quoted


def test_measure_numbering_restarting_per_part_gives_distinct_ids() -> None:
    body = ("一、强化创新\n(一)支持研发\n对研发投入给予补贴。\n(二)支持孵化\n对孵化器给予支持。\n"
            "二、优化环境\n(一)加强人才保障\n支持人才公寓建设。\n")

    ids = [c.chunk_id for c in chunk_document(_doc(body))]

    assert len(ids) == 3
    assert len(set(ids)) == 3


def test_restarted_measures_are_labelled_with_their_part() -> None:
    body = ("一、强化创新\n(一)支持研发\n对研发投入给予补贴。\n(二)支持孵化\n对孵化器给予支持。\n"
            "二、优化环境\n(一)加强人才保障\n支持人才公寓建设。\n")

    chunks = chunk_document(_doc(body))

    assert [(c.section, c.label) for c in chunks] == [
        ("一、强化创新", "一、（一）"), ("一、强化创新", "一、（二）"),
        ("二、优化环境", "二、（一）")]


def test_closing_sentences_on_separate_lines_are_one_clause() -> None:
    body = ("一、强化创新\n(一)支持研发\n对研发投入给予补贴。\n"
            "本措施自印发之日起施行。\n本措施由区科委负责解释。\n")

    chunks = chunk_document(_doc(body))

    assert [c.label for c in chunks] == ["（一）", CLOSING_ARTICLE]
    assert chunks[-1].text == "本措施自印发之日起施行。\n本措施由区科委负责解释。"


def test_regulation_title_lines_stay_out_of_the_preamble() -> None:
    body = ("某某办法\n（征求意见稿）\n为规范资金管理，制定本办法。\n"
            "第一章 总则\n第一条  本办法适用于本区企业。\n")

    chunks = chunk_document(_doc(body))

    assert [(c.section, c.label, c.text) for c in chunks] == [
        (None, PREAMBLE_ARTICLE, "为规范资金管理，制定本办法。"),
        ("第一章 总则", "第一条", "本办法适用于本区企业。")]
