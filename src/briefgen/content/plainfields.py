"""Markdown written in a front matter field that is plain text: warned about, shown as written.

`title`, `summary`, each of `authors` and `tags`, and a source's `title` and `publisher` are
plain text (they also go to `<title>`, `<meta>`, the feed and the PDF's metadata), so
`**bold**` or a `[link](…)` in them reaches the reader with its asterisks and brackets. Authors
paste such text from the body; a warning at the field's line says so instead of a silent
leftover.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import excerpt, warning

if TYPE_CHECKING:
    from collections.abc import Mapping

    from briefgen.content.yamlload import YamlDocument
    from briefgen.diagnostics import Diagnostic, SourcePos

_MARKUP = re.compile(
    r"\*\*[^\s*](?:[^*]*[^\s*])?\*\*"  # **strong**
    r"|(?<!\w)__[^\s_](?:[^_]*[^\s_])?__(?!\w)"  # __strong__, not snake__case
    r"|(?<![\w*])\*[^\s*](?:[^*]*[^\s*])?\*(?![\w*])"  # *emphasis*, not 5 * 3 nor a*b
    r"|(?<!\w)_[^\s_](?:[^_]*[^\s_])?_(?!\w)"  # _emphasis_, not snake_case
    r"|~~[^\s~](?:[^~]*[^\s~])?~~"  # ~~struck~~
    r"|\[[^\[\]]+\]\([^()\s]+\)"  # [text](url)
    r"|\[\^[^\[\]\s]+\]"  # [^note]
    r"|`[^`]+`"  # `code`
)
"""What is unmistakably Markdown. A lone `*`, `_` or `[` is too often prose (`5 * 3`, a
footnote star, `[2026]`), so emphasis counts only when its marks are tight around its words
and stand outside a word (`*The Economist*`, never `a*b` or `file_name_here`)."""


_ADDRESS = re.compile(r"(?<!\]\()(?:https?://|www\.)[^\s<>]*[^\s<>*_~`'\").,;:!?\]]")
"""A web address written out, as linkify reads one: its `_draft_`, `__init__` or `~~x~~` are
part of the address, not Markdown. A `[text](…)`'s own address is left to `_MARKUP`, and the
marks or brackets right after an address (`**see https://x.org**`) are not part of it."""


def markup_warning(pos: SourcePos, field: str, text: str) -> Diagnostic | None:
    """Return a warning when the plain-text `field` holds Markdown, or None."""
    # Addresses are masked, keeping every other character where it was, then searched.
    masked = _ADDRESS.sub(lambda address: "x" * len(address[0]), text)
    found = _MARKUP.search(masked)
    if found is None:
        return None
    shown = text[found.start() : found.end()]
    return warning(
        pos,
        f"`{field}` is plain text: `{excerpt(shown, 40)}` is shown as written",
        hint="write it without Markdown; links and emphasis belong in the body",
    )


def item_markup_warnings(
    doc: YamlDocument, mapping: Mapping[object, object], keys: tuple[str, ...]
) -> list[Diagnostic]:
    """Return a warning at each item of the list fields `keys` (`authors`, `tags`) that holds
    Markdown: a linked name (`[Jane Doe](https://…)`), pasted from another tool's front matter."""
    found: list[Diagnostic] = []
    for key in keys:
        items = mapping.get(key)
        if not isinstance(items, list):
            continue  # Not a list is an error of its own.
        for index, item in enumerate(items):
            if isinstance(item, str) and (markup := markup_warning(doc.pos(key, index), key, item)):
                found.append(markup)
    return found
