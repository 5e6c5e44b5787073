"""Lines of a compact table (`Country | Arrivals` / `Mexico | 12`) told from prose and maths
with a `|` (`compactrows.py`)."""

from __future__ import annotations

import pytest

from briefgen.content.compactrows import compact_rows
from tests.conftest import least_cpu_seconds_beside
from tests.unit.briefing_problems import problems


@pytest.mark.parametrize(
    ("lines", "first"),
    [
        (["Country | Arrivals", "Mexico | 12", "Ecuador | 8"], 0),
        (["Small | $5", "Large | $8", "Huge | $12"], 0),
        (["The value $|x|$ is one | and", "$P(A|B)$ the next | or"], None),
        (["Odds $a.$|b$ | c", "Odds $a.$|b$ | c", "Odds $a.$|b$ | c"], 0),
        # A header in a script without case: silent before (review45).
        (["地区 | 人数", "北京 | 12"], 0),
        (["المنطقة | العدد", "القاهرة | 12"], 0),
    ],
)
def test_maths_with_a_pipe_is_one_cell(lines: list[str], first: int | None) -> None:
    assert compact_rows(lines) == first


def test_lines_of_pipes_after_an_unclosed_dollar_are_read_in_linear_time() -> None:
    """review45: the maths pattern tried each `|` after a `$` no `$` closes: eight times the
    pipes took some sixty times as long (three lines of 8,000 took 9 s to check)."""
    small, large = ((f"$x{'a|' * count} y",) * 3 for count in (1_000, 8_000))
    assert compact_rows(small) is None  # each cell ends in a joining word, `a`

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large_time, small_time = least_cpu_seconds_beside(
        lambda: compact_rows(large), lambda: compact_rows(small), bound=lambda small: 20 * small
    )
    assert large_time / small_time < 20, f"{small_time:.3f} s, then {large_time:.3f} s"


@pytest.mark.parametrize(
    "lines",
    [
        ["Country | Trend", "Mexico | Rose sharply.", "Peru | Fell.", "Chile | Flat."],
        [
            "Country | Arrivals | Note",
            "Mexico | 12 | Provisional figure from the ministry of the interior",
            "Peru | 8 | Final",
        ],
    ],
)
def test_three_rows_with_a_notes_column_are_a_compact_table(lines: list[str]) -> None:
    """review45: a compact table whose last column held a sentence (`Rose sharply.`) or a
    long note ran into one line with no warning, as prose cut by a `|` does; before the
    round's two-row check, any three lines of as many cells were warned."""
    assert compact_rows(lines) == 0


@pytest.mark.parametrize(
    "lines",
    [
        ["Labour | Conservative", "Both parties | disagreed on it.", "Voters | were unsure."],
        ["Voters chose A | B in May.", "Then C | D, in June,", "And E | F in July"],
        ["The ministry published its figures on Monday | Parliament", "Debated | It.", "A | B."],
    ],
)
def test_three_lines_of_prose_cut_by_a_pipe_are_still_no_table(lines: list[str]) -> None:
    assert compact_rows(lines) is None


@pytest.mark.parametrize(
    "body",
    [
        "Source: ONS | Labour Force Survey\nUpdated: 3 March 2026 | Next: June\n",
        "Country: Mexico | Arrivals: 12\nCountry: Peru | Arrivals: 3\nCountry: Chile | Arrivals: 5",
    ],
)
def test_label_lines_parted_by_pipes_get_the_label_warning_alone(body: str) -> None:
    """review45: `Source: … | …` / `Updated: … | …` got the compact table's warning beside
    the label lines' one, for one problem: lines run together. The label one is right."""
    found = problems(f"Text.\n\n{body}")
    assert found
    assert all("runs on from the line above" in problem for problem in found), found


def test_a_compact_table_after_a_line_of_prose_is_still_warned() -> None:
    """Only a paragraph whose every line starts with a label is label lines."""
    found = problems("Some intro line\nSource: ONS | LFS\nUpdated: 3 March | quarterly\n")
    assert [p.split("\n")[0] for p in found] == [
        "content/a.md:7:1: warning: a table needs a `|---|` row under its header: shown as text"
    ]


@pytest.mark.parametrize(
    ("body", "at"),
    [
        ("- Arrivals:\n\n  Country | Arrivals\n  Mexico | 12\n  Peru | 8\n", "8:3"),
        ("> Country | Arrivals\n> Mexico | 12\n> Peru | 8\n", "6:3"),
        ("Country | Arrivals\nMexico | 12\nPeru | 8\n", "6:1"),
    ],
)
def test_a_compact_table_is_warned_at_its_first_row_s_column(body: str, at: str) -> None:
    """review45: in a list item it was warned at column 1, the item's indent."""
    assert [p.split(": warning")[0] for p in problems(body)] == [f"content/a.md:{at}"]


@pytest.mark.parametrize(
    "lines",
    [
        ["投票结果 | 党内分裂。", "改革派 | 离开了党。", "保守派 | 留在党内。"],
        ["地区 | 人数", "北京 | 人数上升了！"],
        ["人们问 | 为什么？", "政府说 | 不知道？", "议会问 | 何时？"],
        ["اليمين | هل يوافق؟", "اليسار | لا يوافق؟", "الوسط | ربما؟"],
        ["सरकार | बजट पेश किया।", "विपक्ष | विरोध किया।", "जनता | चुप रही।"],
        ["地区 | 人数", "北京，上海 | 天津、"],
        ["المنطقة | العدد", "القاهرة | الجيزة،"],
    ],
    ids=[
        "ideographic-stop",
        "exclamation",
        "question",
        "arabic-question",
        "danda",
        "comma",
        "arabic-comma",
    ],
)
def test_a_scripts_own_sentence_end_or_comma_ends_a_cell_as_prose(lines: list[str]) -> None:
    """leftovers46: `。` (and `！`, `？`, `؟`, `।`) ended no sentence for the rule, nor `，`,
    `、` or `،` a clause, so prose in Chinese, Arabic or Hindi cut by a `|` was warned as a
    table with no `|---|` row, as English prose ending in `.` or `,` is not."""
    assert compact_rows(lines) is None


def test_a_compact_table_in_a_script_without_case_is_still_one() -> None:
    assert compact_rows(["地区 | 人数", "北京 | 12", "上海 | 8"]) == 0
    assert compact_rows(["المنطقة | العدد", "القاهرة | 12"]) == 0
