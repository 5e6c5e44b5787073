"""Tell a table cell that is a figure (`367,459`, `+1.9 pp`, `[x]`) from one of words.

A figure is printed on one line, in the browser's print (the page marks its cell) and in the
PDF (site/pdftables.py): broken to fit the paper, a reader would read `367,45` and a stray
`9`. Words may break instead. One test, so the page and its PDF keep the same cells whole.

The page marks only the figures its print stylesheet could squeeze: below `SQUEEZED_FROM`
columns, every printed column keeps at least 6em (briefing.css, `@media print`), which holds
a figure of `SHORT` characters, so marking those too would only weigh the page (a statistics
page has hundreds of them, and a briefing page has 30 KB in all).
"""

from __future__ import annotations

import re

from briefgen.patterns import pattern

_CURRENCY = r"(?:[£$€¥]|R\$|US\$|CHF|EUR|USD|GBP)"
_MEASURE = (
    r"[kcmµ]?m[²³]?|ha|[kmg]?t|[kmµ]?g|[mhc]?l|[kmgt]?wh?|°[cf]?|[kmgt]?j|h|min|s|ms"
    r"|mi|ft|lb|oz|bbl|k"
)
"""The units a figure may have after it, read without case: SI's and the common others
(`km²`, `ha`, `t`, `kg`, `l`, `kWh`, `GW`, `°C`, `h`, `min`), and `k` for thousand."""
_PER = rf"(?:/(?:{_MEASURE}|a|d|yr))?"  # `€/t`, `km/h`, `t/a`
_MULTIPLIER = r"(?:mio\.|mrd\.|md|bn|mn|mld\.|mln\.|mil(?:\s+milh(?:ão|ões))?|milh(?:ão|ões))"
_UNIT = rf"(?:%|‰|pp\.?|p\.\s?p\.|(?:{_MEASURE}){_PER})"  # `pp`, `Pp.`, `m²`, `kWh`, `°C`, `t`

FIGURE = pattern(
    rf"[(\[]?[-+±<>~≈\u2212\u2013]?\s?(?:{_CURRENCY}\s?)?"  # an opening bracket, a sign, a currency
    r"\d+(?:[.,'\u2019\s]\d+)*"  # digits with their separators
    rf"(?:\s?{_MULTIPLIER})?(?:\s?{_UNIT})?(?:\s?{_CURRENCY}{_PER})?"  # `Mrd.`, `t`, `€` after them
    r"(?:(?<![a-z])[a-z])?[)\]]?[*†‡]*"  # a mark right after the digits (`3.42r`), a bracket
    r"(?:\[[^\]]{1,12}\])*"  # notes kept as written (`[note 1]`)
    r"|\[[a-z]{1,2}\]|\.\.|[-\u2013\u2014]",  # a statistician's shorthand: `[x]`, `..`, `-`
    re.IGNORECASE,
)
"""A cell's whole text when it is a figure: note references are digits (`4,0201` as the PDF
reads its cell) or bracketed (`4,020[1]`, a cell's plain text), so they are in. A currency, a
multiplier or a unit of `_MEASURE` may stand before or after the digits (`€ 12,50`, `12,50 €`,
`14,1 Mrd. €`, `10 000 m²`), as each language writes it, or the PDF would split `2 500 000`
over `000 €`; a word is no unit (`12 Jan`, `3 and`)."""


def is_figure(text: str) -> bool:
    """Tell whether a table cell's whole text is a figure."""
    return FIGURE.fullmatch(text.strip()) is not None


SQUEEZED_FROM = 10
"""Columns from which the print stylesheet lets a column shrink below any figure."""
SHORT = 8
"""Characters of the longest figure a printed column of 6em holds at the table's 9 pt."""


def split_in_print(text: str, columns: int) -> bool:
    """Tell whether printing could split the cell, a figure, unless the page marks it: in a
    table of `SQUEEZED_FROM` columns or more, or when it is longer than `SHORT`."""
    return is_figure(text) and (columns >= SQUEEZED_FROM or len(text.strip()) > SHORT)
