"""Hugo and Jekyll template tags: each warned at its own line and column."""

from __future__ import annotations

import pytest

from briefgen.content.markdown import InlineContext, render_inline_source
from briefgen.content.parse import parse_briefing
from briefgen.content.shortcodes import shortcodes
from briefgen.content.sourceleftovers import inline_leftovers
from briefgen.diagnostics import Diagnostic, SourcePos
from tests.conftest import least_cpu_seconds_beside

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"


def _diagnostics(body: str) -> list[Diagnostic]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return diagnostics


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("Para one {% if x %}yes{% endif %} end.\n", [(6, 10), (6, 23)]),
        ('Two {{< ref "a.md" >}} mid and {{< ref "b.md" >}}.\n', [(6, 5), (6, 32)]),
        ("- item {{% note %}}\n", [(6, 8)]),
        ('| Col | Val |\n|---|---|\n| Name | see {{< ref "x.md" >}} |\n', [(8, 14)]),
        ("> Quote with {% include note.html %} inside.\n", [(6, 14)]),
        ("Text.\nAn unclosed {% if x\nand more.\n", [(7, 13)]),
        ('By {{ site.title }} on {{ page.date | date: "%Y" }}.\n', [(6, 4), (6, 24)]),
        ("Hugo {{ .Params.region }} and {{.Title}}.\n", [(6, 6), (6, 31)]),
        ("Jekyll {{page.title}} at {{site.baseurl}}.\n", [(6, 8), (6, 26)]),
        ("On {{page.date | date_to_string}}, {{ x.y}}.\n", [(6, 4), (6, 36)]),
        # Jekyll's way to an asset or a page: a string through a filter.
        (
            "Logo {{ \"/img/logo.png\" | relative_url }} and {{'/about/'|absolute_url}}.\n",
            [(6, 6), (6, 47)],
        ),
        ("| Col | Val |\n|---|---|\n| Name | {{ site.author }} |\n", [(8, 10)]),
        ("Hello {{- page.title -}} and {{- .Title -}}.\n", [(6, 7), (6, 30)]),
        (
            "Liquid {{-page.title-}} and {{ page.title -}} {%- if x -%}.\n",
            [(6, 8), (6, 29), (6, 47)],
        ),
        # A trim `-` beside a word, a variable, a string or a comment is never prose.
        (
            'A {{-x-}} b {{- /* c */ -}} c {{x -}} d {{ x-}} e {{- "s" -}} f {{-$x-}}.\n',
            [(6, 3), (6, 13), (6, 31), (6, 41), (6, 51), (6, 65)],
        ),
    ],
)
def test_each_template_tag_is_warned_at_its_column(
    body: str, places: list[tuple[int, int]]
) -> None:
    found = _diagnostics(body)
    assert [(d.pos.line, d.pos.column) for d in found] == places
    assert all(d.message.startswith("Hugo/Jekyll shortcodes are not supported") for d in found)


@pytest.mark.parametrize(
    "body",
    [
        "Sets {{a, b}} and {{1}} and {{ 2 }}, {{ }} and {{x}} too.\n",
        "Numbers {{1.5}} and {{a.}} stay.\n",
        'Quoted {{ "a", "b" }} and {{ "x" }} and {{ "a" | 2 }} stay.\n',
        "Ranges {{-1, 2}}, {{- 3 -}} and {{1 -}} stay.\n",
        "Braces {{ opened\non one line }} and 100%} and {x}.\n",
        "Code `{{ site.title }}` and `{% if %}`.\n",
        "Escaped \\{{ site.title }} and \\{% if %}.\n",
        "```\n{{< ref x >}}\n{{ site.title }}\n```\n",
    ],
)
def test_braces_of_prose_and_code_get_no_warning(body: str) -> None:
    assert _diagnostics(body) == []


def test_a_one_off_text_warns_about_each_tag_at_its_place() -> None:
    place = SourcePos("content/a.md", 3, 1)
    _, found = render_inline_source(
        "{{ site.title }} and {% if x %} `{{ y }}`", InlineContext(place)
    )
    assert [(d.pos, d.message.split(";")[1]) for d in found] == [
        (place, " `{{ site.title }}` is shown as text"),
        (place, " `{% if x %}` is shown as text"),
    ]


def test_a_tag_in_an_image_title_or_an_update_is_warned_once() -> None:
    caption = _diagnostics('![Chart](c.png "Caption {{< ref x >}} here")\n')
    assert [(d.pos.line, d.pos.column) for d in caption if "Hugo" in d.message] == [(6, 25)]
    front = "---\ntitle: T\ndate: 2026-03-14\nupdates:\n  - date: 2026-03-15\n"
    _, found = parse_briefing(
        "content/a.md", front + '    text: "See {{ site.title }}"\n---\n\nx\n'
    )
    assert [d.pos.line for d in found if "Hugo" in d.message] == [6]


def test_a_tag_trimming_whitespace_is_warned_in_a_title_and_an_imported_text() -> None:
    """`{{- page.title -}}` (Liquid's and Hugo's trim markers) was shown with no warning."""
    front = "---\ntitle: By {{- site.title -}}\ndate: 2026-03-14\n---\n\nx\n"
    _, found = parse_briefing("content/a.md", front)
    assert [d.pos.line for d in found if "Hugo" in d.message] == [2]
    left = inline_leftovers("See {{-page.title-}} there.", "a.txt")
    assert [(d.pos.column, d.message.split(";")[1]) for d in left] == [
        (5, " `{{-page.title-}}` is shown as text")
    ]


@pytest.mark.parametrize(
    ("tag", "hint"),
    [
        ('{% hint style="info" %}', "write a callout: `> [!NOTE]` on this line"),
        ("{% hint style='success' %}", "write a callout: `> [!TIP]` on this line"),
        ('{% hint style="warning" %}', "write a callout: `> [!WARNING]` on this line"),
        ('{%- hint style="danger" -%}', "write a callout: `> [!CAUTION]` on this line"),
        ("{% hint %}", "write a callout: `> [!NOTE]` on this line"),
        ("{% endhint %}", "delete it: a callout ends where its `> ` lines end"),
        ('{% embed url="https://x.org/v" %}', "write a link to what it embeds instead"),
        ('{% tab title="A" %}', "write Markdown instead"),
    ],
)
def test_a_gitbook_block_is_named_as_gitbooks_and_a_hint_as_its_callout(
    tag: str, hint: str
) -> None:
    (found,) = _diagnostics(f"{tag}\n")
    assert found.message == f"GitBook blocks are not supported; `{tag}` is shown as text"
    assert (found.hint or "").startswith(hint)


@pytest.mark.parametrize(
    "tag", ["{% include hint.html %}", "{% highlight ruby %}", "{% if tabs %}"]
)
def test_a_liquid_tag_of_another_name_stays_hugo_and_jekylls(tag: str) -> None:
    (found,) = _diagnostics(f"{tag}\n")
    assert found.message.startswith("Hugo/Jekyll shortcodes are not supported")


@pytest.mark.parametrize(
    ("body", "place", "shown"),
    [
        (
            'Text.\n\n{{< figure src="x.png"\n  caption="Rents" >}}\n',
            (8, 1),
            '`{{< figure src="x.png" caption="Rents...`, on 2 lines to its `>}}`,',
        ),
        (
            '> {{< figure src="y.png"\n>   alt="A map"\n>   caption="In a quote" >}}\n',
            (6, 3),
            '`{{< figure src="y.png" alt="A map" ca...`, on 3 lines to its `>}}`,',
        ),
        ("{{% note\n  %}}\n", (6, 1), "`{{% note %}}`, on 2 lines to its `%}}`,"),
    ],
)
def test_a_shortcode_wrapped_onto_later_lines_is_one_warning_at_its_first(
    body: str, place: tuple[int, int], shown: str
) -> None:
    """Only its first line was warned of; the page showed the `>}}` below it unexplained."""
    [found] = _diagnostics(body)
    assert (found.pos.line, found.pos.column) == place
    assert found.message == f"Hugo/Jekyll shortcodes are not supported; {shown} is shown as text"


def test_a_shortcode_closed_only_after_the_next_one_opens_is_warned_to_its_line_end() -> None:
    """`{{< a` is no shortcode of the `>}}` that closes `{{< b`: both are warned of, apart."""
    found = _diagnostics("Open {{< a\nthen {{< b >}} here.\n")
    assert [(d.pos.line, d.pos.column, d.message.split("`")[1]) for d in found] == [
        (6, 6, "{{< a"),
        (7, 6, "{{< b >}}"),
    ]


def test_unclosed_shortcodes_on_many_lines_are_found_in_linear_time() -> None:
    """A `{{<` looks for its `>}}` on later lines only up to the next `{{`: eight times the
    lines take about eight times as long, not sixty-four."""
    small_text, large_text = (
        "{{< a\n" * count + "text\n" * count + "{{< b\n" + "x\n" * count
        for count in (4_000, 32_000)
    )
    large, small = least_cpu_seconds_beside(
        lambda: list(shortcodes(large_text, {})),
        lambda: list(shortcodes(small_text, {})),
        bound=lambda small: 20 * small,
    )
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"
