"""briefing.json: shape, determinism, and agreement with the published JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.build.compile import RenderPlan, compile_briefing
from briefgen.build.discover import LoadedSource
from briefgen.model import CALLOUT_VARIANTS, CodeBlock, Quote, Rule, Section, Site
from briefgen.site.config import load_config
from briefgen.site.jsonmodel import briefing_schema, briefing_to_json, render_json
from briefgen.site.render import Renderer
from tests.conftest import REPO
from tests.unit.sample_briefing import BriefingBuilder, rich, sample_briefing


def test_briefing_to_json_has_the_top_level_fields_in_a_fixed_order() -> None:
    data = briefing_to_json(sample_briefing(updated=dt.date(2026, 11, 25)))
    assert list(data)[:7] == ["version", "slug", "source", "title", "date", "updated", "summary"]
    assert data["date"] == "2026-11-23"
    assert data["updated"] == "2026-11-25"
    assert data["tags"] == ["migration", "Latin América"]


def test_briefing_to_json_sections_carry_id_level_and_typed_blocks() -> None:
    sections = briefing_to_json(sample_briefing())["sections"]
    assert isinstance(sections, list)
    first = sections[0]
    assert (first["heading"], first["id"], first["level"]) == ("The mission", "the-mission", 2)
    assert [block["type"] for block in first["blocks"]] == ["paragraph", "list", "table"]
    terms = first["blocks"][1]["items"]
    assert terms[0] == {
        "term": "Cooperation",
        "term_html": "Cooperation",
        "text": "Root causes.",
        "html": "Root causes.",
        "children": [],
        "checked": None,
    }
    table = first["blocks"][2]
    assert table["header"] == ["Initiative", "Description"]
    assert table["rows"] == [["Community", "Education."], ["Legal", "Paths."]]
    assert table["caption"] is None


def test_briefing_to_json_keeps_plain_text_and_escaped_html_apart() -> None:
    paragraph = BriefingBuilder().paragraph("a < b & c")
    data = briefing_to_json(replace(sample_briefing(), lede=(paragraph,)))
    assert data["lede"] == [
        {"type": "paragraph", "line": 10, "text": "a < b & c", "html": "a &lt; b &amp; c"}
    ]


def test_render_json_is_deterministic_utf8_with_final_newline() -> None:
    first = render_json(briefing_to_json(sample_briefing()))
    second = render_json(briefing_to_json(sample_briefing()))
    assert first == second
    assert first.endswith("}\n")
    assert "Latin América" in first  # not \u00e9
    assert first.splitlines()[1] == '  "version": 1,'


def test_briefing_schema_is_valid_json_and_draft_2020_12() -> None:
    assert briefing_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert json.loads(render_json(briefing_schema())) == briefing_schema()


def test_briefing_to_json_validates_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(briefing_schema())
    validator = jsonschema.Draft202012Validator(
        briefing_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(briefing_to_json(sample_briefing(updated=dt.date(2026, 12, 1))))


def test_every_block_kind_validates_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    b = BriefingBuilder()
    quote = Quote((b.paragraph("Quoted."), b.terms(("T", "d"))), b.pos())
    code = CodeBlock("x = 1\n", "python", b.pos())
    rule = Rule(b.pos())
    sub = Section(rich("Sub"), "sub", 3, (rule, code), (), b.pos())
    section = Section(rich("Top"), "top", 2, (quote,), (sub,), b.pos())
    data = briefing_to_json(replace(sample_briefing(), lede=(), sections=(section,)))
    jsonschema.validate(data, briefing_schema(), cls=jsonschema.Draft202012Validator)
    round_tripped = json.loads(render_json(data))
    assert round_tripped["sections"][0]["subsections"][0]["blocks"] == [
        {"type": "rule", "line": rule.pos.line},
        {"type": "code", "line": code.pos.line, "code": "x = 1\n", "language": "python"},
    ]


def test_briefing_to_json_says_the_briefings_language() -> None:
    """A translation's JSON has the slug of its original: only `lang` tells them apart."""
    jsonschema = pytest.importorskip("jsonschema")
    spanish = replace(sample_briefing(), lang="es", lang_dir="es/")
    data = briefing_to_json(spanish)
    assert (data["slug"], data["lang"]) == ("sample", "es")
    assert list(data)[-1] == "lang"  # an addition: the fields before it keep their order
    assert briefing_to_json(sample_briefing())["lang"] == "en"
    jsonschema.validate(data, briefing_schema(), cls=jsonschema.Draft202012Validator)


def test_schema_rejects_an_unknown_block_type() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = briefing_to_json(sample_briefing())
    data["lede"] = [{"type": "video", "line": 1}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, briefing_schema(), cls=jsonschema.Draft202012Validator)


_JSON_VALUES = st.recursive(
    # Not NaN nor infinity, which json.dumps writes and no parser reads (refused below).
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.tuples(children)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
        | st.dictionaries(st.integers(), children, max_size=2)
    ),
    max_leaves=20,
)


@given(_JSON_VALUES)
def test_render_json_writes_exactly_what_json_dumps_writes(value: object) -> None:
    assert render_json(value) == json.dumps(value, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf])
def test_render_json_refuses_what_no_json_parser_reads(number: float) -> None:
    with pytest.raises(ValueError, match="not JSON compliant"):
        render_json({"a": [number]})


_PROJECTS = [REPO, *sorted(p for p in (REPO / "tests" / "projects").iterdir() if p.is_dir())]


@pytest.mark.parametrize("root", _PROJECTS, ids=lambda p: p.name)
def test_render_json_of_each_shipped_briefing_equals_json_dumps(root: Path) -> None:
    config, _ = load_config(root)
    renderer = Renderer(config, root)
    plan = RenderPlan(Site(config, ()), "fingerprint")
    checked = 0
    for path in sorted((root / "content").glob("**/*.md")):
        job = LoadedSource(path.relative_to(root).as_posix(), str(path), "key")
        compiled = compile_briefing(job, renderer, drafts=True, plan=plan, future=True)
        for rel, data in compiled.pages:
            if rel.endswith("briefing.json"):
                text = data.decode()
                assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"
                checked += 1
    assert checked


README = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
_JSON_SECTION = README.split("## Machine-readable JSON ", 1)[1].split("### Tables as CSV", 1)[0]


def _named(text: str) -> list[str]:
    """Return the name each code span starts with: `items` of `items: [{term, …}]`."""
    return re.findall(r"`(\w+)[^`]*`", text)


def _properties(schema: dict[str, Any]) -> list[str]:
    return list(schema["properties"])


def _schema() -> dict[str, Any]:
    return briefing_schema()


def test_readme_names_briefing_jsons_fields_in_their_order() -> None:
    """briefing.json is a public interface: the README's list of its fields, then the notes,
    the sources and `lang` last, are the file's keys in the file's order."""
    listed = _JSON_SECTION.split("holds the whole briefing as data, a public interface for other ")
    fields = listed[1].split("Each block has a `type`", 1)[0]
    top = _named(fields.split(" (`{heading,")[0])
    top += ["notes", "sources", "lang"]
    assert "Since footnotes and sources: `notes` is a list of" in _JSON_SECTION
    assert "Last comes `lang`" in _JSON_SECTION
    assert top == list(briefing_to_json(sample_briefing()))
    assert set(top) == set(_properties(_schema()))


def test_readme_block_table_names_every_block_type_and_its_fields() -> None:
    """The `type` table gives each block kind's fields; the schema is what the tests validate
    every briefing.json against, so a field added to a kind and not to the table fails here."""
    table = _JSON_SECTION.split("| `type` | Fields | |---|---| ", 1)[1].split(" Plain text ", 1)[0]
    rows = dict(re.findall(r"\| `(\w+)` \| (.*?) \|", table))
    blocks = _schema()["$defs"]["block"]["oneOf"]
    kinds = {b["properties"]["type"]["const"]: _properties(b)[2:] for b in blocks}
    assert list(rows) == list(kinds)
    for kind, fields in kinds.items():
        written = {name for name in _named(rows[kind]) if name != "unsafe_html"}
        assert written == set(fields), kind


def test_readme_names_each_nested_objects_fields() -> None:
    """Sections, list items, notes, sources and updates, as the README spells each object."""
    defs = _schema()["$defs"]
    said = {
        "section": "(`{heading, heading_html, id, level, line, blocks, subsections}`)",
        "item": "`items: [{term, term_html, text, html, children}]`",
        "note": "`notes` is a list of `{number, label, line, references, blocks}`",
        "source": "`sources` a list of `{title, url, publisher, published, accessed}`",
    }
    for name, text in said.items():
        assert text in _JSON_SECTION, name
        fields = re.findall(r"\w+", text.split("{", 1)[1])
        expected = _properties(defs[name])
        if name == "item":  # `checked` is said after: "each list item has `checked`"
            expected.remove("checked")
            assert "each list item has `checked` (true/false for a task item" in _JSON_SECTION
        assert fields == expected, name
    updates = _schema()["properties"]["updates"]["items"]
    assert "`updates` (`[{date, text, html}]`, newest first)" in _JSON_SECTION
    assert _properties(updates) == ["date", "text", "html"]


def test_readme_names_every_callout_variant_json_holds() -> None:
    variants = _JSON_SECTION.split("a `callout` block has `variant` (", 1)[1].split(")", 1)[0]
    blocks = _schema()["$defs"]["block"]["oneOf"]
    [callout] = [b for b in blocks if b["properties"]["type"]["const"] == "callout"]
    assert _named(variants) == callout["properties"]["variant"]["enum"]
    kinds = README.split("The kinds are ", 1)[1].split("; any other", 1)[0]
    assert [k.lower() for k in re.findall(r"`\[!(\w+)\]`", kinds)] == list(CALLOUT_VARIANTS)
