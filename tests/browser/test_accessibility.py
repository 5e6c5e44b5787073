"""Run axe-core on every page at 1280 and 375 px in the light scheme; check 375 px overflow."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TypedDict, cast

import pytest

from .harness import ARTIFACTS, DESKTOP, MOBILE, Scheme, browsing

if TYPE_CHECKING:
    from playwright.sync_api import Page

    from .harness import ServedSite, Tab

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# axe.run's default rule set plus every rule carrying one of the WCAG 2.2 AA / best-practice tags,
# including those axe leaves off by default. Nodes are flattened to strings for the report.
RUN_AXE = """
async (tags) => {
  const rules = Object.fromEntries(axe.getRules(tags).map((r) => [r.ruleId, {enabled: true}]));
  const result = await axe.run(document, {resultTypes: ['violations'], rules});
  const slim = (items) => items.map((v) => ({
    id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({target: n.target.join(' '), html: n.html,
                                summary: n.failureSummary || ''})),
  }));
  return {violations: slim(result.violations), incomplete: slim(result.incomplete)};
}
"""

# Elements sticking out past the right edge, outermost first, to say what overflows.
FIND_OVERFLOW = """
() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.body.querySelectorAll('*')].filter(
    (el) => el.getBoundingClientRect().right > width + 0.5);
  const outermost = wide.filter((el) => !wide.includes(el.parentElement));
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
          culprits: outermost.slice(0, 5).map((el) => el.outerHTML.slice(0, 160))};
}
"""


class AxeNode(TypedDict):
    """One element that fails an axe rule."""

    target: str
    html: str
    summary: str


class AxeResult(TypedDict):
    """One axe rule with the elements that failed (or could not be decided) on a page."""

    id: str
    impact: str
    help: str
    helpUrl: str
    nodes: list[AxeNode]


class AxeReport(TypedDict):
    """The violations and the needs-review results of one axe run."""

    violations: list[AxeResult]
    incomplete: list[AxeResult]


def describe(page: str, result: AxeResult) -> str:
    """Return a readable multi-line account of one axe violation on one page."""
    lines = [f"{page}: {result['id']} ({result['impact']}): {result['help']} <{result['helpUrl']}>"]
    for node in result["nodes"][:8]:
        lines.append(f"    at {node['target']}: {node['html'][:160]}")
        lines.extend(f"      {line}" for line in node["summary"].splitlines() if line.strip())
    if len(result["nodes"]) > 8:
        lines.append(f"    ... and {len(result['nodes']) - 8} more elements")
    return "\n".join(lines)


@pytest.mark.parametrize("width", [DESKTOP, MOBILE])
def test_axe_finds_no_violations_on_any_page(
    axe_source: str, tab: Tab, built_site: ServedSite, width: int
) -> None:
    """Every page passes axe-core in the light scheme (test_accessibility_dark.py: the dark
    one, in a file of its own so the two run on different workers)."""
    check_every_page(axe_source, tab, built_site, width, "light")


def check_every_page(
    axe_source: str, tab: Tab, built_site: ServedSite, width: int, scheme: Scheme
) -> None:
    """Fail unless every page passes axe-core's WCAG 2.2 AA and best-practice rules."""
    problems: list[str] = []
    reports: dict[str, AxeReport] = {}
    with browsing(tab, width=width, scheme=scheme, init_script=axe_source) as visitor:
        for name in built_site.pages:
            page, _ = visitor.visit(built_site.url(name))
            report = cast("AxeReport", page.evaluate(RUN_AXE, WCAG_TAGS))
            reports[name] = report
            problems.extend(describe(name, result) for result in report["violations"])
    ARTIFACTS.mkdir(exist_ok=True)
    artifact = ARTIFACTS / f"axe-{width}-{scheme}.json"
    artifact.write_text(json.dumps(reports, indent=2), encoding="utf-8")
    if problems:
        pytest.fail(f"axe at {width}px, {scheme} (JSON: {artifact}):\n" + "\n".join(problems))


def test_no_page_overflows_horizontally_at_375px(tab: Tab, built_site: ServedSite) -> None:
    """No page is wider than a 375 px phone screen (wide tables scroll inside their own box)."""
    problems: list[str] = []
    with browsing(tab, width=MOBILE) as visitor:
        found_on = {
            name: cast(
                "dict[str, object]", visitor.visit(built_site.url(name))[0].evaluate(FIND_OVERFLOW)
            )
            for name in built_site.pages
        }
    for name, found in found_on.items():
        if cast("int", found["scrollWidth"]) > cast("int", found["innerWidth"]):
            culprits = "\n    ".join(cast("list[str]", found["culprits"]))
            problems.append(
                f"{name}: scrollWidth {found['scrollWidth']} > innerWidth {found['innerWidth']}"
                f"; widest elements:\n    {culprits}"
            )
    if problems:
        pytest.fail("horizontal overflow at 375px:\n" + "\n".join(problems))


# Records every element that takes focus, with whether it shows a focus indicator (a visible
# outline or a box-shadow ring), and a null when focus leaves the page's elements; run in each
# page before its content, so a walk of Tab presses needs no round trip per press.
RECORD_FOCUS = """
window.__focusSteps = [];
document.addEventListener('focusin', (event) => {
  const el = event.target;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const ring = style.boxShadow !== 'none';
  window.__focusSteps.push({tag: el.tagName.toLowerCase(),
    text: (el.textContent || '').trim().slice(0, 40), href: el.getAttribute('href') || '',
    visible: outline || ring});
});
document.addEventListener('focusout', (event) => {
  if (event.relatedTarget === null) window.__focusSteps.push(null);
});
"""
MAX_TAB_STOPS = 60
TABS_PER_LOOK = 10


def tab_stops(page: Page) -> list[dict[str, object]]:
    """Press Tab until focus leaves the page (or MAX_TAB_STOPS); return each element focused."""
    for _ in range(0, MAX_TAB_STOPS, TABS_PER_LOOK):
        for _ in range(TABS_PER_LOOK):
            page.keyboard.press("Tab")
        steps = cast("list[dict[str, object] | None]", page.evaluate("window.__focusSteps"))
        if None in steps:
            return cast("list[dict[str, object]]", steps[: steps.index(None)])
    return [step for step in steps if step is not None][:MAX_TAB_STOPS]


def test_keyboard_focus_starts_at_skip_link_and_stays_visible(
    tab: Tab, built_site: ServedSite
) -> None:
    """Tab reaches a skip link first, and every focused element shows a focus indicator."""
    # Light scheme only: themes change the ring's colour per scheme, rarely whether it exists.
    # The ring's contrast is not measured here.
    problems: list[str] = []
    with browsing(tab, init_script=RECORD_FOCUS) as visitor:
        for name in built_site.pages:
            page, _ = visitor.visit(built_site.url(name))
            stops = tab_stops(page)
            if not stops:
                problems.append(f"{name}: Tab reaches nothing")
            elif not str(stops[0]["href"]).startswith("#"):
                problems.append(f"{name}: first Tab stop is not a skip link: {stops[0]}")
            problems += [
                f"{name}: no visible focus on {stop}" for stop in stops if not stop["visible"]
            ]
    if problems:
        pytest.fail("keyboard focus:\n" + "\n".join(problems))
