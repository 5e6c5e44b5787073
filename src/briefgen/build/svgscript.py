"""Whether an SVG from content/ could run script when opened on its own, read with no parser.

The site serves a content/ SVG under media/, where anyone can open it directly: it then runs
with the site's origin (cookies, storage), whereas a page's `<img>` never runs it. A text
search finds script only in what the file writes out, so what lets a browser make script the
text does not show is refused as well, rather than expanded here. Markup is searched as
written, and lines counted there: no character reference writes a tag, a handler or a
declaration (`&lt;script&gt;` is a label's text), only an attribute's value, which is read
decoded (`java&#9;script:`).
"""

from __future__ import annotations

import re

_ACTIVE_ELEMENT = rb"(?i)<(?:[^\s<>/:=\"']+:)?(script|foreignobject|iframe|embed|object|handler)\b"
"""Elements that would run in an SVG opened on its own, on the site's own origin (a page's
`<img>` never runs them), with a namespace prefix too (`<s:script xmlns:s="…/svg">` runs as
`<script>` does)."""
_START_TAG = rb"<[^\s<>/!?](?:\"[^\"]*\"|'[^']*'|[^<>\"'])*"
"""An element's start tag, of any name (`<_:svg`: XML names may start with `_`), up to its
`>`: a `>` in a quoted value does not end it (`<svg x=">" onload=…>` ran in Chromium). Tags
are found one after the other, so a file of 60 KB of `<a ` no longer takes 18 s."""
_VALUE = rb"\"[^\"]*\"|'[^']*'"
"""An attribute's quoted value in a start tag."""
_HANDLER = rb"(?i)[\s/\"'](on[a-z]+)\s*="
_JAVASCRIPT = rb"(?i)" + rb"[\x00-\x20]*".join(re.escape(bytes([c])) for c in b"javascript:")
"""A `javascript:` scheme, which a browser reads with spaces, tabs and line breaks dropped."""
_CONTROL_BYTE = rb"[\x00-\x08\x0b\x0c\x0e-\x1f]"
"""A byte no UTF-8 SVG holds (XML has no such character), which the encodings that hide markup
from a byte search cannot do without: UTF-16 writes `<` as `3C 00`, and ISO-2022-JP's escapes
(`<scr` ESC `(B` `ipt>` reads `<script>`) start with ESC. Chromium ran script from both."""
_DECLARATION = rb"(?i)<!\s*(entity|attlist)"
"""A DTD declaration a browser applies from the file's own `<!DOCTYPE svg [...]>`: an entity
(`&j;` in `href="&j;:…"` reads `javascript`; a parameter entity can write a `<script>`) or an
attribute's default (`<!ATTLIST svg onload CDATA "…">` adds a handler to every `<svg>`). Any
spacing or case is matched, though XML knows only `<!ENTITY`. An external DTD (`<!DOCTYPE svg
PUBLIC "…" "…/svg11.dtd">`, as Inkscape and Illustrator write) is never loaded by browsers."""
_XSLT = rb"(?i)<\?\s*xml-stylesheet"
"""A stylesheet linked by a processing instruction, which may be XSLT (its `type` decides): a
browser runs it over the SVG and shows what it writes, `<script>` made with `concat('scr',
'ipt')` included. Chromium loads one from a `data:` URL or any file of the site."""
_DECLARED = {
    b"entity": ("an entity", "`<!ENTITY`", "entity declarations"),
    b"attlist": ("attributes", "`<!ATTLIST`", "attribute declarations"),
}


def script_problem(svg: bytes, path: str) -> str | None:
    """Return why the SVG at `path` could run script opened on its own, or None."""
    if control := re.search(_CONTROL_BYTE, svg):
        return (
            f"`{path}` holds a control byte (0x{control[0][0]:02X}), as UTF-16 and ISO-2022-JP "
            "text do, which can hide script that would run on your site; save it as UTF-8 "
            "without control characters, or export it as PNG"
        )
    if declared := re.search(_DECLARATION, svg):
        what, written, kind = _DECLARED[declared[1].lower()]
        return (
            f"`{path}` declares {what} in its DOCTYPE ({written}): {kind} are refused, as they "
            "can hide script that would run on your site; export it without them, or as PNG"
        )
    if re.search(_XSLT, svg):
        return (
            f"`{path}` links a stylesheet (`<?xml-stylesheet`), which can be XSLT that writes "
            "script that would run on your site; put its CSS in a `<style>` element, "
            "or export it as PNG"
        )
    found = _active_element(svg) or _handler(svg) or _javascript_link(svg)
    if found is None:
        return None
    what, line = found
    return (
        f"`{path}` holds {what} at its line {line}: opened on its own, the file could run "
        "script with it on your site; export it without, or as PNG"
    )


_ELEMENTS = {
    b"script": "a `<script>` element",
    b"handler": "a `<handler>` element",
    b"foreignobject": (
        "a `<foreignObject>` (HTML inside the SVG, as some charting tools write labels)"
    ),
    b"iframe": "an `<iframe>` (a page inside the SVG)",
    b"embed": "an `<embed>` (a file inside the SVG)",
    b"object": "an `<object>` (a file inside the SVG)",
}
"""How a message names each element `_ACTIVE_ELEMENT` finds: a charting tool's user searches
the file for `<script>` and finds none when it was a `<foreignObject>`."""
Found = tuple[str, int]
"""What a message names, and its 1-based line in the file."""


def _active_element(text: bytes) -> Found | None:
    """Return the first element that would run in the SVG opened on its own, and its line."""
    if not (element := re.search(_ACTIVE_ELEMENT, text)):
        return None
    return _ELEMENTS[element[1].lower()], _line(text, element.start())


def _handler(text: bytes) -> Found | None:
    """Return the first `on…=` handler a start tag carries (or a value reads like), and its
    line."""
    if not re.search(_HANDLER, text):
        return None  # as in most SVGs: no need to find each tag
    for tag in re.finditer(_START_TAG, text):
        if handler := re.search(_HANDLER, tag[0]):
            name = handler[1].decode("ascii").lower()
            return f"an `{name}=` handler", _line(text, tag.start() + handler.start(1))
    return None


def _javascript_link(svg: bytes) -> Found | None:
    """Return the first attribute value that is a `javascript:` link, read as a browser reads
    it (references decoded, and spaces, tabs and line breaks dropped in its scheme:
    `java&#9;script:`), and its line."""
    if not re.search(_JAVASCRIPT, _as_browsers_read(svg)):
        return None  # as in most SVGs: no need to find each value
    for tag in re.finditer(_START_TAG, svg):
        for value in re.finditer(_VALUE, tag[0]):
            if re.search(_JAVASCRIPT, _as_browsers_read(value[0])):
                return "a `javascript:` link", _line(svg, tag.start() + value.start())
    return None


def _line(text: bytes, offset: int) -> int:
    return text.count(b"\n", 0, offset) + 1


def _as_browsers_read(svg: bytes) -> bytes:
    """Return SVG text with character references decoded (`&#106;avascript:`), as a browser
    reads them in a value."""
    import html  # Here: only a briefing showing a content/ SVG needs it.

    return html.unescape(svg.decode("utf-8", "replace")).encode("utf-8")
