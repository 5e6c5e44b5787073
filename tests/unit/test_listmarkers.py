"""Word's and PDFs' list lines in a Markdown body: run into one paragraph, so each is warned."""

from __future__ import annotations

import pytest

from briefgen.content.listmarkers import pasted_list_lines
from briefgen.content.parse import parse_briefing
from tests.conftest import least_cpu_seconds_beside, uncapped
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1
NBSP = "\u00a0"
EN_DASH = "\u2013"


def _warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]


def _bullet(glyph: str, *, first: bool = False) -> str:
    outcome = "the lines below run on from it" if first else "it runs on from the line above"
    return f"line starts with `{glyph}`, which is not read as a bullet; {outcome}, in one paragraph"


_DASH_AGAINST = (
    f"line starts with `{EN_DASH}` against its text, which is not read as a bullet; shown as text"
)


def _number(marker: str, *, first: bool = False) -> str:
    outcome = "the lines below run on from it" if first else "it runs on from the line above"
    number = f"line starts with `{marker}`, not read as a list item's number"
    return f"{number}; {outcome}, in one paragraph"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Key messages:\n•\tWater is a security issue.\n•\tUK funding is on track.\n",
            [(1, 1, _bullet("•")), (2, 1, _bullet("•"))],
        ),
        (
            "• Water is a security issue.\n• UK funding is on track.\n",
            [(0, 1, _bullet("•", first=True)), (1, 1, _bullet("•"))],
        ),
        ("Points:\n◦ one\n◦ two\n", [(1, 1, _bullet("◦")), (2, 1, _bullet("◦"))]),
        ("Points:\n▪\tone\n▪\ttwo\n", [(1, 1, _bullet("▪")), (2, 1, _bullet("▪"))]),
        (
            f"Lines to take:\n{EN_DASH}{NBSP}“We stand with the Sahel.”\n"
            f"{EN_DASH}{NBSP}“Water matters.”\n",
            [(1, 1, _bullet(EN_DASH)), (2, 1, _bullet(EN_DASH))],
        ),
        (  # the tab after each dash lost: bullets against their labels, not dialogue
            f"Measures:\n{EN_DASH}Cooling: centres open.\n{EN_DASH}Alerts: at 40 degrees.\n",
            [(1, 1, _bullet(EN_DASH)), (2, 1, _bullet(EN_DASH))],
        ),
        (  # alone too, and kept apart, where it runs on from no line
            f"{EN_DASH}Cooling: centres open.\n\nText.\\\n{EN_DASH}Alerts: at 40 degrees.\n",
            [(0, 1, _DASH_AGAINST), (3, 1, _DASH_AGAINST)],
        ),
        (
            "The committee recommends that:\n(a) the Department publish guidance;\n"
            "(b) it review the guidance annually.\n",
            [(1, 1, _number("(a)")), (2, 1, _number("(b)"))],
        ),
        ("Options:\ni. first;\nii. second.\n", [(1, 1, _number("i.")), (2, 1, _number("ii."))]),
        (
            "The report:\n3.1. Funding was cut.\n3.2. Staff left.\n",
            [(1, 1, _number("3.1.")), (2, 1, _number("3.2."))],
        ),
        (
            "1. Funding\n1.1 Councils get more.\n1.2 Settlements last three years.\n",
            [(1, 1, _number("1.1")), (2, 1, _number("1.2"))],
        ),
        # A wrapped item's line between them; a quote's and a list item's lines.
        (
            "Asks:\n(a) that the Department\npublish guidance;\n(b) that it review it.\n",
            [(1, 1, _number("(a)")), (3, 1, _number("(b)"))],
        ),
        (
            "> •\tquoted one\n> •\tquoted two\n",
            [(0, 3, _bullet("•", first=True)), (1, 3, _bullet("•"))],
        ),
        ("- item\n  •\tsub one\n  •\tsub two\n", [(1, 3, _bullet("•")), (2, 3, _bullet("•"))]),
        # Markers that count on, past one that does not; a dash opening a sentence's item.
        (
            "Outline:\n(a) one\n(i) sub one\n(ii) sub two\n(b) two\n",
            [
                (1, 1, _number("(a)")),
                (2, 1, _number("(i)")),
                (3, 1, _number("(ii)")),
                (4, 1, _number("(b)")),
            ],
        ),
        (
            f"It was agreed.\n{EN_DASH} Councils said so.\n{EN_DASH} Developers agreed.\n",
            [(1, 1, _bullet(EN_DASH)), (2, 1, _bullet(EN_DASH))],
        ),
        # A list going on from 3: only a `1.` starts a list under a paragraph's line.
        (
            "Recommendations 1 and 2 were covered above. We also recommend:\n"
            "3. Publish a strategy within six months.\n4. Fund councils on a multi-year basis.\n",
            [(1, 1, _number("3.")), (2, 1, _number("4."))],
        ),
        ("Then:\n3) Publish.\n4) Fund.\n", [(1, 1, _number("3)")), (2, 1, _number("4)"))]),
        (
            "> [!NOTE]\n> 5. Quote five\n> 6. Quote six\n",
            [(1, 3, _number("5.")), (2, 3, _number("6."))],
        ),
        # A statute's subsections cite one above: `subsection (1)` is no reason to be quiet.
        (
            "> (1) A person commits an offence if they supply a prohibited AI system.\n"
            "> (2) A person guilty of an offence under subsection (1) is liable to a fine.\n"
            "> (3) This section extends to England and Wales.\n",
            [
                (0, 3, _number("(1)", first=True)),
                (1, 3, _number("(2)")),
                (2, 3, _number("(3)")),
            ],
        ),
        # An inserted subsection counts on from its number, and the next number from it.
        (
            "(1) A person commits an offence.\n(1A) Subsection (1) does not apply to a child.\n"
            "(2) A person guilty of it is liable.\n",
            [(0, 1, _number("(1)", first=True)), (1, 1, _number("(1A)")), (2, 1, _number("(2)"))],
        ),
        (
            "Section 2:\n(1) One.\n(1A) Inserted.\n(1B) Inserted too.\n",
            [(1, 1, _number("(1)")), (2, 1, _number("(1A)")), (3, 1, _number("(1B)"))],
        ),
        # A statute's clauses under a lead-in that ends `, and` (h81): a clause's `; or` above
        # the next marker, or the lead-in's `, and` above the first, is a list's, not prose's.
        (
            "Sharing may be refused where trade secrets are concerned, and\n"
            "(a) the parties fail to agree on protective measures; or\n"
            "(b) the user fails to implement the agreed measures.\n",
            [(1, 1, _number("(a)")), (2, 1, _number("(b)"))],
        ),
        (
            "The holder may refuse where trade secrets are concerned, or\n"
            "(i) the parties fail to agree on\nprotective measures; and\n"
            "(ii) the user fails to implement them.\n",
            [(1, 1, _number("(i)")), (3, 1, _number("(ii)"))],
        ),
        (
            "1. Where trade secrets are concerned, and\n"
            "   (a) the parties fail to agree on protective measures; or\n"
            "   (b) the user fails to implement the agreed measures, and\n"
            "      (i) the holder has shown serious harm; and\n"
            "      (ii) the harm is likely.\n",
            [
                (1, 4, _number("(a)")),
                (2, 4, _number("(b)")),
                (3, 7, _number("(i)")),
                (4, 7, _number("(ii)")),
            ],
        ),
    ],
)
def test_a_pasted_list_line_run_into_a_paragraph_is_warned_at_its_column(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("●", "●"),
        ("—", "—"),
        ("✓", "✓"),
        ("→", "→"),
        ("a)", "b)"),
        ("(iv)", "(v)"),
        ("1.2", "1.3"),
    ],
)
def test_each_marker_import_reads_is_warned_in_a_run_of_two(first: str, second: str) -> None:
    found = _warnings(f"Intro:\n{first} Scope of it\n{second} Terms of it\n")
    assert [(line, column, message.split("`")[1]) for line, column, message in found] == [
        (1, 1, first),
        (2, 1, second),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # One such line alone in its paragraph is more likely prose.
        "The Act, as set out in section 4(2)\n(a) of the Regulations, applies.\n",
        "Costs\n• are shown below.\n",
        "•\tWater is a security issue.\n\n•\tUK funding is on track.\n",  # apart already
        "Mixed:\n(a) one\nb) two\n",  # two styles: no list
        "The rate rose by\n2.5 per cent in 2024 and\n3.1 per cent in 2025.\n",
        "See `(a) x`\n`(b) y` in code.\n",
        "Joined with a break:\\\n• one\\\n• two\n",
        "Joined with breaks:  \n• one  \n• two\n",
        "Signs:\n© 2026 Acme\n© 2025 Acme\n",
        "- Markdown's own\n- bullets\n",
        # Hard-wrapped prose: decimals and times, abbreviations before a number, references
        # that do not count on or that the paragraph also names inside a line, asides.
        "The programme installed 2.5 GW of onshore wind against a target of\n"
        "4.0 GW. Offshore, 3.5 GW was consented but only\n0.8 GW connected.\n",
        "Die Anhörung beginnt um\n10.30 Uhr im Saal 3. Nach der Mittagspause um\n"
        "13.00 Uhr folgen die Sachverständigen.\n",
        "Report\n1.1 GW was built\n1.2 GW more\n",
        "The leading authorities are Donoghue v. Stevenson [1932] AC 562,\n"
        "p. 580, and Caparo Industries plc v. Dickman [1990] 2 AC 605,\np. 617.\n",
        "The charge was brought under s. 18 of the 1861 Act, with\ns. 20 as the alternative.\n",
        "Under regulation 3.1, an applicant must show\n(a) that the land is vacant, (b) that no\n"
        "planning permission is in force, and (c) that\nthe owner has been notified. Paragraph"
        " (i) of\nthe schedule then applies, and sub-paragraph\n(ii) sets out the fee.\n",
        "The court distinguished three situations:\n(a) where the claimant knew of the defect;\n"
        "(b) where the claimant ought to have known;\nand (c) where neither applies.\n",
        "The Convention requires States Parties to\n(a) criminalise trafficking, (b) protect\n"
        "victims and (c) cooperate across borders.\n",
        "households that are (i) in temporary accommodation and\n"
        "(ii) in overcrowded private rentals. Excluding group\n(ii) gives 3.3 million.\n",
        "The board identified risks in (i)\nliquidity, (ii) counterparty exposure and\n"
        "(iii) operational resilience. Risks (i) and\n(iii) were rated high.\n",
        "Respondents could choose more than one answer:\na) cost, b) quality, c) distance. Most"
        " chose\na) and c).\n",
        "According to paragraph\n3.1. of the guidance, authorities must publish a plan;"
        " paragraph\n3.2. requires annual review.\n",
        "Clause 7.2. of the contract provides for termination; clause\n7.3. limits liability,"
        " and clause\n7.2. was invoked.\n",
        f"It was a disappointment to almost everyone\n{EN_DASH} councils, developers and"
        f" campaigners\nalike. The rate the consultation had suggested\n{EN_DASH} too low, the"
        " LGA said.\n",
        "The figures for\n2023. The next year\n2024. Then it fell.\n",
        # A licence's own enumeration, and a German date, each wrapped onto line starts.
        "binary forms are permitted provided that:\n(1) source distributions retain this\n"
        "entire copyright notice and comment, and\n(2) distributions including binaries\n"
        "display the acknowledgement.\n",
        "Die Sitzungen finden am\n3. März und am\n4. März statt.\n",
        # A number under `, and` that does not start a count is the sentence going on, and one
        # that does starts no list where nothing counts on from it.
        "The licence requires that source distributions, and\n(2) distributions including"
        " binaries, and\n(3) their documentation display it.\n",
        "Sharing may be refused where trade secrets are concerned, and\n"
        "(a) the parties fail to agree on protective measures.\n",
        # Commentary naming subsections before its line starts do (h67: a reference cancels
        # the count unless a line above starts with its number).
        "The Act has two limbs,\n(1) and (2). Limb (1)\ncovers supply. Limb\n(2) covers use.\n",
        "Paragraph (a) of the schedule, and paragraphs (b) and (c), apply. Point\n"
        "(a) is narrow. Point\n(b) is wide. Point\n(c) is residual.\n",
        "Inserted subsections\n(1A) and\n(1B) follow.\n",
    ],
)
def test_prose_and_lines_kept_apart_get_no_warning(body: str) -> None:
    assert [w for w in _warnings(body) if "line starts with" in w[2]] == []


@pytest.mark.parametrize("dash", [EN_DASH, "\u2014"])
def test_a_dash_and_a_tab_a_word_processor_pastes_are_bullets_lower_case_too(dash: str) -> None:
    """Word's dash bullets paste as a dash and a tab: an en dash, a tab and `funding is
    short;` under `said:` ran into one paragraph silently, as a dash before a lower-case word
    may be an aside."""
    body = f"Councils said:\n{dash}\tfunding is short;\n{dash}\tstaff are few.\n"
    assert _warnings(body) == [(1, 1, _bullet(dash)), (2, 1, _bullet(dash))]
    body = f"{dash}\tfunding is short;\n{dash}\tstaff are few.\n"
    assert _warnings(body) == [(0, 1, _bullet(dash, first=True)), (1, 1, _bullet(dash))]


def test_the_hints_name_a_list_and_a_line_break() -> None:
    body = "Key messages:\n•\tWater.\n•\tFunding.\n\nAsks:\n(a) one;\n(b) two.\n"
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert [d.hint for d in diagnostics][::2] == [
        "start the line with `- ` to make it a bullet; "
        "or end the line above with `\\` to keep them apart",
        "a Markdown list numbers its items `1.` or `1)`: start the line so, or `- `; "
        "or end the line above with `\\` to keep them apart",
    ]


def test_a_list_going_on_from_3_is_hinted_a_blank_line() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "We also recommend:\n3. one\n4. two\n")
    assert [d.hint for d in diagnostics] == [
        "leave a blank line above the list: only a list from `1.` may start right under a line; "
        "or end the line above with `\\` to keep them apart"
    ] * 2


def test_numbers_before_a_no_break_space_are_warned_once() -> None:
    found = _warnings(f"Asks:\n1.{NBSP}one\n2.{NBSP}two\n3. three\n4. four\n")
    assert [(line, message.split("`")[1]) for line, _, message in found] == [
        (1, "1."),
        (2, "2."),
        (3, "3."),
        (4, "4."),
    ]


def test_many_lines_are_read_in_linear_time() -> None:
    body = "Items:\n" + "•\titem\n" * 14_000
    found, seconds, bound = cpu_seconds_within(lambda: _warnings(body), 2.5)
    assert len(uncapped(message for *_, message in found)) == 14_000
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_a_paragraph_of_thousands_of_lines_is_read_for_labelled_dashes_in_linear_time() -> None:
    """The pass for a dash against a label copied the rest of the paragraph for each line:
    eight times the lines took some twenty-five times as long (a paragraph of 160,000 short
    lines took 16.6 s in all)."""
    small_text, large_text = ("Item\n" * count + "\u2013Owner: Jane" for count in (5_000, 40_000))

    # In turns, so a busy neighbour's burst slows both sizes alike.
    large, small = least_cpu_seconds_beside(
        lambda: list(pasted_list_lines(large_text)),
        lambda: list(pasted_list_lines(small_text)),
        bound=lambda small: 20 * small,
    )
    assert len(list(pasted_list_lines(large_text))) == 1
    assert large / small < 20, f"{small:.3f} s, then {large:.3f} s"


def _speech(dash: str, *, first: bool = False) -> str:
    outcome = "the lines below run on from it" if first else "it runs on from the line above"
    return f"line starts with `{dash}`, which opens dialogue; {outcome}, in one paragraph"


EM_DASH = "\u2014"


@pytest.mark.parametrize(
    "body",
    [
        # French tags the speaker after a `?` or `!`; Spanish sets the dash against the speech
        # (it ran together silently) or spaces it, with a second dash naming who speaks.
        f"{EM_DASH} Vous voterez le texte ? demanda le journaliste.\n"
        f"{EM_DASH} Non ! r\u00e9pondit la d\u00e9put\u00e9e.\n",
        f"{EM_DASH}\u00bfY qu\u00e9 pasa? {EM_DASH}pregunt\u00f3.\n"
        f"{EM_DASH}Se mantienen {EM_DASH}respondi\u00f3.\n",
        f"{EM_DASH} \u00bfY qu\u00e9 pasa? {EM_DASH} pregunt\u00f3.\n"
        f"{EM_DASH} Se mantienen {EM_DASH} respondi\u00f3.\n",
        f"{EM_DASH} Are you coming? she asked.\n{EM_DASH} No.\n",
    ],
)
def test_lines_of_dialogue_run_together_are_warned_with_a_hint_for_dialogue(body: str) -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    found = [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]
    assert found == [(0, 1, _speech(EM_DASH, first=True)), (1, 1, _speech(EM_DASH))]
    assert [d.hint for d in diagnostics] == [
        "leave a blank line between the speeches; or end it with `\\` to keep the lines apart",
        "leave a blank line between the speeches; "
        "or end the line above with `\\` to keep them apart",
    ]


@pytest.mark.parametrize(
    "body",
    [
        f"{EM_DASH}\u00bfY qu\u00e9 pasa? {EM_DASH}pregunt\u00f3.\n\n"
        f"{EM_DASH}Se mantienen {EM_DASH}respondi\u00f3.\n",
        f"{EM_DASH} Vous voterez ? demanda-t-il.\\\n{EM_DASH} Non ! dit-elle.\n",
        f"Everyone agreed\n{EM_DASH}councils included{EM_DASH}and more.\n",
        f"One reply only.\n{EM_DASH}\u00bfY qu\u00e9 pasa? {EM_DASH}pregunt\u00f3.\n",
    ],
)
def test_dialogue_kept_apart_or_a_dash_in_prose_gets_no_warning(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("●", "○"),  # Google Docs' first and second levels
        ("□", "○"),  # a Korean report's levels
        ("✅", "❌"),  # a chat assistant's marks
    ],
)
def test_a_paragraph_of_lines_each_starting_with_a_glyph_is_warned(first: str, second: str) -> None:
    """Two glyphs once each count on from nothing: such a paragraph ran into one line."""
    assert _warnings(f"{first} Low births\n {second} Rate of 0.72\n") == [
        (0, 1, _bullet(first, first=True)),
        (1, 2, _bullet(second)),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Intro line\n● Low births\n○ Rate of 0.72\n",  # a line of prose among them
        "● Low births  \n○ Rate of 0.72\n",  # kept apart by a hard break
        "\u2014 Dialogue\n\u2013 Aside\n",  # dashes: speech or asides
    ],
)
def test_glyph_lines_with_prose_or_breaks_are_not_warned_as_a_list(body: str) -> None:
    assert [w for w in _warnings(body) if "line starts with" in w[2]] == []
