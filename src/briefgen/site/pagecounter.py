"""The PDF's "Page n of m" footer: CSS `content` from a translation of its label, and the
check of a project catalog's translation of it.

gettext takes a translation that leaves a placeholder out, and so does the catalog check:
`Pág. %(num)s` is a counter without the total, printed as written. A footer without the
page's number, or with a number twice, is no counter: the build warns at the translation,
and PDFs print the theme's translation for the language instead (English where it has none).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup

from briefgen.diagnostics import warning
from briefgen.patterns import pattern
from briefgen.site.filters import css_string

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

    from briefgen.diagnostics import Diagnostic
    from briefgen.site.catalogtext import Locate

PAGE_LABEL = "Page %(num)s of %(total)s"
"""The label of the PDF's footer, translated by the catalogs."""
_COUNTERS = {"num": "counter(page)", "total": "counter(pages)"}
"""The CSS counter each placeholder of the label stands for."""
_PERCENT = pattern(r"%(?:%|\(([^()]*)\)s)?")
"""A `%` as the footer reads it: `%%`, a `%(name)s`, or a `%` of anything else."""


@dataclass(frozen=True, slots=True)
class CounterProblem:
    """Why a translation of the label is no page counter."""

    message: str
    offset: int
    """Where in the translation: the character the mistake starts at."""


def page_counter(*labels: str) -> Markup:
    """Return CSS `content` for the first of `labels` (translations of the label, the
    preferred first) that is a page counter, else for the English label."""
    found = (parts for parts in map(_parts, (*labels, PAGE_LABEL)) if isinstance(parts, list))
    return Markup(" ".join(next(found)))


def counter_problem(label: str) -> CounterProblem | None:
    """Return why `label` is no page counter; None when it is one."""
    parts = _parts(label)
    return parts if isinstance(parts, CounterProblem) else None


def _parts(label: str) -> list[str] | CounterProblem:
    """Return the CSS `content` values of `label`: each text as a CSS string (empty ones
    too), with the counters between them; or why it is no counter."""
    texts, counters, seen = [""], [], set()
    at = 0
    for match in _PERCENT.finditer(label):
        texts[-1] += label[at : match.start()]
        at = match.end()
        name = match[1]
        if match[0] == "%%":
            texts[-1] += "%"
        elif name not in _COUNTERS:
            shown = match[0] if name is not None else "%"
            return CounterProblem(f"`{shown}` is not `%(num)s` or `%(total)s`", match.start())
        elif name in seen:
            return CounterProblem(f"`%({name})s` is there twice", match.start())
        else:
            seen.add(name)
            counters.append(_COUNTERS[name])
            texts.append("")
    texts[-1] += label[at:]
    if "num" not in seen:
        return CounterProblem("there is no `%(num)s`, the page's number", 0)
    parts = [str(css_string(texts[0]))]
    for counter, text in zip(counters, texts[1:], strict=True):
        parts += [counter, str(css_string(text))]
    return parts


def page_counter_warnings(catalog: Catalog, locate: Locate, lang: str) -> list[Diagnostic]:
    """Warn at a project catalog's translation of the footer's label that is no counter (a
    `.po`'s or a `.mo`'s, which `locate` places)."""
    message = catalog.get(PAGE_LABEL)
    if message is None or message.fuzzy or not isinstance(message.string, str):
        return []
    problem = counter_problem(message.string) if message.string else None
    if problem is None:
        return []
    at = locate(message, None, problem.offset)
    return [
        warning(
            at,
            f"{PAGE_LABEL!r}: the PDF's page counter cannot use this translation: "
            f"{problem.message}; PDFs in `{lang}` print briefgen's own translation instead"
            " (English where it has none)",
            "write `%(num)s` once where the page's number goes, and `%(total)s` (the number"
            " of pages) at most once",
        )
    ]
