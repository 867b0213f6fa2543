"""The embedded form of a question keeps its content and drops courtesy."""

from app.retrieval.query_text import MAX_DENSE_CHARS, dense_query


def test_courtesy_phrases_are_removed_but_content_kept() -> None:
    text = dense_query("老师您好，请问研发投入800万能拿多少？谢谢！")
    assert "研发投入800万能拿多少" in text
    assert "老师" not in text and "谢谢" not in text


def test_words_that_merely_contain_courtesy_characters_survive() -> None:
    # 好 and 谢 alone are never removed: only whole phrases are.
    assert dense_query("好的产品怎么认定") == "好的产品怎么认定"


def test_a_question_of_courtesy_only_is_kept_whole() -> None:
    assert dense_query("谢谢") == "谢谢"


def test_long_questions_are_capped() -> None:
    assert len(dense_query("研发" * 200)) == MAX_DENSE_CHARS


def test_english_greetings_are_whole_words_only() -> None:
    assert dense_query("Hi, how much for history of R&D?").startswith("how much for history")
