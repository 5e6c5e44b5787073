"""Links that go through another service's redirect before the page they name: Google's
(`https://www.google.com/url?q=…`, as Google Docs writes the links of a document it publishes
or exports as a web page), and Outlook's Safe Links (`https://…safelinks.protection.outlook.com/
?url=…`) and Proofpoint's URL Defense (`https://urldefense.com/v3/__https://…__;!!…$`), which
rewrite a link in an e-mail and whose address holds the mailbox it was sent to; and Facebook's
(`https://l.facebook.com/l.php?u=…`) and LinkedIn's (`https://www.linkedin.com/redir/redirect?
url=…`), which a link copied from a post carries."""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING

from briefgen.content.urltext import split_url
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

_SAFE_LINKS_HOST = ".safelinks.protection.outlook.com"
"""What an Outlook Safe Links host ends with (`eur03.safelinks.protection.outlook.com`)."""


def wrapped_link(url: str) -> tuple[str, str] | None:
    """Return the service a link goes through and the address it leads to, or None for a link
    that goes where it says (or whose wrapped address is no web address)."""
    if not any(mark in url for mark in _MARKS):
        return None  # most links: no parse
    parts = split_url(url)
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    query = urllib.parse.parse_qs(parts.query)
    keys: tuple[str, ...]
    if host.endswith(_SAFE_LINKS_HOST):
        service, keys = "Outlook Safe Links", ("url",)
    elif host.removeprefix("www.").startswith("google.") and parts.path == "/url":
        service, keys = "Google's redirect", ("q", "url")
    elif host in _URL_DEFENSE_HOSTS:
        service, keys = _URL_DEFENSE, ()
    elif host in _FACEBOOK_HOSTS and parts.path == "/l.php":
        service, keys = "Facebook's redirect", ("u",)
    elif host.removeprefix("www.") == "linkedin.com" and parts.path == "/redir/redirect":
        service, keys = "LinkedIn's redirect", ("url",)
    else:
        return None
    target = next((query[key][0] for key in keys if key in query), "")
    if service == _URL_DEFENSE:
        target = _defended_target(url, query)
    if split_url(target).scheme.lower() not in ("http", "https"):
        return None
    return service, target


_MARKS = ("google.", "safelinks", "urldefense", "facebook.com", "linkedin.com")
"""What the address of a link through one of the services holds: a cheap test first."""
_FACEBOOK_HOSTS = frozenset(("l.facebook.com", "lm.facebook.com"))
"""Facebook's link shims: `l.` on the web, `lm.` on its mobile site."""
_SHARED_REDIRECTS = {
    "Google's redirect": "Google",
    "Facebook's redirect": "Facebook",
    "LinkedIn's redirect": "LinkedIn",
}
"""The services a link copied from a page or a post goes through (no mailbox in it), and who
runs each."""
_URL_DEFENSE = "Proofpoint URL Defense"
_URL_DEFENSE_HOSTS = frozenset(("urldefense.com", "urldefense.proofpoint.com"))
_V2_ESCAPE = pattern(r"-([0-9A-F]{2})")
"""A character URL Defense's version 2 writes as `-` and its code in hexadecimal (`-3A`)."""


def _defended_target(url: str, query: dict[str, list[str]]) -> str:
    """Return the address a URL Defense link leads to: in version 3, written between `__`
    and `__;` (`/v3/__https://www.gov.uk/__;!!…$`); in version 2, its `u` query value with `/`
    written `_` and other characters `-` and their code (`https-3A__www.gov.uk_`)."""
    start, end = url.find("/v3/__"), url.rfind("__;")
    if start != -1 and end > start:
        return url[start + len("/v3/__") : end]
    written = query.get("u", [""])[0].replace("_", "/")
    return _V2_ESCAPE.sub(lambda code: chr(int(code[1], 16)), written)


def wrapped_link_warning(pos: SourcePos, url: str, service: str, target: str) -> Diagnostic:
    """Return the warning for a link through `service` to `target`, hinted to link there."""
    why = (
        f"readers are sent through {_SHARED_REDIRECTS[service]}, which may stop them at a "
        "redirect notice"
        if service in _SHARED_REDIRECTS
        else "its address holds the mailbox it was sent to, and readers are sent through "
        + ("Microsoft" if service == "Outlook Safe Links" else "Proofpoint")
    )
    return warning(
        pos,
        f"link `{excerpt(url, 60)}` goes through {service}, not straight to its page: {why}",
        hint=f"link to the page itself: `{excerpt(target, 120)}`",
    )
