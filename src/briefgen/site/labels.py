"""Which labels a project's pages ask a catalog for: the theme's, and its own templates'.

A project catalog's msgid that no page asks for is a translation that never shows, most
often a typo (`Contentz`). The labels briefgen ships are the English catalog's (the `.pot`
is not installed), the demo site's footer included: a project that translates the whole
`.pot` is not told off for it. A project's own templates may ask for more, which Jinja's
extractor reads from their source. What a template asks for by a variable (`_(kind)`), what a
template Jinja cannot parse asks for, and what a plugin's code may ask for are not knowable:
then any msgid may be used, and none is reported.
"""

from __future__ import annotations

import difflib
import io
import logging
import os
from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, warning
from briefgen.files import read_regular_file
from briefgen.project import TEMPLATES_DIR, THEME_LOCALES
from briefgen.projectwalk import readable_project_files
from briefgen.site.catalogfiles import DOMAIN

if TYPE_CHECKING:
    from collections.abc import Collection
    from pathlib import Path

    from babel.messages.catalog import Catalog, Message

    from briefgen.diagnostics import Diagnostic

log = logging.getLogger(__name__)

BRIEFGEN_SOURCES = "src/briefgen/"
"""Where the labels briefgen shows come from, as the shipped catalogs' `#:` lines say (the
demo site's own footer comes from its `templates/`)."""
GETTEXT_CALLS = ("_", "gettext", "ngettext", "fill_label")
"""The names templates translate with (`site/i18n.py` and `site/labelfill.py` give them)."""


def shipped_labels() -> tuple[list[str], list[str]]:
    """Return the labels of briefgen's catalogs, and of those the ones the theme shows (the
    demo site's own footer aside)."""
    from briefgen.site.i18n import read_po_text

    english = THEME_LOCALES / "en" / "LC_MESSAGES" / f"{DOMAIN}.po"
    catalog = [m for m in read_po_text(english.read_text(encoding="utf-8")) if m.id]
    shown = [
        m for m in catalog if any(place.startswith(BRIEFGEN_SOURCES) for place, _ in m.locations)
    ]
    return [msgid_of(m) for m in catalog], [msgid_of(m) for m in shown]


def project_labels(root: Path) -> set[str] | None:
    """Return the msgids the project's own templates ask for, or None when they may ask for
    any (a msgid given by a variable, a template Jinja cannot parse or no one may read)."""
    from jinja2 import TemplateSyntaxError
    from jinja2.ext import babel_extract

    files, _ = readable_project_files(root, TEMPLATES_DIR)  # their problems are reported
    found: set[str] = set()
    options = {"extensions": "jinja2.ext.i18n", "silent": "false"}
    for path, rel in files:
        try:
            data = read_regular_file(path, inside=os.path.realpath(root))  # as it is now
        except OSError as exc:  # an error of the template check
            log.debug("%s cannot be read (%s): any msgid may be used", rel, exc)
            return None
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:  # an image, or an error of the template check
            continue
        try:
            for _, _, message, _ in babel_extract(io.BytesIO(data), GETTEXT_CALLS, [], options):
                msgid = message if isinstance(message, str | None) else message[0]
                if msgid is None:
                    log.debug("%s translates a variable: any msgid may be used", rel)
                    return None
                found.add(msgid)
        except TemplateSyntaxError as exc:
            log.debug("%s cannot be parsed (%s): any msgid may be used", rel, exc)
            return None
    return found


def unknown_label_warnings(catalog: Catalog, rel: str, known: Collection[str]) -> list[Diagnostic]:
    """Warn at each msgid of `catalog` that is not in `known`: no page shows its translation."""
    found = []
    for message in catalog:
        msgid = msgid_of(message)
        if not msgid or message.context is not None or msgid in known:
            continue  # an entry with a context is warned about as such (`site/pofile.py`)
        close = difflib.get_close_matches(msgid, known, n=1)
        guess = f"; did you mean `{close[0]}`?" if close else ""
        found.append(
            warning(
                SourcePos(rel, message.lineno or 1),
                f"no template uses `{msgid}`{guess}",
                "its translation is never shown; the theme's labels are in briefgen's"
                f" theme/locales/{DOMAIN}.pot",
            )
        )
    return found


def msgid_of(message: Message) -> str:
    """Return a message's msgid, the singular one of a label with plural forms."""
    return message.id if isinstance(message.id, str) else str(message.id[0])
