"""Other tools' front matter fields: an unpublished flag is an error, a renamed field is hinted."""

from __future__ import annotations

import re

import pytest

from briefgen.content.fieldnames import KNOWN_FIELDS
from briefgen.content.parse import parse_briefing
from briefgen.model.site import SETTING_KEYS
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _problems(field: str) -> list[str]:
    text = f"---\ntitle: T\ndate: 2026-03-14\nsummary: S.\n{field}\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    return [f"{d.pos}: {d.severity}: {d.message} / {d.hint}" for d in diagnostics]


@pytest.mark.parametrize(
    ("field", "shown"),
    [
        ("published: false", "`published: false`"),
        ("published: no", "`published: no`"),
        ("status: draft", "`status: draft`"),
        ("status: Draft", "`status: Draft`"),
        ("status: hidden", "`status: hidden`"),
    ],
)
def test_unpublished_flag_of_another_tool_is_an_error_hinting_draft(field: str, shown: str) -> None:
    assert _problems(field) == [
        f"content/a.md:5:1: error: {shown} is not read: this briefing would be published"
        " / write `draft: true` to keep it unpublished"
    ]


def test_unpublished_flag_beside_draft_true_is_a_warning() -> None:
    assert _problems("draft: true\npublished: false") == [
        "content/a.md:6:1: warning: `published: false` is not read"
        " / remove it: `draft: true` is enough"
    ]


@pytest.mark.parametrize("field", ["published: 0", "published: 0.0", "published: 1"])
def test_a_number_as_published_flag_is_an_unknown_field_not_a_flag(field: str) -> None:
    assert _problems(field) == [
        "content/a.md:5:1: warning: unknown field `published`"
        " / write `draft: true` to keep a briefing unpublished"
    ]


@pytest.mark.parametrize("field", ["published: true", "status: published"])
def test_published_flag_of_another_tool_is_a_warning_it_is_not_needed(field: str) -> None:
    assert _problems(field) == [
        f"content/a.md:5:1: warning: `{field}` is not needed: a briefing is published unless "
        "it is a draft / remove it"
    ]


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("lastmod", "updated"),
        ("modified", "updated"),
        ("last_modified_at", "updated"),
        ("date-modified", "updated"),
        ("translationKey", "translation_key"),
        ("categories", "tags"),
        ("keywords", "tags"),
        ("author", "authors"),
        ("series", "tags"),  # was "did you mean `sources`?"
        ("language", "lang"),
        ("permalink", "slug"),
        ("template", "layout"),
        *((key, "updates") for key in ("corrections", "correction", "changelog", "revisions")),
        ("errata", "updates"),
    ],
)
def test_another_tools_field_name_is_hinted_as_briefgens(key: str, field: str) -> None:
    assert _problems(f"{key}: [x]") == [
        f"content/a.md:5:1: warning: unknown field `{key}`; briefgen's name for it is `{field}`"
        f" / rename it `{field}:`"
    ]


@pytest.mark.parametrize(
    ("key", "field"),
    [
        *((key, "summary") for key in ("description", "abstract", "excerpt")),
        *((key, "summary") for key in ("subtitle", "dek", "standfirst")),
        ("publishDate", "date"),
    ],
)
def test_another_tools_name_of_a_field_written_too_is_hinted_to_merge(key: str, field: str) -> None:
    assert _problems(f"{key}: x") == [
        f"content/a.md:5:1: warning: unknown field `{key}`; briefgen's name for it is `{field}`"
        f" / merge it into the `{field}:` written too, then remove it"
    ]


_AS_LISTS = [
    ("category: migration", "tags: [migration]"),
    ("keywords: a, b,, Rural areas", "tags: [a, b, Rural areas]"),
    ("tag: 'true'", 'tags: ["true"]'),
    ("categories: 'policy #1, a: b'", 'tags: ["policy #1", "a: b"]'),
    ("author: Jane Doe", "authors: [Jane Doe]"),
    ("author: O'Brien-Smith Jr.", "authors: [O'Brien-Smith Jr.]"),
    ('author: "Smith, J."', 'authors: ["Smith, J."]'),
]


@pytest.mark.parametrize(("field", "written"), _AS_LISTS)
def test_another_tools_text_field_is_hinted_as_briefgens_list(field: str, written: str) -> None:
    assert _problems(field)[0].endswith(f" / write it as `{written}`")


@pytest.mark.parametrize(("field", "written"), _AS_LISTS)
def test_a_list_written_as_hinted_is_read_without_a_problem(field: str, written: str) -> None:
    assert _problems(written) == []


def test_page_image_field_is_hinted_into_the_body() -> None:
    assert _problems("images: [a.png]") == [
        "content/a.md:5:1: warning: unknown field `images`: a briefing has no page image field"
        " / put the image in the body, where it belongs: `![alt text](file.png)`"
    ]


@pytest.mark.parametrize(
    ("field", "reason", "hint"),
    [
        ("aliases: [/old/a/]", "briefgen writes no redirects from other addresses", "redirect"),
        ("redirect_from: /old/", "briefgen writes no redirects from other addresses", "slug:"),
        ("toc: false", "a briefing's contents list has no settings of its own", "toc.html"),
        ("toc-depth: 2", "a briefing's contents list has no settings of its own", "toc.html"),
    ],
)
def test_another_tools_redirects_and_contents_fields_say_what_briefgen_does(
    field: str, reason: str, hint: str
) -> None:
    """Hugo's `aliases:` and Quarto's `toc:` got "put custom fields under `extra:`", as if
    briefgen would do something with them there."""
    [problem] = _problems(field)
    name = field.partition(":")[0]
    assert problem.startswith(f"content/a.md:5:1: warning: unknown field `{name}`: {reason} / ")
    assert hint in problem.partition(" / ")[2]


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        ("Título: Informe", "merge it into the `title:` written too, then remove it"),
        ("borrador: true", "rename it `draft:`"),
        ("etiquetas: água, rios", "write it as `tags: [água, rios]`"),
        ("auteurs: [A. Martin]", "rename it `authors:`"),
        ("resumen:", "merge it into the `summary:` written too, then remove it"),
    ],
)
def test_a_field_named_in_a_briefings_language_is_hinted_as_briefgens(key: str, hint: str) -> None:
    """`título` was hinted nothing (no English name is near it) and `resumo` nothing either,
    so a translator's front matter lost its title, summary and tags with no clue why."""
    name = key.partition(":")[0]
    [problem] = _problems(key)
    english = hint.split("`")[1].partition(":")[0]
    assert problem == (
        f"content/a.md:5:1: warning: unknown field `{name}`; briefgen's name for it is "
        f"`{english}`, in English in a briefing in any language / {hint}"
    )


@pytest.mark.parametrize("key", ["data: {chart: x.csv}", "resume: true", "data: [3, 5]"])
def test_a_field_named_so_that_holds_what_briefgens_cannot_is_the_authors_own(key: str) -> None:
    """`data: {chart: x.csv}` was hinted to merge into `date:`, not to go under `extra:`."""
    [problem] = _problems(key)
    assert problem.endswith(" / put custom fields under `extra:`")


def test_misspelt_field_still_gets_the_nearest_name() -> None:
    assert _problems("sumary: x") == [
        "content/a.md:5:1: warning: unknown field `sumary`; did you mean `summary`?"
        " / put custom fields under `extra:`"
    ]


@pytest.mark.parametrize(
    ("field", "shown", "meant", "codes"),
    [
        ("t\u0456tle: x", "t<U+0456>tle", "title", "U+0456"),  # a Cyrillic i
        ("summary\u200b: x", "summary<U+200B>", "summary", "U+200B"),  # a zero-width space
        ("\u0455\u0455ummary: x", "<U+0455><U+0455>ummary", "summary", "U+0455"),  # Cyrillic s
    ],
)
def test_a_field_misspelt_with_a_lookalike_character_names_it(
    field: str, shown: str, meant: str, codes: str
) -> None:
    """A Cyrillic i (U+0456) in `title:` was "unknown field `title`; did you mean `title`?",
    the same word twice to the eye, and a zero-width space was printed into the terminal."""
    assert [p for p in _problems(field) if ": warning: " in p] == [
        f"content/a.md:5:1: warning: unknown field `{shown}`; did you mean `{meant}`? / type "
        f"the name again: {codes} is not the letter it looks like (or shows as nothing)"
    ]


@pytest.mark.parametrize(
    "field",
    [
        "unsafe_html: true",
        "base_url: https://elsewhere.example/",
        "plugins: [evil]",
        "cname: elsewhere.example",
        "source_url: https://elsewhere.example/",
        "home: {per_page: 1}",
        "feed: {full_content: true}",
        "pdf: true",
        "search: false",
    ],
)
def test_a_site_setting_in_front_matter_is_an_error_at_its_line(field: str) -> None:
    """Settings come from briefgen.yaml alone (a kramdown CVE-2020-14001-style override is
    refused); whoever wrote one in a briefing expected it to work, so it is no mere warning."""
    key = field.split(":")[0]
    hint = "set it in briefgen.yaml, for every briefing, and remove it here"
    if key in ("pdf", "search"):  # Quarto's `search: false` leaves one page out of search
        hint = f"briefgen has no `{key}` of one briefing's own: remove it here"
    assert _problems(f"extra: {{a: 1}}\n{field}") == [
        f"content/a.md:6:1: error: `{key}` is a site setting: a briefing cannot change it / {hint}"
    ]


@pytest.mark.parametrize("field", ["config: {unsafe_html: true}", "unsafe-html: true"])
def test_a_key_that_is_no_setting_stays_a_warning(field: str) -> None:
    assert [p.split(": ")[1] for p in _problems(field)] == ["warning"]


@pytest.mark.parametrize(
    ("written", "day"),
    [("2026-01-05T10:20:00+02:00", "2026-01-05"), ("2026-01-05 10:20", "2026-01-05")],
)
def test_datetime_of_another_tool_is_hinted_as_its_own_day(written: str, day: str) -> None:
    text = f"---\ntitle: T\ndate: {written}\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(d.message, d.hint) for d in diagnostics] == [
        (f"`date`: expected an ISO date YYYY-MM-DD, got `{written}`", f"write date: {day}")
    ]


@pytest.mark.parametrize("written", ["2025-02-30T10:00:00", "2025-01-1012", "2025-01-10x"])
def test_text_that_is_no_datetime_with_a_real_day_gets_the_generic_hint(written: str) -> None:
    text = f"---\ntitle: T\ndate: {written}\nsummary: S.\n---\n\nText.\n"
    _, diagnostics = parse_briefing("content/a.md", text)
    assert [(d.message, (d.hint or "")[:16]) for d in diagnostics] == [
        (f"`date`: expected an ISO date YYYY-MM-DD, got `{written}`", "write e.g. date:")
    ]


@pytest.mark.parametrize("key", ["related", "related_posts", "see_also"])
def test_a_related_list_is_told_how_related_briefings_are_chosen(key: str) -> None:
    """Its hint was to put it under `extra:`, where it would do nothing either."""
    assert _problems(f"{key}: [cbam-steel, ets2-households]") == [
        f"content/a.md:5:1: warning: unknown field `{key}`: related briefings are not chosen "
        "by hand / they are the briefings sharing the most tags with this one: give those you "
        "want listed a tag in common with it"
    ]


def _front_matter_prose() -> str:
    section = README.split("\n### Front matter\n", 1)[1].split("\n### Body\n", 1)[0]
    return " ".join(section.split())


def test_readme_front_matter_table_names_every_field_briefgen_reads() -> None:
    """A field briefgen reads and the table leaves out is one no user learns of; one the table
    names and briefgen does not read is warned about as unknown in every briefing using it."""
    section = README.split("\n### Front matter\n", 1)[1].split("\n\n", 1)[0]
    assert set(re.findall(r"^\| `(\w+)` \|", section, re.MULTILINE)) == set(KNOWN_FIELDS)


def test_readme_lists_the_settings_that_are_errors_and_warnings_in_front_matter() -> None:
    """Each setting of briefgen.yaml written as a field is an error, but for those the README
    names as other tools' page fields (warnings) and `languages` (an unknown field)."""
    prose = _front_matter_prose()
    errors = prose.split("A setting of `briefgen.yaml` (", 1)[1].split(")", 1)[0]
    warned = prose.split("as briefgen has no switch of one briefing's own. ", 1)[1]
    warned = warned.split(", which other tools have as page fields, are warnings", 1)[0]
    said = dict.fromkeys(re.findall(r"`(\w+)`", errors), "error")
    said.update(dict.fromkeys(re.findall(r"`(\w+)`", warned), "warning"))
    severities = {}
    for key in set(SETTING_KEYS) - set(KNOWN_FIELDS) - {"languages"}:
        [problem] = _problems(f"{key}: x")
        severities[key] = problem.split(": ")[1]
    assert said == severities
    assert _problems("languages: x")[0].startswith(
        "content/a.md:5:1: warning: unknown field `languages`"
    )


def _readme_renames() -> list[tuple[str, str]]:
    """Return each other tool's field name, and in a translator's language, with briefgen's
    field the README says it is hinted as (`lastmod` → `updated`)."""
    prose = _front_matter_prose()
    said = prose.split("Another tool's name for a field is hinted by briefgen's (", 1)[1]
    said = said.split("): a field's name is English", 1)[0]
    said = re.sub(r"written out where briefgen wants a list \(.*?\) and hinted", "", said)
    pairs = []
    for names, field in re.findall(r"((?:`[^`]+`(?:,| and| or|,? and)? ?)+)→ `(\w+)`", said):
        pairs += [(name, field) for name in re.findall(r"`([^`]+)`", names)]
    under_the_title = said.split("and so are ", 1)[1].split(", as the page shows the summary")[0]
    return pairs + [(name, "summary") for name in re.findall(r"`([^`]+)`", under_the_title)]


def test_readme_names_a_rename_for_each_kind_of_field() -> None:
    fields = {field for _, field in _readme_renames()}
    assert fields == {"updated", "date", "summary", "tags", "authors", "lang", "slug", "layout"} | {
        "translation_key",
        "title",
        "draft",
        "updates",
    }
    assert len(_readme_renames()) >= 35


@pytest.mark.parametrize(("name", "field"), _readme_renames())
def test_readme_renamed_field_is_hinted_as_briefgens(name: str, field: str) -> None:
    [problem] = _problems(f"{name}: '2026-01-02'" if field != "draft" else f"{name}: true")
    assert f"unknown field `{name}`; briefgen's name for it is `{field}`" in problem


@pytest.mark.parametrize(
    ("field", "slug"),
    [
        ("permalink: /2026/11/a-jekyll-post/", "a-jekyll-post"),
        ("url: /briefs/Budget_2027.html", "budget-2027"),
        ("permalink: '/posts/:title/visita-a-quito'", "visita-a-quito"),
    ],
)
def test_a_permalink_path_is_hinted_as_its_last_segments_slug(field: str, slug: str) -> None:
    """hunt11: "rename it `slug:`" made `slug: /2026/11/a-jekyll-post/`, no slug at all."""
    assert _problems(field)[0].endswith(
        f" / write it as `slug: {slug}`: a slug names the page alone, not its path"
    )
