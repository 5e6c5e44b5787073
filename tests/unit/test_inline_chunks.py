"""knitr's inline R code (`` `r nrow(df)` ``), which R Markdown and Quarto run and replace by
its value: briefgen runs no code, so it is shown as code, with a warning at it."""

from __future__ import annotations

import pytest

from tests.unit.briefing_problems import problems

HINT = "  hint: write its value, as knitr would print it, in its place: briefgen runs no code"


@pytest.mark.parametrize(
    ("body", "at", "shown"),
    [
        (
            'Rates fell on `r format(Sys.Date(), "%d %B")`.\n',
            "6:15",
            'r format(Sys.Date(), "%d %B")',
        ),
        ("We surveyed `r nrow(df)` firms.\n", "6:13", "r nrow(df)"),
        ("We surveyed `{r} nrow(df)` firms.\n", "6:13", "{r} nrow(df)"),
        ("We surveyed `` r nrow(df) `` firms.\n", "6:13", "r nrow(df)"),
        ("- Median: `r round(med, 1)` %\n", "6:11", "r round(med, 1)"),
        ("| Firms | `r n` |\n|---|---|\n| a | b |\n", "6:11", "r n"),
        ("## Results for `r params$country`\n", "6:16", "r params$country"),
    ],
)
def test_inline_r_code_is_warned_at_its_backtick(body: str, at: str, shown: str) -> None:
    """The expression was shown in a code box where its value was meant, silently."""
    assert problems(body) == [
        f"content/a.md:{at}: warning: R Markdown's inline code `{shown}` is not run; it is "
        f"shown as code\n{HINT}"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The correlation `r = 0.82` is strong.\n",
        "Run `r -v` to see the version.\n",
        "The variable `r` holds the rate.\n",
        "Run `R script.R` from the shell.\n",
        "Escaped \\`r nrow(df)\\` is text.\n",
        "```\n`r nrow(df)`\n```\n",
        "Code `x` then r nrow(df) outside it.\n",
    ],
)
def test_other_code_is_not_warned_as_inline_r(body: str) -> None:
    assert not [p for p in problems(body) if "R Markdown" in p]
