"""Which link and image URLs a page may carry: an allow-list of schemes, however disguised; and
the parser class that keeps every link, so the unsafe ones are warned about, not lost."""

from __future__ import annotations

import html
import unicodedata
import urllib.parse
from typing import TYPE_CHECKING, Literal

from markdown_it import MarkdownIt

from briefgen.content.hiddenaddresses import hidden_address_warning, hidden_in_address
from briefgen.content.slugs import fragment_of
from briefgen.content.wrappedlinks import wrapped_link, wrapped_link_warning
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
"""The only URL schemes a link may use; relative links and `#fragment`s have none.

An allow-list, not a block-list: `ms-msdt:`, `search-ms:`, `smb:` and the next handler that
launches a program on click are all dropped without anyone having to know their names."""
_URL_SCHEME = pattern(r"([a-z][a-z0-9+.-]*):")
_ANY_SCHEME = pattern(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SAFE_IMAGE_DATA = pattern(r"^data:image/(gif|png|jpeg|webp);")
_SPACE_ESCAPE = pattern(r"%(?:20|09|0[AaDd])")
"""An escaped space, tab or line break in an address."""
_HELD = "\ue000"
"""A private-use character that stands for the `%` of such an escape while markdown-it
decodes the rest of an address to show it."""
_SPACE_AND_CONTROLS = dict.fromkeys([*range(ord(" ") + 1), ord("\x7f")])
"""What a browser drops from a URL before reading its scheme, for `str.translate` to delete:
one call, where a test of each character took 20 times as long (0.2 s of CPU for the 3,600
300-character URLs of a 1 MB article)."""


def is_unsafe_url(url: str, *, image: bool = False) -> bool:
    """Return True unless a URL is relative or uses an allowed scheme, however it is disguised.

    Browsers ignore case, strip control characters and whitespace inside the scheme, and
    decode entities; percent-decoding on top catches what markdown-it's normalizeLink encoded.
    A colon after a `/`, `?` or `#` belongs to a relative path, not to a scheme.
    """
    decoded = urllib.parse.unquote(html.unescape(url))
    compact = decoded.translate(_SPACE_AND_CONTROLS).lower()
    found = _URL_SCHEME.match(compact)
    if found is None:
        return ":" in compact.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if found.group(1) in SAFE_SCHEMES:
        return False
    return not (image and _SAFE_IMAGE_DATA.match(compact))


def slashed_path(url: str) -> str:
    """Return a Windows-style relative path (`..\\files\\a.pdf`) as the `/` path it means.

    A path that would start `//` (`\\\\host\\x`, `/\\host`) or anything with a scheme is
    left alone: turning it into `//host/x` would make it a link to another site.
    """
    if "\\" not in url or _ANY_SCHEME.match(url):
        return url
    slashed = url.replace("\\", "/")
    return url if slashed.startswith("//") else slashed


def is_another_sites(url: str) -> bool:
    """Return True for a URL with a scheme or one that starts `//`: its `#fragment` names an id
    of another site, not one this site made."""
    return bool(_ANY_SCHEME.match(url)) or url.startswith("//")


def unsafe_image_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Return the warning for an image whose address no page may carry (it is dropped).

    An SVG's data URL is told why: "or a data:image URL" alone read as a hint to write the
    data:image URL that was just refused."""
    hint = "an image is a file next to the briefing, an https: URL or a data:image URL"
    plain = urllib.parse.unquote(html.unescape(shown)).translate(_SPACE_AND_CONTROLS).lower()
    if plain.startswith("data:image/svg"):
        hint = (
            "an SVG may hold script, so it is taken from a file only: save it next to the "
            "briefing as a .svg file, which is checked for script"
        )
    return warning(
        pos,
        f"unsafe image address `{excerpt(shown, 60)}` removed; the alt text is shown",
        hint=hint,
    )


def is_dropped_link(url: str) -> bool:
    """Return whether a link's `<a>` is dropped, its text kept: its URL is unsafe, or empty
    (`[the report]()`, a link left to add later), which would link the page to itself
    (`emptylinks.py` warns of it where it is written), or a `mailto:` or `tel:` naming no one
    (`addressless_scheme`)."""
    return not url or is_unsafe_url(url) or addressless_scheme(url) is not None


def addressless_scheme(url: str) -> str | None:
    """Return the scheme of a `mailto:` or `tel:` link with nothing after it (`[email
    us](mailto:)`, a link left to fill in), as written: a mail program opened with no one to
    write to, a dialler with no number. None for any other link; `mailto:?subject=…`, a
    share link whose reader picks who to send it to, names a subject and is one."""
    if url[:1] not in "mMtT":  # most links: one character looked at
        return None
    scheme = url.rstrip("?")
    return scheme if scheme.lower() in {"mailto:", "tel:"} else None


def unsafe_link_warning(pos: SourcePos, url: str) -> Diagnostic:
    """Return the warning for a link whose URL no page may carry (it is dropped)."""
    shown = excerpt(url, 60)
    return warning(
        pos,
        f"unsafe link `{shown}` removed; the link text is kept",
        hint="links may use http:, https:, mailto:, tel:, a relative path or a #fragment",
    )


def link_fate(url: str) -> Literal["dropped", "warned"] | None:
    """Return whether a link is dropped, its text kept (`is_dropped_link`), or kept with a
    warning, as one through a redirect is (`wrappedlinks.py`), one whose address holds an
    invisible character (`hidden_in_address`) and a `mailto:` with no `@` (`mailbox_missing`);
    None for a link left alone."""
    if is_dropped_link(url):
        return "dropped"
    if wrapped_link(url) or hidden_in_address(url) or mailbox_missing(url):
        return "warned"
    return None


def link_warning(pos: SourcePos, url: str, fate: Literal["dropped", "warned"]) -> Diagnostic:
    """Return the warning for a link with an address that `link_fate` gave `fate` (not asked
    again: each of a line of 26,000 unsafe links was read as an address twice)."""
    if fate == "dropped" and (scheme := addressless_scheme(url)):
        return _addressless_warning(pos, scheme)
    if fate == "dropped":
        return unsafe_link_warning(pos, url)
    if hidden := hidden_in_address(url):
        return hidden_address_warning(pos, url, hidden)
    if mailbox_missing(url):
        return _mailbox_warning(pos, url)
    if (wrapped := wrapped_link(url)) is None:
        return unsafe_link_warning(pos, url)
    return wrapped_link_warning(pos, url, *wrapped)


def _addressless_warning(pos: SourcePos, scheme: str) -> Diagnostic:
    """Return the warning for a `mailto:` or `tel:` link with nothing after it."""
    example = "tel:+442079460000" if scheme.lower() == "tel:" else "mailto:press@example.org"
    return warning(
        pos,
        f"a `{scheme}` link with no address: its text is shown, not linked",
        hint=f"write the address after it (`{example}`), or remove the link",
    )


def mailbox_missing(url: str) -> bool:
    """Return True for a `mailto:` link whose address has no `@` (`mailto:press.example.org`, a
    slip for `press@example.org`): a mail program opened from it has no one it can write to.
    One with no address (`mailto:?subject=…`, a share link) names none, and is not asked."""
    if url[:1] not in "mM" or url[:7].lower() != "mailto:":  # most links: one character
        return False
    address = url[7:].split("?", 1)[0]
    return bool(address) and "@" not in address and "%40" not in address.upper()


def _mailbox_warning(pos: SourcePos, url: str) -> Diagnostic:
    """Return the warning for a `mailto:` link whose address has no `@`."""
    return warning(
        pos,
        f"`{excerpt(url, 60)}` has no `@`: a mail program opened from it has no one to write to",
        hint="write the whole address after `mailto:` (`mailto:press@example.org`)",
    )


class LinkKeepingMarkdownIt(MarkdownIt):
    """MarkdownIt that parses every link, so briefgen can warn about the unsafe ones."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 - overrides markdown-it's camelCase API
        """Accept every URL: markdown-it would silently leave a blocked link as literal text."""
        return True

    def normalizeLink(self, url: str) -> str:  # noqa: N802 - overrides markdown-it's camelCase API
        """Read a Windows-style relative path as the `/` path it means (`slashed_path`). A
        `#fragment` is spelled as this site's ids are (`fragment_of`), another site's in NFC.
        """
        path, mark, fragment = (url := slashed_path(url)).partition("#")
        if mark and not fragment.isascii():
            away = is_another_sites(path)
            kept = unicodedata.normalize("NFC", fragment) if away else fragment_of(fragment)
            url = f"{path}#{kept}"
        return super().normalizeLink(url)

    def normalizeLinkText(self, link: str) -> str:  # noqa: N802 - overrides markdown-it's API
        """Show an address as markdown-it does (`%C3%A9` as `é`), but for an escaped space, tab
        or line break, kept as written: decoded, it would end the address a reader copies
        (`https://example.org/my%20file.pdf` was shown `…/my file.pdf`)."""
        if "%" not in link or _HELD in link or not _SPACE_ESCAPE.search(link):
            return super().normalizeLinkText(link)
        held = _SPACE_ESCAPE.sub(lambda escape: _HELD + escape[0][1:], link)
        return super().normalizeLinkText(held).replace(_HELD, "%")
