"""Links that go through another service's redirect before the page they name: Google's
(`https://www.google.com/url?q=…`, as Google Docs writes the links of a document it publishes
or exports as a web page) and Outlook's Safe Links (`https://…safelinks.protection.outlook.com/
?url=…`, a link copied out of an e-mail), whose address holds the mailbox it was sent to."""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING

from briefgen.content.urltext import split_url
from briefgen.diagnostics import excerpt, warning

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic, SourcePos

_SAFE_LINKS_HOST = ".safelinks.protection.outlook.com"
"""What an Outlook Safe Links host ends with (`eur03.safelinks.protection.outlook.com`)."""


def wrapped_link(url: str) -> tuple[str, str] | None:
    """Return the service a link goes through and the address it leads to, or None for a link
    that goes where it says (or whose wrapped address is no web address)."""
    if "google." not in url and "safelinks" not in url:  # most links: no parse
        return None
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
    else:
        return None
    target = next((query[key][0] for key in keys if key in query), "")
    if split_url(target).scheme.lower() not in ("http", "https"):
        return None
    return service, target


def wrapped_link_warning(pos: SourcePos, url: str, service: str, target: str) -> Diagnostic:
    """Return the warning for a link through `service` to `target`, hinted to link there."""
    why = (
        "its address holds the mailbox it was sent to, and readers are sent through Microsoft"
        if service == "Outlook Safe Links"
        else "readers are sent through Google, which may stop them at a redirect notice"
    )
    return warning(
        pos,
        f"link `{excerpt(url, 60)}` goes through {service}, not straight to its page: {why}",
        hint=f"link to the page itself: `{excerpt(target, 120)}`",
    )
