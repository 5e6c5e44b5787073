"""Pictures in trusted raw HTML (`<img src="../pic.png">`), as a briefing's PDF prints them.

A raw `<img>` names its picture by the URL the page loads it from, not by the project path a
Markdown image names, and the PDF fetches only the image files it is given (site/pdf.py):
such a picture was printed as its alt text, silently. So each one is looked up as the page
loads it, resolved against the page's URL under the site's base URL as the PDF resolves it
(`/b/img/x.png` under `https://x.org/b/` is `img/x.png`): an image file of static/, or one
of content/ by its `media/` URL, is given to the PDF, which prints it (and is printed again
when it changes, as a Markdown image is); any other is a warning at its `<img`. The PDF's
fetcher reads a URL with `site_path_of` too, so the warning and the PDF never disagree.
"""

from __future__ import annotations

import html
import re
import urllib.parse
from typing import TYPE_CHECKING

from briefgen.content.images import ImageFile
from briefgen.content.rawtext import without_comments
from briefgen.content.urltext import split_url
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator

    from briefgen.content.images import ImageSettings
    from briefgen.diagnostics import Diagnostic, SourcePos

_IMG_SRC = pattern(
    r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""",
    re.IGNORECASE,
)
"""An `<img>` start tag up to its `src` value (quoted either way, or not)."""
_HINT = 'save the picture in static/ and write it relative to the page (`src="../pic.png"`)'


def raw_images(markup: str) -> Iterator[tuple[int, str]]:
    """Yield the offset of each `<img` in trusted raw HTML that has a `src`, and the `src`
    with its character references decoded, leaving out those in comments."""
    if "<!--" in markup:  # blanked, not cut: the offsets stay those of the markup
        markup = without_comments(markup)
    for match in _IMG_SRC.finditer(markup):
        written = next(value for value in match.groups() if value is not None)
        yield match.start(), html.unescape(written)


def raw_image_warning(pos: SourcePos, src: str, settings: ImageSettings) -> Diagnostic | None:
    """Give the PDF the picture a raw `<img>` at `pos` shows from `src`, or return why the PDF
    prints its alt text instead; None when it is printed or no PDF is made."""
    files = settings.files
    if files is None or not settings.printed or src[:5].lower() == "data:" or not src.strip():
        return None  # a `data:` picture holds its bytes, which WeasyPrint reads itself
    # Resolved as the PDF resolves it: the print page's URL is the page's.
    address = urllib.parse.urljoin(settings.site_url + settings.page, src.strip())
    site_path = site_path_of(address, settings.site_url)
    found = files.site_image(site_path) if site_path is not None else _off_site(address, settings)
    if isinstance(found, ImageFile):
        if found.unprintable is None:
            return None
        reason, hint = found.unprintable
    else:
        reason, hint = found, _HINT
    message = (
        f"raw HTML image `{excerpt(src, 60)}` is not printed in the PDF, which shows its alt "
        f"text: {reason}"
    )
    return warning(pos, message, hint)


def site_path_of(url: str, site_url: str) -> str | None:
    """Return the path under `site_url` of the file an absolute `url` names (its query and
    fragment left out, its escapes decoded), or None for a URL outside the site."""
    # Decoded before they are compared: `%c3%a9` and `é` are the `%C3%A9` of a base path.
    address = urllib.parse.unquote(re.split("[?#]", url, maxsplit=1)[0])
    root = urllib.parse.unquote(site_url)
    return address.removeprefix(root) if address.startswith(root) else None


def _off_site(address: str, settings: ImageSettings) -> str:
    """Return why the PDF never fetches `address`, a URL outside the site."""
    site = urllib.parse.urlsplit(settings.site_url)
    parts = split_url(address)
    if (parts.scheme, parts.netloc.lower()) != (site.scheme, site.netloc.lower()):
        return "the PDF never fetches images from the network"
    return (
        f"the page loads it from `{excerpt(address, 60)}`, outside the site at "
        f"`{excerpt(settings.site_url, 60)}`"
    )
