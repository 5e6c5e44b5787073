"""A Quarto cell's options (`#| echo: false` inside a ```` ```{r} ```` fence) are not read:
the cell is shown as its code, so a warning at the first option's line."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.model import CodeBlock

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\nLede.\n\n"
FENCE_LINE = FRONT.count("\n") + 1


@pytest.mark.parametrize(
    ("code", "line", "column", "option", "fence"),
    [
        ("```{r}\n#| echo: false\nplot(x)\n```", 1, 1, "#| echo: false", "```r"),
        ("```{python}\n#| label: fig-map\nprint(1)\n```", 1, 1, "#| label: fig-map", "```python"),
        (
            "- Chart:\n\n  ```{ojs}\n  //| echo: false\n  Plot.dot(d)\n  ```",
            3,
            3,
            "//| echo: false",
            "```ojs",
        ),
        ("> ~~~{r}\n>\n> #| fig-cap: Rain\n> plot(x)\n> ~~~", 2, 3, "#| fig-cap: Rain", "~~~r"),
    ],
    ids=["r", "python", "list-item", "quote"],
)
def test_a_quarto_cells_option_is_warned_at_its_line(
    code: str, line: int, column: int, option: str, fence: str
) -> None:
    """`#| echo: false` was shown as a line of code, and the code it hides with it, silently,
    where R Markdown's `{r echo=FALSE}` was warned of."""
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + code + "\n")
    assert briefing is not None
    assert [(d.pos.line - FENCE_LINE, d.pos.column, d.message) for d in diagnostics] == [
        (
            line,
            column,
            f"Quarto cell option `{option}` is not read: the cell is not run, and its code is "
            "shown, this line too",
        )
    ]
    assert f"open the fence ```` {fence} ````" in str(diagnostics[0].hint)


@pytest.mark.parametrize(
    "code",
    [
        "```{r}\nplot(x)  #| not an option\n```",
        "```python\n#| a comment, no cell\n```",
        "```{.python}\nx = 1\n```",
        "```{r}\n# a comment\nplot(x)\n```",
    ],
)
def test_a_fence_with_no_cell_option_first_gets_no_such_warning(code: str) -> None:
    briefing, diagnostics = parse_briefing("content/a.md", FRONT + code + "\n")
    assert briefing is not None
    assert any(isinstance(block, CodeBlock) for block in briefing.lede)
    assert diagnostics == []
