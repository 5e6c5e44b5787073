"""Hugo and Jekyll/Liquid template tags left as text: each a warning at its own column.

GitBook writes its blocks as Liquid tags too (`{% hint style="info" %}` … `{% endhint %}`,
`{% tabs %}`, `{% embed url="…" %}`): those are named as GitBook's, and a hint as the callout
of its style.

A post pasted from Hugo or Jekyll brings shortcodes (`{{< ref "a.md" >}}`, `{{% note %}}`,
`{% if x %}`) and output tags (`{{ site.title }}`, `{{ .Params.x }}`); briefgen fills in
none, so the reader would see template code where the author meant a value. `{{` in prose
(`{{a, b}}`) stays silent unless a space and a word (or Hugo's `.Field`, or a dotted name
such as `page.title`) follow it, after the `-` that trims whitespace if there is one, or a
trim `-` on either side of a word, and `}}` closes it on the same line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.content.codespans import without_code_spans
from briefgen.diagnostics import excerpt, warning, wrapped_excerpt
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

_TAG = pattern(
    r"(?<!\\)(?:\{\{[<%](?:.*?[>%]\}\}|(?:(?:(?!\{\{)[^\n])*\n)+?(?:(?!\{\{).)*?[>%]\}\}|.*$)"
    r"|\{%.*?(?:%\}|$)"
    r"|\{\{-?(?:[ \t]+\.?[A-Za-z_]|\.[A-Za-z])[^{}\n]*\}\}"
    r"|\{\{-?[A-Za-z_]\w*(?:\.\w+)+(?:[ \t]*\|[^{}\n]*)?[ \t]*-?\}\}"
    r"|\{\{-?[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*')[ \t]*\|[ \t]*[A-Za-z_][^{}\n]*\}\}"
    r"|\{\{(?=-|[^{}\n]*-\}\})-?[ \t]*(?:[A-Za-z_.$\"]|/\*)[^{}\n]*\}\})",
    re.MULTILINE,
)
"""A Hugo shortcode (`{{< x >}}`, `{{% x %}}`), to its close on a later line of the run when
one comes before the next `{{` (`{{< figure src="a.png"` / `caption="…" >}}`), or a Liquid
tag (`{% x %}`), up to its line's end when it is not closed, or an output tag
(`{{ site.title }}`, `{{ .Title }}`, and Jekyll's usual `{{page.title}}`: a dotted name
needs no space, a bare `{{word}}` is prose's; a string through a filter, Jekyll's way to an
asset, `{{ "/img/a.png" | relative_url }}`), each also with the `-` that trims the whitespace
beside it (`{{- page.title -}}`, `{{-page.title-}}`).
A trim `-` makes any tag of a word, a `$variable`, a string or a `/* comment */` one however
spaced (`{{-x-}}`, `{{x -}}`, `{{- /* c */ -}}`); numbers stay prose (`{{-1, 2}}`, `{{- 3 -}}`)."""


_LINE_BREAK = pattern(r"[ \t]*\n[ \t]*")
"""A line break in a shortcode wrapped onto later lines, with the blanks around it."""

_GITBOOK = pattern(
    r"\{%-?[ \t]*(end)?(hint|tabs|tab|embed|content-ref|stepper|step|columns|column|swagger)\b"
    r"(?:[^%\n]*?\bstyle=[\"']?(info|success|warning|danger))?"
)
"""A GitBook block's tag (its closing tag too), and a hint's style."""

_CALLOUT_OF_STYLE = {"info": "NOTE", "success": "TIP", "warning": "WARNING", "danger": "CAUTION"}
"""The callout kind a GitBook hint's style reads as."""


def shortcodes(written: str, references: Mapping[str, object]) -> Iterator[Found]:
    """Find each template tag of a run, in order (a finder of `leftovers.py`)."""
    if "{%" in written or "{{" in written:
        for match in _TAG.finditer(written):
            yield match.start(), match[0], shortcode_warning


def shortcode_texts(text: str) -> list[str]:
    """Return the template tags of a one-off text, outside its code spans."""
    written = without_code_spans(text) if "`" in text else text
    return [shown for _, shown, _ in shortcodes(written, {})]


def shortcode_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Return the warning for a template tag shown as text."""
    if (gitbook := _GITBOOK.match(shown)) is not None:
        return _gitbook_warning(pos, shown, gitbook)
    lines = shown.count("\n") + 1
    written = f"`{wrapped_excerpt(_LINE_BREAK.sub(chr(10), shown), 40)}`"
    if lines > 1:  # the lines after its first, to its `>}}`, are the shortcode's too
        written += f", on {lines} lines to its `{shown[-3:]}`,"
    return warning(
        pos,
        f"Hugo/Jekyll shortcodes are not supported; {written} is shown as text",
        hint="write Markdown instead: a link, an image, a table or a `> [!NOTE]` callout",
    )


def _gitbook_warning(pos: SourcePos, shown: str, tag: re.Match[str]) -> Diagnostic:
    """Return the warning for a GitBook block's tag shown as text, hinting the callout a hint
    is (`{% hint style="danger" %}`: `> [!CAUTION]`)."""
    closing, name, style = tag.groups()
    if name == "embed":
        hint = "write a link to what it embeds instead: `[what it is](its address)`"
    elif name != "hint":
        hint = "write Markdown instead: a link, an image, a table or a `> [!NOTE]` callout"
    elif closing:
        hint = "delete it: a callout ends where its `> ` lines end"
    else:
        kind = _CALLOUT_OF_STYLE[style] if style else "NOTE"
        hint = f"write a callout: `> [!{kind}]` on this line, and `> ` before each line of its text"
    return warning(
        pos, f"GitBook blocks are not supported; `{excerpt(shown, 40)}` is shown as text", hint=hint
    )
