"""Labels that hold an author's words: filled as `_()` fills them, and on a site with search
their own words ("By", "and"; "Por", "y") marked for Pagefind to leave out, the names not."""

from __future__ import annotations

import markupsafe
import pytest

from briefgen.site import i18n
from briefgen.site.environment import theme_environment
from briefgen.site.labelfill import fill

BYLINE = (
    '{{ fill_label("By %(authors)s", search, authors=names | map("isolate") '
    "| join_words(search)) }}"
)
TRANS = '{% trans authors=names | map("isolate") | join_words %}By {{ authors }}{% endtrans %}'


def _render(source: str, lang: str = "en", **values: object) -> str:
    """Render template text as a page in `lang` with the theme's catalogs."""
    context = {"catalog": i18n.theme_translations(lang), "lang": lang, "dir": "ltr", **values}
    return theme_environment().from_string(source).render(context)


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_fill_label_without_search_is_what_trans_gives(lang: str) -> None:
    """A site without search is byte for byte what it was before labels were marked."""
    for names in (["Ana Torres"], ["Ana Torres", "Bo Li"], ["A", "B <i>", "C"]):
        said = _render(BYLINE, lang, names=names, search=False)
        assert said == _render(TRANS, lang, names=names)
        assert "pagefind" not in said


def test_fill_label_marks_the_labels_words_and_keeps_the_spaces_outside() -> None:
    """Pagefind drops a left-out element whole: a space inside it would join "Torres" and
    "Bo" into one word."""
    ignored = "<span data-pagefind-ignore>{}</span>"
    by, joined = ignored.format("By"), ignored.format("and")
    names = ["Ana <b>", "Bo Li", "Cy"]
    assert _render(BYLINE, names=names, search=True) == (f"{by} Ana &lt;b&gt;, Bo Li {joined} Cy")
    por, y = ignored.format("Por"), ignored.format("y")
    assert _render(BYLINE, "es", names=names[1:], search=True) == f"{por} Bo Li {y} Cy"
    assert _render(BYLINE, names=["Cy"], search=True) == f"{by} Cy"


def test_fill_reads_a_doubled_percent_as_one_and_marks_nothing_of_blank_text() -> None:
    pattern = markupsafe.Markup("%(a)s 100%% <b>sure</b> %(b)s")
    filled = fill(pattern, {"a": "<x>", "b": markupsafe.Markup("<i>y</i>")}, unindexed=True)
    assert filled == ("&lt;x&gt; <span data-pagefind-ignore>100% <b>sure</b></span> <i>y</i>")
    assert fill(pattern, {"a": "<x>", "b": "y"}, unindexed=False) == "&lt;x&gt; 100% <b>sure</b> y"
