"""The address of a remote image on an allowed host that browsers would still not load: one on
another port than 443, which the page's CSP (`img-src https://host`) does not cover, or one
carrying a user name or password, which browsers refuse in an image (and the page would publish).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import urllib.parse


def remote_address_problem(parts: urllib.parse.SplitResult, host: str) -> tuple[str, str] | None:
    """Return why an allowed host's image would still not load, and what to write instead.

    The CSP's `https://host` matches port 443 alone, and browsers refuse a picture whose
    address carries a user name or password (which the page would also publish).
    """
    plain = parts._replace(netloc=host).geturl()
    if "@" in parts.netloc:
        return "has a user name or password, which browsers block in an image", f"write {plain}"
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port not in (None, 443):
        reason = f"is not allowed: the page's CSP allows {host} on port 443 only"
        return reason, f"write {plain}, or save the image next to the briefing"
    return None
