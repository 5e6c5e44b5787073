"""Whether an SVG from content/ could run script when opened on its own, read with no parser.

The site serves a content/ SVG under media/, where anyone can open it directly: it then runs
with the site's origin (cookies, storage), whereas a page's `<img>` never runs it. A text
search finds script only in what the file writes out, so what lets a browser make script the
text does not show is refused as well, rather than expanded here.
"""

from __future__ import annotations

import re

_ACTIVE_ELEMENT = (
    rb"(?i)<(?:[^\s<>/:=\"']+:)?(?:script|foreignobject|iframe|embed|object|handler)\b"
)
"""Elements that would run in an SVG opened on its own, on the site's own origin (a page's
`<img>` never runs them), with a namespace prefix too (`<s:script xmlns:s="…/svg">` runs as
`<script>` does)."""
_START_TAG = rb"<[^\s<>/!?](?:\"[^\"]*\"|'[^']*'|[^<>\"'])*"
"""An element's start tag, of any name (`<_:svg`: XML names may start with `_`), up to its
`>`: a `>` in a quoted value does not end it (`<svg x=">" onload=…>` ran in Chromium). Tags
are found one after the other, so a file of 60 KB of `<a ` no longer takes 18 s."""
_HANDLER = rb"(?i)[\s/\"']on[a-z]+\s*="
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
    text = _as_browsers_read(svg)
    if declared := re.search(_DECLARATION, text):
        what, written, kind = _DECLARED[declared[1].lower()]
        return (
            f"`{path}` declares {what} in its DOCTYPE ({written}): {kind} are refused, as they "
            "can hide script that would run on your site; export it without them, or as PNG"
        )
    if re.search(_XSLT, text):
        return (
            f"`{path}` links a stylesheet (`<?xml-stylesheet`), which can be XSLT that writes "
            "script that would run on your site; put its CSS in a `<style>` element, "
            "or export it as PNG"
        )
    # Handlers are searched in the file as written too, where `a="&quot;>" onload=…` does not
    # end the tag at its `>` as the decoded `a="">" onload=…` does.
    active = re.search(_ACTIVE_ELEMENT, text) or _has_handler(svg) or _has_handler(text)
    # A browser drops spaces, tabs and line breaks in a link's scheme (`java&#9;script:`).
    squeezed = re.sub(rb"[\x00-\x20]+", b"", text).lower()
    if active or b"javascript:" in squeezed:
        return (
            f"`{path}` holds script (`<script>`, an `on…=` handler or a `javascript:` "
            "link): opened on its own it would run on your site; export it without, or as PNG"
        )
    return None


def _has_handler(text: bytes) -> bool:
    """Return whether a start tag carries an `on…=` handler (or a value reads like one)."""
    if not re.search(_HANDLER, text):
        return False  # as in most SVGs: no need to find each tag
    return any(re.search(_HANDLER, tag[0]) for tag in re.finditer(_START_TAG, text))


def _as_browsers_read(svg: bytes) -> bytes:
    """Return the SVG's text with character references decoded (`&#106;avascript:`), as a
    browser reads them."""
    import html  # Here: only a briefing showing a content/ SVG needs it.

    return html.unescape(svg.decode("utf-8", "replace")).encode("utf-8")
