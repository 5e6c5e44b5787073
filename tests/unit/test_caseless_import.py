"""Articles in scripts without case (Chinese, Japanese, Arabic, Hebrew, Hindi) imported as
Latin and Greek ones are: a letter with no case starts a headline, a heading or a sentence as
a capital does, and `。`, `।`, `؟` end sentences."""

from __future__ import annotations

import pytest

from briefgen.importer.article import Article
from briefgen.importer.proposals import propose_summary, propose_title
from briefgen.importer.recognise import parse_article
from briefgen.importer.sentences import sentence_ends
from briefgen.model import Paragraph

_ARTICLES = {
    "zh": (
        "中国新能源汽车出口\uff1a机遇与挑战",
        "2025年中国新能源汽车出口量同比增长38.2%。然而欧盟加征反补贴税。",
        "总体形势",
        "2025年中国新能源汽车出口量同比增长38.2%。",
    ),
    "ja": (
        "日本の少子化対策",
        "厚生労働省の統計によると、2025年の出生数は過去最少を更新した。合計特殊出生率は1.15である。",
        "背景",
        "厚生労働省の統計によると、2025年の出生数は過去最少を更新した。",
    ),
    "ar": (
        "أزمة المياه في حوض النيل",
        "أعلنت إثيوبيا اكتمال الملء الخامس لسد النهضة. ويثير ذلك مخاوف في مصر. هل يكفي الحوار؟ لا.",
        "الخلفية",
        "أعلنت إثيوبيا اكتمال الملء الخامس لسد النهضة.",
    ),
    "he": (
        "תקציב הביטחון 2026",
        "הממשלה אישרה את תקציב הביטחון. ראש הממשלה בירך על ההחלטה.",
        "רקע",
        "הממשלה אישרה את תקציב הביטחון.",
    ),
    "hi": (
        "भारत का बजट 2026-27",
        "वित्त मंत्री ने संसद में बजट पेश किया। कुल व्यय 7.4% अधिक है।",
        "प्रमुख घोषणाएँ",
        "वित्त मंत्री ने संसद में बजट पेश किया।",
    ),
}


def _read(text: str) -> tuple[Article, list[str]]:
    article, warnings = parse_article("a.txt", text)
    return article, [warning.message for warning in warnings]


@pytest.mark.parametrize("lang", sorted(_ARTICLES))
def test_parse_article_reads_a_caseless_headline_and_heading(lang: str) -> None:
    """The headline stayed in the body and became the summary; the heading stayed text."""
    headline, lede, heading, summary = _ARTICLES[lang]
    article, warnings = _read(f"{headline}\n\n{lede}\n\n{heading}\n\n{lede}\n")
    assert warnings == []
    assert article.headline == headline
    assert [section.heading.text for section in article.sections] == [heading]
    assert [block.text.text for block in article.lede if isinstance(block, Paragraph)] == [lede]
    assert propose_title(article) == (headline, "the headline (line 1)")
    assert propose_summary(article) == summary


@pytest.mark.parametrize("lang", sorted(_ARTICLES))
def test_propose_summary_ends_a_caseless_lede_at_its_first_sentence(lang: str) -> None:
    """With `--title`, the summary of an article with no headline was its whole paragraph."""
    _, lede, heading, summary = _ARTICLES[lang]
    article, _ = _read(f"{lede}\n\n{heading}\n\n{lede}\n")
    assert propose_summary(article) == summary


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("增长38.2%。然而欧盟加征关税。", 8),
        ("出生数は過去最少を更新した。」次に", 15),
        ("是真的吗\uff1f是的。", 5),
        ("बजट पेश किया। कुल व्यय", 13),
        ("النهضة. ويثير ذلك", 7),
        ("هل يكفي؟ لا أعرف.", 8),
        ("وصل د. محمد أمس. ثم غادر.", 16),
        ("سنة ١٤٤٥ هـ. وقال الوزير. ثم غادر.", 25),
        ("डॉ. मनमोहन सिंह आए। फिर गए।", 19),
        ("गया. अब", 4),
        ("이창용 총재는 말했다. 물가는", 12),
        ("Il a dit 中国. ensuite", None),
    ],
)
def test_sentence_ends_in_scripts_without_case(text: str, first: int | None) -> None:
    assert next(sentence_ends(text), None) == first


def test_parse_article_makes_no_heading_of_a_hard_wrapped_caseless_line() -> None:
    """No case tells a wrapped line from a heading: lines about as long, each breaking off
    with no stop, are a paragraph's, never a heading, nor warned as reading like one."""
    article, warnings = _read(
        "أزمة المياه في حوض النيل\n\n"
        "أعلنت إثيوبيا في العاشر من سبتمبر اكتمال الملء الخامس والأخير\n"
        "لسد النهضة الإثيوبي الكبير على النيل الأزرق في خطوة وصفتها\n"
        "الحكومة بأنها تاريخية وقالت إن السد سيولد الكهرباء لملايين\n"
        "المواطنين في البلاد.\n\n"
        "الخلفية\n\n"
        "بدأ بناء السد عام ٢٠١١.\n"
    )
    assert warnings == []
    assert article.headline == "أزمة المياه في حوض النيل"
    assert [section.heading.text for section in article.sections] == ["الخلفية"]
