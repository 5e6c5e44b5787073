"""What serve mode adds to a page: the reload script, a CSP that allows it, the error overlay.

Kept apart from the server so the rewriting is plain string functions, tested without
sockets, and so it is obvious that none of it runs in `briefgen build`.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from briefgen.diagnostics import format_diagnostic, sorted_diagnostics
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.diagnostics import Diagnostic

TOOLS_PREFIX = "_briefgen/"
"""Where serve mode's own files live, under the base path."""

RELOAD_SCRIPT = b"""\
// briefgen serve: reload this page when the site is rebuilt. Never part of a built site.
(() => {
  const script = document.currentScript;
  const shown = script.dataset.epoch;
  const events = new EventSource(new URL("events", script.src));
  events.addEventListener("epoch", (event) => {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
})();
"""

OVERLAY_CSS = b"""\
#briefgen-overlay { position: fixed; inset: 0 0 auto 0; z-index: 2147483647; max-height: 60vh;
  overflow: auto; margin: 0; padding: 1rem 1.5rem; background: #fff4f4; color: #5c0000;
  border-bottom: 4px solid #b00020; font: 15px/1.5 system-ui, sans-serif; }
#briefgen-overlay pre { white-space: pre-wrap; font: 14px/1.5 ui-monospace, monospace; }
#briefgen-overlay .briefgen-overlay-title { font-weight: bold; margin: 0 0 .5rem; }
"""

NO_BUILD_YET = (
    "<!doctype html><html lang=en><head><meta charset=utf-8>"
    "<title>No build yet</title></head><body><main><h1>No successful build yet</h1>"
    "<p>The site is being built, or its build failed: then fix the problems shown and save. "
    "This page reloads by itself.</p></main></body></html>"
)

_META = pattern(r"<meta\b[^>]*>", re.IGNORECASE)
_CSP_EQUIV = pattern(
    r"""\bhttp-equiv\s*=\s*(["']?)content-security-policy\1(?=[\s/>])""", re.IGNORECASE
)
_CONTENT = pattern(r"""(\bcontent\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_COMMENT = r"<!--(?:-?>|.*?(?:-->|\Z))"
"""An HTML comment (`<!-->` is a whole one; one never closed runs to the end): a tag written
inside one is no tag."""
_HEAD_END = pattern(rf"{_COMMENT}|(</head\s*>)", re.IGNORECASE | re.DOTALL)
_BODY_START = pattern(rf"{_COMMENT}|(<body\b[^>]*>)", re.IGNORECASE | re.DOTALL)
_SKIPPED = r"(?:\s|<!--.*?-->)*"
_PROLOG = pattern(
    rf"\A\ufeff?{_SKIPPED}(?:<!doctype\b[^>]*>)?{_SKIPPED}"
    rf"(?:<html(?=[\s/>])[^>]*>)?{_SKIPPED}(?:<head(?=[\s/>])[^>]*>)?",
    re.IGNORECASE | re.DOTALL,
)
"""What may precede the reload script in a page without `</head>` (an optional tag): any
start tag before the doctype would put the page in quirks mode, in the preview only."""


def add_dev_tools(page: str, *, base_path: str, epoch: int, problems: Sequence[Diagnostic]) -> str:
    """Return the page with the reload script, a CSP that allows it, and any error overlay."""
    shows_a_build = page != NO_BUILD_YET
    tools = f'<script src="{base_path}{TOOLS_PREFIX}reload.js" data-epoch="{epoch}" defer></script>'
    if problems:
        tools += f'<link rel="stylesheet" href="{base_path}{TOOLS_PREFIX}overlay.css">'
    page = _META.sub(_widen_csp_meta, page)
    head_end = _tag(_HEAD_END, page)
    at = head_end.start(1) if head_end else _end_of_prolog(page)
    page = page[:at] + tools + page[at:]
    if problems:
        body_start = _tag(_BODY_START, page)
        # Without `<body>` (an optional tag) at the end: the parser puts it in the body, and
        # nothing before it is parsed otherwise; fixed in place, it shows all the same.
        at = body_start.end(1) if body_start else len(page)
        page = page[:at] + render_overlay(problems, shows_a_build=shows_a_build) + page[at:]
    return page


def _tag(pattern: re.Pattern[str], page: str) -> re.Match[str] | None:
    """Return the first match of `pattern`'s tag (its group 1) outside comments, or None."""
    return next((found for found in pattern.finditer(page) if found[1]), None)


def _end_of_prolog(page: str) -> int:
    """Return where the head's content starts: after the doctype, `<html>` and `<head>`."""
    prolog = _PROLOG.match(page)
    return prolog.end() if prolog else 0


def allow_reload_in_csp(policy: str) -> str:
    """Return the policy with `'self'` added to script-src and connect-src."""
    directives: dict[str, list[str]] = {}
    for directive in policy.split(";"):
        if not directive.strip():
            continue  # a trailing `;` or `;;` is valid CSP
        name, *sources = directive.split()
        directives.setdefault(name.lower(), sources)  # the first one wins, as in browsers
    for name in ("script-src", "connect-src"):
        sources = [s for s in directives.get(name, []) if s != "'none'"]
        directives[name] = sources if "'self'" in sources else [*sources, "'self'"]
    widened = "; ".join(" ".join([name, *srcs]) for name, srcs in directives.items())
    return html.escape(widened, quote=False).replace('"', "&quot;")


def _widen_csp_meta(meta: re.Match[str]) -> str:
    """Return a CSP `<meta>` tag with reload allowed, whatever its attribute order or quotes."""
    tag = meta.group()
    if not _CSP_EQUIV.search(tag):
        return tag
    return _CONTENT.sub(
        lambda m: f'{m[1]}"{allow_reload_in_csp(html.unescape(m[2] or m[3] or ""))}"', tag, 1
    )


def render_overlay(problems: Sequence[Diagnostic], *, shows_a_build: bool = True) -> str:
    """Return the overlay listing the problems of the failed build, escaped; over a page of
    the last good build, or (not `shows_a_build`) over the page saying there is none yet."""
    lines = "\n".join(format_diagnostic(d) for d in sorted_diagnostics(problems))
    shown = "This is the last good version" if shows_a_build else "Nothing has built yet"
    return (
        '<div id="briefgen-overlay" role="alert">'
        '<p class="briefgen-overlay-title">briefgen: the last change did not build. '
        f"{shown}; fix these problems and save.</p>"
        f"<pre>{html.escape(lines)}</pre></div>"
    )
