"""Command-line values checked as argparse reads them, so a bad one is a usage error (exit 2)
blamed on its option, never a mistake reported in a project file."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path


def folder(text: str) -> Path:
    """Return a folder argument as a path, refusing an empty one, which `Path` reads as the
    current folder: `briefgen init "$DIR"` with `DIR` unset would fill the folder it ran in."""
    if not text:
        raise argparse.ArgumentTypeError("a folder name needs some text: write `.` for this folder")
    return Path(text)


def source(text: str) -> Path:
    """Return `--source` as a path; an existing one must be a folder."""
    path = folder(text)
    try:  # `exists` passes a missing one by, but raises for a name too long for the disk
        is_file = path.exists() and not path.is_dir()  # a missing one: the command reports it
    except OSError as exc:  # a traceback before this was caught
        from briefgen.diagnostics import excerpt

        raise argparse.ArgumentTypeError(
            f"`{excerpt(text, 60)}` cannot be used: {exc.strerror or exc}"
        ) from None
    if is_file:
        raise argparse.ArgumentTypeError(f"`{text}` is not a folder")
    return path


def port(text: str) -> int:
    """Return a port number from 0 to 65535."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, not {text!r}")
    return number


def address(text: str) -> str:
    """Return a `--bind` address; an empty one would listen on every interface unwarned.

    An IPv6 address in brackets, as a URL writes it (`[::1]`), is that address. One with a
    port after it (`127.0.0.1:80`, `[::1]:8000`) is refused with the two options to write:
    it was looked up as a host name, which this machine has no address for.
    """
    if not text.strip():
        raise argparse.ArgumentTypeError("expected an address such as 127.0.0.1 or ::1")
    host, _, given_port = text.rpartition(":")
    bracketed = host.startswith("[") and host.endswith("]")
    if given_port.isdigit() and (bracketed or (host and ":" not in host)):
        host = host[1:-1] if bracketed else host
        raise argparse.ArgumentTypeError(
            f"expected an address without a port, not {text!r}: "
            f"write --bind {host} --port {given_port}"
        )
    if text.startswith("[") and text.endswith("]") and ":" in text:
        return text[1:-1]
    return text


def date(text: str) -> dt.date:
    """Return a YYYY-MM-DD date.

    Only that form: Python 3.11's fromisoformat also reads `20260101` and ISO weeks
    (`2026-W01-1` is 2025-12-29), which would turn a mistyped value into another day.
    """
    if not re.fullmatch("[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        from briefgen.content.days import own_day_hint  # only for a mistyped day

        # The day the front matter's hint names (en dashes for hyphens, `01/12/2026`), as an option.
        own = own_day_hint("--date", text, between=" ")
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD, not {text!r}" + (f": {own}" if own else "")
        )
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # the form is right: the day is what to fix, as in front matter
        raise argparse.ArgumentTypeError(
            f"{text} is not a day in the calendar: check the day"
        ) from None


def base_url(text: str) -> str:
    """Return an http(s) URL that `base_url` in briefgen.yaml would accept."""
    if not re.match(r"https?://[^/\s]+", text, re.IGNORECASE):
        raise argparse.ArgumentTypeError(
            f"expected an http:// or https:// URL such as https://example.org/briefings/, "
            f"not {text!r}"
        )
    from briefgen.site.urls import url_problem  # only when the option is given

    # Checked here as `base_url` is in the settings, so the flag, not briefgen.yaml, is blamed.
    problem = url_problem(text, base=True)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return text


def title(text: str) -> str:
    """Refuse a title the written briefing could not build with: `new` promises one that does."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a title needs some text")
    _refuse_unpublishable(text)
    _refuse_invisible(text, "the title")
    return text


def tags(text: str) -> list[str]:
    """Return comma-separated tags, "" for an empty one (`a,,b`), for the command to warn of
    and leave out; a blank value is no tags. Refuse one the front matter would refuse, as for
    a title."""
    from briefgen.content.invisible import without_invisible
    from briefgen.content.slugs import MAX_SLUG_BYTES, is_too_long, tag_slug
    from briefgen.content.tags import MAX_TAGS, too_many_tags

    items = [tag.strip() for tag in text.split(",")] if text.strip() else []
    found = [tag for tag in items if tag]
    for index, tag in enumerate(items, start=1):
        if not tag:
            continue
        _refuse_unpublishable(tag, f"tag {index}")
        _refuse_invisible(tag, f"tag {index}")
        if is_too_long(tag_slug(tag)):
            raise argparse.ArgumentTypeError(
                f"tag {index} is too long for a page name "
                f"(over {MAX_SLUG_BYTES} bytes once normalised)"
            )
    pages = len({tag_slug(" ".join(without_invisible(tag).split())) for tag in found})
    if pages > MAX_TAGS:
        raise argparse.ArgumentTypeError(too_many_tags(pages))
    return items


def slug(text: str) -> str:
    """Refuse a `--slug` no briefing could have, as the build would refuse the file it names."""
    from briefgen.content.languages import split_language_suffix
    from briefgen.content.slugs import (
        MAX_SLUG_BYTES,
        SLUG_PATTERN,
        is_device_name,
        is_too_long,
        slug_from_title,
    )
    from briefgen.diagnostics import excerpt, terminal_safe
    from briefgen.site.urls import is_kept_slug

    if not text:
        raise argparse.ArgumentTypeError("a slug needs some text")
    if not SLUG_PATTERN.fullmatch(text):
        base, lang = split_language_suffix(text)
        if lang is not None and SLUG_PATTERN.fullmatch(base):
            raise argparse.ArgumentTypeError(
                f"`{text}` is not a slug: to write the `{lang}` translation of `{base}`, "
                f"pass `--slug {base} --lang {lang}`"
            )
        # `é` is a lowercase letter too: say which letters, and spell the slug it means.
        spelt, _ = slug_from_title(text)
        like = f", as in `{spelt}`" if spelt and SLUG_PATTERN.fullmatch(spelt) else ""
        raise argparse.ArgumentTypeError(
            f"`{terminal_safe(excerpt(text, 60))}` is not a slug: use lowercase ASCII letters "
            f"(a-z), digits and single hyphens{like}"
        )
    if is_device_name(text):
        raise argparse.ArgumentTypeError(f"`{text}` is a name Windows keeps for a device")
    if is_kept_slug(text):
        raise argparse.ArgumentTypeError(
            f"`{text}` is reserved: the site has a page or folder of that name"
        )
    if is_too_long(text):
        raise argparse.ArgumentTypeError(
            f"the slug is {len(text)} characters long; the limit is {MAX_SLUG_BYTES}"
        )
    return text


def language(text: str) -> str:
    """Return `--lang` as the build reads it in a file name's suffix, in its usual case
    (`pt-br` → `pt-BR`); refuse a tag the build would take for part of the page's name."""
    from briefgen.content.languages import split_language_suffix
    from briefgen.diagnostics import excerpt, terminal_safe

    base, tag = split_language_suffix(f"_.{text}")
    if base != "_" or tag is None:
        raise argparse.ArgumentTypeError(
            f"`{terminal_safe(excerpt(text, 60))}` is not a language tag CLDR knows: write one "
            "such as `es`, `fr` or `pt-BR`"
        )
    return tag


def _refuse_unpublishable(text: str, label: str | None = None) -> None:
    """Refuse text holding a character no page may hold (a control character or noncharacter),
    or a tab or line break, which a title or tag typed on the command line holds by a slip."""
    from briefgen.content.plainfields import breaking_character  # only for `new` and `import`
    from briefgen.content.yamldocument import BAD_CHARACTERS
    from briefgen.diagnostics import excerpt, terminal_safe

    shown = f"`{terminal_safe(excerpt(text, 60))}`"
    named = f"{label}, {shown}," if label else shown
    if found := BAD_CHARACTERS.search(text):
        char = f"U+{ord(found.group()):04X}"
        raise argparse.ArgumentTypeError(f"{named} holds {char}, which cannot be published")
    if what := breaking_character(text):
        raise argparse.ArgumentTypeError(f"{named} holds {what}: write it on one line")


def _refuse_invisible(text: str, label: str) -> None:
    """Refuse text made only of characters a reader cannot see (a zero-width space)."""
    from briefgen.content.invisible import invisible_codes, shows_nothing

    if shows_nothing(text):
        codes = invisible_codes(text)
        raise argparse.ArgumentTypeError(
            f"{label} shows nothing: it holds only invisible characters ({codes})"
        )
