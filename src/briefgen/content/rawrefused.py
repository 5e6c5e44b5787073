"""What trusted raw HTML asks of a page that the theme's Content-Security-Policy refuses.

With `unsafe_html: true` raw HTML is live markup, but every page still carries the theme's
policy: `default-src 'none'`, pictures from the site, `data:` and `images.remote_hosts`
alone, styles from the site's stylesheets alone, no script. So an embed pasted from a
newsroom's tools (Datawrapper's or YouTube's `<iframe>`, Flourish's `<script>`), a `<video>`,
an `<img>` from another host, or an inline `style="…"` is markup the browser refuses: the
page shows nothing where it stands, or shows it unstyled, with no sign. Each is a warning at
its tag, saying what to write instead, as a Markdown image from an unlisted host is refused
(`content/images.py`). The pictures a PDF would print as alt text are warned of here too
(`content/rawimages.py`).
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from briefgen.content.rawimages import raw_image_warning, raw_images
from briefgen.content.rawtext import without_comments
from briefgen.content.urltext import split_url, srcset_urls
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from briefgen.content.images import ImageSettings
    from briefgen.diagnostics import Diagnostic, SourcePos

_TAG = pattern(r"""<([A-Za-z][A-Za-z0-9-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>""")
"""A start tag: its name and its attributes, quoted values holding any `>`. A `<` outside
quotes ends the search, so a block of `<a "x"` with no `>` is read once, not once a tag."""
_ATTRIBUTE = r"""(?:^|\s){}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
"""An attribute and its value, quoted either way or not: formatted with its name."""
_STYLE = pattern(r"(?:^|\s)style\s*=", re.IGNORECASE)
_SRC = pattern(_ATTRIBUTE.format("src"), re.IGNORECASE)
_SRCSET = pattern(_ATTRIBUTE.format("srcset"), re.IGNORECASE)
_TITLE = pattern(_ATTRIBUTE.format("title"), re.IGNORECASE)
_POLICY = "the page's Content-Security-Policy"
_PICTURE = "or show a picture of it (`![What it shows](chart.png)`)"
_REFUSED = {
    "iframe": ("shows nothing", "lets no frame load"),
    "frame": ("shows nothing", "lets no frame load"),
    "object": ("shows nothing", "lets no plug-in load"),
    "embed": ("shows nothing", "lets no plug-in load"),
    "video": ("plays nothing", "lets no video or audio load"),
    "audio": ("plays nothing", "lets no video or audio load"),
    "script": ("never runs", "allows no script"),
    "style": ("is not applied", "allows no style written in the page"),
}
"""The elements the policy refuses whatever they hold: what the page does with each, and why."""
_STYLE_HINT = "give the element a `class` and style it in your own `static/assets/style.css`"


def trusted_html_warnings(
    markup: str, at: SourcePos | Callable[[int], SourcePos], settings: ImageSettings
) -> list[Diagnostic]:
    """Return the warnings for trusted raw HTML `markup`: what the page's policy refuses, and
    the pictures its PDF prints as alt text; each at `at(offset)` of its tag (at `at`, for
    an inline tag)."""

    def place(offset: int) -> SourcePos:
        return at(offset) if callable(at) else at

    found = [warning(place(offset), *said) for offset, said in _refused(markup, settings)]
    if settings.printed:
        printed = (raw_image_warning(place(o), src, settings) for o, src in raw_images(markup))
        found += [problem for problem in printed if problem is not None]
    return found


def _refused(markup: str, settings: ImageSettings) -> Iterator[tuple[int, tuple[str, str]]]:
    """Yield the offset of each start tag in `markup` that the policy refuses, or whose
    `style` it refuses, with the warning's message and hint (tags in comments are none)."""
    if "<!--" in markup:  # blanked, not cut: the offsets stay those of the markup
        markup = without_comments(markup)
    for tag in _TAG.finditer(markup):
        name, attributes = tag[1].lower(), tag[2]
        if name in _REFUSED:
            yield tag.start(), _element_warning(name, attributes)
        elif name in ("img", "source") and (refused := _remote_picture(name, attributes, settings)):
            yield tag.start(), refused
        elif _STYLE.search(attributes):  # of an element that shows: a refused one is told
            message = f"the `style` of raw HTML `<{name}>` is not applied: {_POLICY} allows no "
            yield tag.start(), (message + "style written in the page", _STYLE_HINT)


def _element_warning(name: str, attributes: str) -> tuple[str, str]:
    """Return the message and hint for an element the policy refuses."""
    does, why = _REFUSED[name]
    message = f"raw HTML `<{name}>` {does}: {_POLICY} {why}"
    if name == "style":
        return message, "write the rules in your own `static/assets/style.css` instead"
    if name == "script":
        return message, f"remove it; link to what it shows instead, {_PICTURE}"
    src = html.unescape(_value(_SRC, attributes) or "")
    if not src:
        return message, f"link to what it shows instead, {_PICTURE}"
    title = html.unescape(_value(_TITLE, attributes) or "") or "What it shows"
    return message, f"link to it instead, `[{excerpt(title, 40)}]({excerpt(src, 60)})`, {_PICTURE}"


def _remote_picture(name: str, attributes: str, settings: ImageSettings) -> tuple[str, str] | None:
    """Return the message and hint for an `<img>` whose `src`, or a `srcset` candidate (which
    a screen picks instead), or a `<picture>`'s `<source>` whose `srcset` candidate is on a
    host the policy does not list (`images.remote_hosts`, over https), or None. A `<source>`'s
    `src` is a video's or a sound's, whose element is warned of."""
    srcset = html.unescape(_value(_SRCSET, attributes) or "")
    addresses = [html.unescape(_value(_SRC, attributes) or "").strip()] if name == "img" else []
    addresses += [url for _, url in srcset_urls(srcset)]
    for src in addresses:
        parts = split_url(src)
        if not parts.netloc and not src.startswith("//"):
            continue  # the site's own picture, or a `data:` one: the policy allows both
        host = (parts.hostname or "").lower()
        if parts.scheme.lower() in {"https", ""} and host in settings.remote_hosts:
            continue
        message = f"raw HTML image `{excerpt(src, 60)}` shows nothing: {_POLICY} loads "
        hint = f"add `{host}` to `images: {{remote_hosts: [{host}]}}` (https only), or save the "
        if host in settings.remote_hosts:  # `http://` to a listed host
            hint = f"write its address with `https://`, as `images.remote_hosts` lists `{host}`; "
            hint += "or save the "
        message += "pictures from this site and `images.remote_hosts` alone"
        return message, hint + "picture in static/"
    return None


def _value(attribute: re.Pattern[str], attributes: str) -> str | None:
    """Return the value of an attribute among a tag's `attributes`, as written, or None."""
    found = attribute.search(attributes)
    return next((v for v in found.groups() if v is not None), None) if found else None
