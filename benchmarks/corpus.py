"""Generate a deterministic corpus of briefings shaped like the default one."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

SITE_TITLE = "Benchmark Policy Briefings"
SITE_DESCRIPTION = "A generated corpus of policy briefings for build benchmarks."
SITE_AUTHOR = "briefgen editors"
BASE_URL = "https://briefgen.example.org/"

TAGS = (
    "migration", "latin-america", "diplomacy", "us-foreign-policy", "trade", "energy",
    "security", "climate", "health", "asylum", "labour", "sanctions", "europe", "asia",
    "africa", "humanitarian-aid", "borders", "economy", "elections", "technology",
)  # fmt: skip
ACTORS = (
    "Senator Marco Rubio", "The Foreign Minister", "A bipartisan delegation", "The Commission",
    "The Trade Representative", "A regional governor", "The Treasury", "A civil-society coalition",
    "The Interior Ministry", "A parliamentary committee", "The Secretary of State",
    "The municipal council", "The central bank", "The border agency", "A development lender",
)  # fmt: skip
LEADERS = (
    "Rubio", "Sheinbaum", "Noboa", "Lula", "Petro", "Boric", "Carney", "Sánchez", "Erdoğan",
    "Ruto", "Mulino", "Arévalo", "Castro", "Chaves", "Boluarte", "Albanese", "Tusk",
)  # fmt: skip
VERBS = (
    "is expected to discuss", "will press for", "has signalled support for", "is reviewing",
    "plans to announce", "remains cautious about", "has proposed", "seeks to expand",
    "is negotiating", "wants to accelerate", "has questioned", "will fund", "aims to reform",
)  # fmt: skip
OBJECTS = (
    "legal pathways for workers", "joint border patrols", "a regional asylum framework",
    "new visa quotas", "emergency food assistance", "anti-smuggling task forces",
    "renewable energy corridors", "customs modernisation", "community development programs",
    "tariff relief for farmers", "data sharing on irregular crossings", "vocational training",
    "grid interconnection projects", "health screening at ports of entry", "debt restructuring",
    "family reunification rules", "shelter capacity in transit towns", "remittance fees",
)  # fmt: skip
TAILS = (
    "before the summit next month", "amid rising pressure at home", "in the coming fiscal year",
    "as part of a wider regional plan", "despite objections from opposition parties",
    "with support from multilateral lenders", "after months of stalled talks",
    "while monitoring the humanitarian situation", "in close coordination with neighbours",
    "under a pilot programme", "as budgets tighten", "following recent court rulings",
)  # fmt: skip
TERMS = (
    "Bilateral Cooperation", "Humanitarian Support", "Border Security", "Economic Opportunity",
    "Legal Pathways", "Regional Stability", "Labour Mobility", "Rule of Law", "Public Health",
    "Energy Security", "Trade Facilitation", "Climate Resilience", "Data Protection",
    "Oversight", "Funding", "Accountability", "Capacity Building", "Private Investment",
)  # fmt: skip
PLACES = (
    "Mexico", "Ecuador", "Guatemala", "Colombia", "Panama", "Brazil", "Chile", "Peru",
    "Honduras", "Costa Rica", "Canada", "Spain", "Morocco", "Turkey", "Kenya", "Vietnam",
)  # fmt: skip
TOPICS = (
    "Migration", "Trade", "Energy", "Security", "Climate Finance", "Asylum Reform",
    "Labour Mobility", "Public Health", "Sanctions", "Elections", "Infrastructure",
)  # fmt: skip
MISSIONS = ("Mission", "Visit", "Talks", "Summit", "Tour", "Review", "Agenda", "Dialogue")


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of inline Markdown."""

    text: str


@dataclass(frozen=True, slots=True)
class Terms:
    """A bullet list of `- **Term:** text` items."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class TableSpec:
    """A two-column table; `fence` makes briefgen's copy a ```table YAML fence."""

    header: tuple[str, str]
    rows: tuple[tuple[str, str], ...]
    fence: bool


Block = Para | Terms | TableSpec


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """One `## ` section."""

    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class BriefingSpec:
    """One generated briefing, independent of any tool's file layout."""

    slug: str
    title: str
    date: dt.date
    summary: str
    tags: tuple[str, ...]
    lede: str
    sections: tuple[SectionSpec, ...]


def generate(n: int, seed: int = 7) -> list[BriefingSpec]:
    """Return n briefings drawn from the word pools with a seeded generator."""
    rng = random.Random(seed)
    return [_briefing(rng, i) for i in range(n)]


def _sentence(rng: random.Random) -> str:
    """Return one sentence, sometimes with emphasis."""
    obj = rng.choice(OBJECTS)
    if rng.random() < 0.2:
        obj = f"*{obj}*"
    elif rng.random() < 0.1:
        obj = f"**{obj}**"
    place = rng.choice(PLACES)
    return f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {obj} with {place} {rng.choice(TAILS)}."


def _paragraph(rng: random.Random, low: int, high: int) -> str:
    """Return a paragraph of low..high sentences."""
    return " ".join(_sentence(rng) for _ in range(rng.randint(low, high)))


def _terms(rng: random.Random) -> Terms:
    """Return 3-4 term bullets with distinct terms."""
    terms = rng.sample(TERMS, rng.randint(3, 4))
    return Terms(tuple((term, _paragraph(rng, 1, 1)) for term in terms))


def _table(rng: random.Random, fence: bool) -> TableSpec:
    """Return a two-column table of 3-4 rows."""
    first = rng.choice(("Initiative", "Expected Outcome", "Framework", "Measure", "Programme"))
    rows = tuple(
        (rng.choice(OBJECTS).capitalize(), _sentence(rng)) for _ in range(rng.randint(3, 4))
    )
    return TableSpec((first, "Description"), rows, fence)


def _section(rng: random.Random, table: TableSpec | None) -> SectionSpec:
    """Return a section: paragraph, term bullets, paragraph and maybe a table."""
    heading = f"{rng.choice(TOPICS)} and {rng.choice(OBJECTS)} in {rng.choice(PLACES)}"
    blocks: list[Block] = [Para(_paragraph(rng, 2, 4)), _terms(rng), Para(_paragraph(rng, 1, 3))]
    if table is not None:
        blocks.append(table)
    return SectionSpec(heading[0].upper() + heading[1:], tuple(blocks))


def _briefing(rng: random.Random, index: int) -> BriefingSpec:
    """Return briefing number index."""
    actor = rng.choice(LEADERS)
    place, other = rng.sample(PLACES, 2)
    topic = rng.choice(TOPICS)
    title = f"{actor}\u2019s {rng.choice(MISSIONS)} to {place} and {other}: {topic} on the Agenda"
    slug = f"{_slugify(f'{actor} {place} {other} {topic}')}-{index:05d}"
    date = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(12 * 365))  # none in the future
    n_sections = rng.randint(4, 5)
    n_tables = rng.randint(2, 3)
    table_at = sorted(rng.sample(range(n_sections), n_tables))
    sections = tuple(
        _section(rng, _table(rng, fence=rng.random() < 0.3) if k in table_at else None)
        for k in range(n_sections)
    )
    return BriefingSpec(
        slug=slug,
        title=title,
        date=date,
        summary=_paragraph(rng, 2, 2).replace("*", ""),
        tags=tuple(rng.sample(TAGS, rng.randint(1, 4))),
        lede=_paragraph(rng, 4, 5),
        sections=sections,
    )


def _slugify(text: str) -> str:
    """Return a lowercase ASCII slug."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def render_body(spec: BriefingSpec, *, yaml_tables: bool) -> str:
    """Return the Markdown body; YAML fences only when yaml_tables (briefgen), else pipe tables."""
    parts = [spec.lede]
    for section in spec.sections:
        parts.append(f"## {section.heading}")
        parts.extend(_render_block(block, yaml_tables) for block in section.blocks)
    return "\n\n".join(parts) + "\n"


def _render_block(block: Block, yaml_tables: bool) -> str:
    """Return one block as Markdown."""
    match block:
        case Para(text):
            return text
        case Terms(items):
            return "\n".join(f"- **{term}:** {text}" for term, text in items)
        case TableSpec(header, rows, fence) if fence and yaml_tables:
            return _yaml_table(header, rows)
        case TableSpec(header, rows, _):
            lines = [f"| {header[0]} | {header[1]} |", "|---|---|"]
            lines.extend(f"| {a} | {b} |" for a, b in rows)
            return "\n".join(lines)


def _yaml_table(header: tuple[str, str], rows: Sequence[tuple[str, str]]) -> str:
    """Return a ```table fence with YAML columns and rows."""
    lines = ["```table", "columns:", f"  name: {_q(header[0])}", f"  description: {_q(header[1])}"]
    lines.append("rows:")
    for name, text in rows:
        lines.extend([f"  - name: {_q(name)}", f"    description: {_q(text)}"])
    lines.append("```")
    return "\n".join(lines)


def _q(text: str) -> str:
    """Return text as a YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def front_matter(spec: BriefingSpec) -> str:
    """Return the YAML front matter block shared by briefgen, Hugo and MkDocs."""
    return (
        "---\n"
        f"title: {_q(spec.title)}\n"
        f"date: {spec.date.isoformat()}\n"
        f"summary: {_q(spec.summary)}\n"
        f"tags: [{', '.join(spec.tags)}]\n"
        "---\n\n"
    )


def write_briefgen(specs: Sequence[BriefingSpec], root: Path) -> None:
    """Write a briefgen project (briefgen.yaml + content/) under root."""
    (root / "content").mkdir(parents=True, exist_ok=True)
    (root / "briefgen.yaml").write_text(
        f"title: {SITE_TITLE}\n"
        f"description: {SITE_DESCRIPTION}\n"
        "language: en\n"
        f"author: {SITE_AUTHOR}\n"
        f"base_url: {BASE_URL}\n",
        encoding="utf-8",
    )
    for spec in specs:
        text = front_matter(spec) + render_body(spec, yaml_tables=True)
        (root / "content" / f"{spec.slug}.md").write_text(text, encoding="utf-8")
