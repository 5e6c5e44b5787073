"""`tags:` and `authors:` values written as other tools read them, and what to write instead.

Jekyll reads `tags: trade mercosur` as two tags, split at the space; briefgen takes a list,
so the example is the list Jekyll meant (`[trade, mercosur]`), with one tag of two words
offered too. Quarto and Pandoc write each author as a mapping (`- name: Jane Doe` /
`affiliation: …`); briefgen reads an author as text, so the hint is the name alone, not the
mapping quoted (which would publish its braces). A one-key mapping with no such key
(`- Trade: Mexico`) is text with a `: ` that YAML read as a key and value: it is quoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

_AUTHOR_KEYS = frozenset(
    {"name", "affiliation", "affiliations", "email", "url", "orcid", "corresponding", "note"}
    | {"equal-contributor", "roles", "degrees", "attributes", "acknowledgements", "id", "phone"}
)
"""The keys of a Quarto or Pandoc author mapping: one that holds one is no text misread."""


def repeated_item(pos: SourcePos, key: str, index: int, earlier: int) -> Diagnostic:
    """Warn at item `index` of the list `key` that it repeats item `earlier` (both counted
    from 0), so the page shows it once: a list pasted twice, or a name typed twice."""
    message = f"`{key}` item {index + 1} repeats item {earlier + 1}: shown once"
    return warning(pos, message, "delete one of them")


_DASH_AFTER_SPACE = pattern(r"\s+-(?=\S)")
"""Where a list's next item starts, written with no space after its `-`."""


def list_example(key: str, written: str) -> str:
    """Return the list to write for `key`'s value as written, after "write "."""
    if (items := _items_in_wrong_brackets(written)) is not None:
        return f"[{excerpt(', '.join(items), 40)}]"
    if written[:1] == "-" and written[1:2].strip():
        # `-health` / `-nhs` on the lines below `tags:`: one text to YAML, as a list item's
        # `-` needs a space after it; the example was `[-health, -nhs]`, tags with hyphens.
        items = _DASH_AFTER_SPACE.split(written[1:])
        return (
            f"[{excerpt(', '.join(items), 40)}] (a list's item needs a space after its `-`: "
            f"`- {excerpt(items[0], 30)}`)"
        )
    words = written.split()
    if key == "tags" and len(words) > 1 and not {",", "{"} & set(written):  # as Jekyll splits
        return (
            f"[{excerpt(', '.join(words), 40)}] (Jekyll's tags are split at spaces), "
            f"or [{excerpt(written, 40)}] for one tag"
        )
    return f"[{excerpt(written, 40)}]"


_CLOSING = {"{": "}", "(": ")"}


def _items_in_wrong_brackets(written: str) -> list[str] | None:
    """Return the items of a list written in braces or parentheses (`{trade, aid}`, which YAML
    reads as a mapping of keys with no values, shown as `{trade: , aid: }`; `(trade, aid)`), or
    None for any other value (`{region: Sahel}`, a mapping meant as one)."""
    opening, closing = written[:1], written[-1:]
    if opening not in _CLOSING or closing != _CLOSING[opening]:
        return None
    items = [item.strip().removesuffix(":").rstrip() for item in written[1:-1].split(",")]
    return items if all(items) and not any(": " in item for item in items) else None


def empty_item_hint(key: str, item: object) -> str | None:
    """Return the hint for an item of `key` that holds no text: an empty one, or a mapping
    (`- name: Jane Doe`); None for another value (a list, a number), which a hint of its
    own fits."""
    if item is None or item == "":
        return "remove it"
    return _mapping_hint(key, item) if isinstance(item, dict) else None


def _mapping_hint(key: str, item: dict[object, object]) -> str:
    """Return the hint for an item of `key` written as a mapping (`- name: Jane Doe`)."""
    if len(item) == 1 and not _AUTHOR_KEYS.intersection(map(str, item)):
        [(left, right)] = item.items()
        if not isinstance(right, (dict, list)):
            text = f"{left}: {'' if right is None else right}".strip()
            return 'quote it: `- "' + text.replace('"', '\\"') + '"`'
    noun = "an author" if key == "authors" else f"a {key.removesuffix('s')}"
    name = item.get("name")
    others = ", ".join(f"`{other}`" for other in item if other != "name")
    if isinstance(name, str) and name.strip():
        hint = (
            f"write the name alone, `- {excerpt(name.strip(), 40)}`: briefgen reads {noun} as text"
        )
        return hint + (f", and no {others}" if others else "")
    if not others:
        return "remove it"
    return f"write the {noun.split()[1]} as text in its place: briefgen reads no {others}"
