"""The front matter's fields, by name: what frontmatter.py reads, and what leftovers.py knows
as fields when a `---` closed the front matter too early and they became a heading."""

from __future__ import annotations

KNOWN_FIELDS = (
    "title",
    "date",
    "updated",
    "summary",
    "tags",
    "authors",
    "draft",
    "layout",
    "slug",
    "lang",
    "translation_key",
    "extra",
    "updates",
    "sources",
)
