"""Transcript turns and lead-ins, one a line: run into one paragraph, so each is warned."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing
from briefgen.diagnostics import format_diagnostic
from tests.conftest import uncapped
from tests.cpubound import cpu_seconds_within

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1


def _warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]


def _runs_on(label: str) -> str:
    return f"line starts with the label `{label}` but runs on from the line above, in one paragraph"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "**LF:** Is the framework alive?\n**HX:** It is alive, but it is fragile.\n",
            [(1, 1, _runs_on("**HX:**"))],
        ),
        (
            "Q: Why does the UN not name the countries?\nA: The Group of Experts does.\n"
            "Q: Will MONUSCO leave?\nA: The drawdown is complete.\n",
            [(1, 1, _runs_on("A:")), (2, 1, _runs_on("Q:")), (3, 1, _runs_on("A:"))],
        ),
        (
            "**Recommendation 1:** Publish a revised target.\n"
            "**Recommendation 2:** Review the funding formula.\n",
            [(1, 1, _runs_on("**Recommendation 2:**"))],
        ),
        (
            "**Recommendation 1**: Publish.\n**Recommendation 2**: Review.\n",
            [(1, 1, _runs_on("**Recommendation 2**:"))],
        ),
        ("__LF:__ Alive?\n__HX:__ Fragile.\n", [(1, 1, _runs_on("__HX:__"))]),
        ("[00:12:45] LF: Next question.\n[00:13:02] HX: Yes.\n", [(1, 1, _runs_on("[00:13:02]"))]),
        (
            "**[00:00:12] LF:** Next question.\n**[00:00:19] HX:** Yes.\n",
            [(1, 1, _runs_on("**[00:00:19] HX:**"))],
        ),
        # A line of prose above the turns runs on as well; so does a turn's wrapped line.
        (
            "The exchange went:\nQ: Why?\nA: Because.\n",
            [(1, 1, _runs_on("Q:")), (2, 1, _runs_on("A:"))],
        ),
        (
            "**LF:** Is the framework alive, and\nwill it last?\n**HX:** It is alive.\n",
            [(2, 1, _runs_on("**HX:**"))],
        ),
        # A hard break keeps one pair apart, not the other.
        (
            "Q: Why?\\\nA: Because.\nQ: Why not?\n",
            [(2, 1, _runs_on("Q:"))],
        ),
        # In a quote and in a list item, at the label's column.
        ("> Q: Why?\n> A: Because.\n", [(1, 3, _runs_on("A:"))]),
        ("- **LF:** Alive?\n  **HX:** Fragile.\n", [(1, 3, _runs_on("**HX:**"))]),
    ],
)
def test_a_labelled_line_run_into_a_paragraph_is_warned_at_its_column(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # One label in a paragraph is a lead-in.
        "The committee heard from several witnesses over the\n**Note:** the record is "
        "incomplete, as the\nsession was cut short.\n",
        "**Q:** Why does the UN not name the countries?\n\n**A:** It does.\n",  # apart already
        "**LF:** Alive?\\\n**HX:** Fragile.  \n**LF:** Why?\n",  # hard breaks
        "- **Funding:** councils get more.\n- **Staffing:** vacancies fell.\n",  # term bullets
        "**Bold** words open this line\n**and** this one, with no colon.\n",
        # A sentence in bold is no label, nor are times, nor labels in code.
        "**This whole sentence is in bold and ends:** one\n**This whole sentence is in bold "
        "and ends:** two\n",
        "The train left at\n10:30: late, as\n11:45: was the next.\n",
        "`Q:` marks a question\n`A:` an answer.\n",
        "The rate was set by the\nBoE: 5.25 per cent, then\nthe ECB.\n",
    ],
)
def test_prose_and_turns_kept_apart_get_no_warning(body: str) -> None:
    assert _warnings(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A timeline's three commonest forms, each line a date then a dash or a colon.
        (
            "15 April 2023 \u2014 Fighting breaks out in Khartoum.\n"
            "20 May 2023 \u2014 The Jeddah Declaration is signed.\n"
            "1 June 2023 \u2014 The talks are suspended.\n",
            [(1, 1, _runs_on("20 May 2023 \u2014")), (2, 1, _runs_on("1 June 2023 \u2014"))],
        ),
        (
            "April 2024: The UN appeals for US$2.7 billion.\nMay 2024: The siege begins.\n",
            [(1, 1, _runs_on("May 2024:"))],
        ),
        (
            "2024-04-15: Donors meet in Paris.\n2024-05-10: The siege begins.\n",
            [(1, 1, _runs_on("2024-05-10:"))],
        ),
        (
            "December 4, 2026 \u2013 Filed.\nDec 5, 2026 - Heard.\n",
            [(1, 1, _runs_on("Dec 5, 2026 -"))],
        ),
        (
            "**15 April 2023** Fighting breaks out.\n**20 May 2023** The declaration.\n",
            [(1, 1, _runs_on("**20 May 2023**"))],
        ),
        (
            "4 de abril de 2024: Se firma.\n5 de mayo de 2024: Se suspende.\n",
            [(1, 1, _runs_on("5 de mayo de 2024:"))],
        ),
        # h100: Italian's months, other languages' cut ones, and Portuguese's and Italian's
        # ordinal day.
        (
            "16 ottobre 2026: Uno.\n3 dicembre 2026: Due.\n14 giugno: Tre.\n",
            [(1, 1, _runs_on("3 dicembre 2026:")), (2, 1, _runs_on("14 giugno:"))],
        ),
        (
            "3 déc. 2026 : Un.\n4 janv. 2027 : Deux.\n14\\. Dez. 2026: Drei.\n"
            "2 dez. 2026: Quatro.\n",
            [
                (1, 1, _runs_on("4 janv. 2027 :")),
                (2, 1, _runs_on("14\\. Dez. 2026:")),
                (3, 1, _runs_on("2 dez. 2026:")),
            ],
        ),
        ("3 dic. 2026: Uno.\n16 ott. 2026: Due.\n", [(1, 1, _runs_on("16 ott. 2026:"))]),
        (
            "1.º de janeiro de 2027: Um.\n1° gennaio 2027: Due.\n2.° de março de 2027: Três.\n",
            [(1, 1, _runs_on("1° gennaio 2027:")), (2, 1, _runs_on("2.° de março de 2027:"))],
        ),
        # Notion's property block: every line starts with a property's name.
        (
            "Created: December 4, 2026 3:15 PM\nOwner: Sam Okonkwo\nStatus: Ready for review\n"
            "Last edited time: December 5, 2026\n",
            [
                (1, 1, _runs_on("Owner:")),
                (2, 1, _runs_on("Status:")),
                (3, 1, _runs_on("Last edited time:")),
            ],
        ),
        ("Note: Use python3.\nExample: python3 tools/test.py\n", [(1, 1, _runs_on("Example:"))]),
        # Short labels and properties in one record: every line is labelled, so each is warned.
        (
            "Name: SEMYONOVA, Yelena Viktorovna\nDOB: 4.4.1981\nPOB: Nizhny Novgorod\n"
            "Nationality: Russian\nListed on: 24.2.2025\n",
            [
                (1, 1, _runs_on("DOB:")),
                (2, 1, _runs_on("POB:")),
                (3, 1, _runs_on("Nationality:")),
                (4, 1, _runs_on("Listed on:")),
            ],
        ),
        # An e-mail's header under its client's line: every line from the `From:` on.
        (
            "-----Original Message-----\nFrom: Jane Smith\nSent: 30 July 2025 14:02\n"
            "To: Policy Team\nSubject: RE: Council tax\n",
            [
                (1, 1, _runs_on("From:")),
                (2, 1, _runs_on("Sent:")),
                (3, 1, _runs_on("To:")),
                (4, 1, _runs_on("Subject:")),
            ],
        ),
        (
            "---------- Forwarded message ---------\nFrom: Tom Brown\nDate: Wed, 30 Jul 2025\n",
            [(1, 1, _runs_on("From:")), (2, 1, _runs_on("Date:"))],
        ),
    ],
)
def test_dated_and_property_lines_run_into_a_paragraph_are_warned(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A client's line above one property is no header; a line of prose above two neither.
        "-----Original Message-----\nFrom: Jane Smith\n",
        "The note was sent on\nFrom: Jane Smith\nTo: Policy Team\n",
        # A property's `Word:` labels a line only where every line is labelled.
        "The committee met and agreed the\nNote: the record is incomplete, as the\n"
        "session was cut short.\n",
        "Status: ready for review, once the\nfigures are checked.\n",
        "Owner: Sam Okonkwo\nand the team in Leeds.\n",
        "the following:\nNote: one\n",  # not capitalised
        # A caption's keyword is warned about as a caption, not as a property.
        "Table 1: Seats\nTable 2: Votes\n",
        # A date in wrapped prose, with no dash or colon after it, is no label.
        "Fighting broke out on\n15 April 2023 and the talks began on\n6 May 2023 in Jeddah.\n",
        "The plan was published in\nApril 2024, and revised in\nMay 2024 after the review.\n",
        "Dates are written\n2024-04-15 in the data.\n",
    ],
)
def test_prose_with_a_date_or_a_word_and_colon_gets_no_warning(body: str) -> None:
    assert [message for _, _, message in _warnings(body) if "the label" in message] == []


def test_the_hint_names_a_blank_line_a_line_break_and_a_list() -> None:
    _, diagnostics = parse_briefing("content/a.md", FRONT + "Q: Why?\nA: Because.\n")
    assert [format_diagnostic(d) for d in diagnostics] == [
        f"content/a.md:{FIRST_LINE + 1}:1: warning: {_runs_on('A:')}\n"
        "  hint: leave a blank line between the lines, or end the line above with `\\` (or two "
        "spaces) for a line break; or make them a list, each line starting `- `"
    ]


def test_many_labelled_lines_are_read_in_linear_time() -> None:
    body = "".join(f"**Speaker {n % 7}:** line {n}\n" for n in range(14_000))
    found, seconds, bound = cpu_seconds_within(lambda: _warnings(body), 4)
    assert len(uncapped(message for *_, message in found)) == 13_999
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


def test_spaced_bold_is_no_label() -> None:
    """`** Lead:**` opens no bold: `unclosed.py` warns each line already, and a second warning
    at the same place said the same thing twice."""
    body = "** Lead one:** text.\n** Lead two:** text.\n"
    assert [message for _, _, message in _warnings(body) if "label" in message] == []


HTML_BREAKS = (
    "> **Node.js:** >= 8.x<br>\n> **Size (gzip):** 210 bytes<BR />\n> **Availability:** yes\n\n"
    "**Node.js:** >= 8.x<br/>\n**Size (gzip):** 210 bytes<br> \n**Availability:** yes\n"
)
"""escalade's README: each label on a line of its own, by a `<br>` at the end of the line
above."""


def test_a_br_at_a_line_end_breaks_the_line_where_raw_html_is_trusted() -> None:
    """With `unsafe_html: true` the page showed each label on its own line, but each was warned
    as running on, with the hint to end the line above with `\\`."""
    _, diagnostics = parse_briefing("content/a.md", FRONT + HTML_BREAKS, unsafe_html=True)
    assert diagnostics == []


def test_a_br_shown_as_text_leaves_the_labels_running_on() -> None:
    """Escaped, the `<br>` shows as text and breaks nothing: both are said."""
    messages = [message for _, _, message in _warnings(HTML_BREAKS)]
    assert messages.count("raw HTML is shown as text") == 4
    assert [m for m in messages if "label" in m] == [
        _runs_on("**Size (gzip):**"),
        _runs_on("**Availability:**"),
    ] * 2


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Consider the game where\n$$\nP: x \\mapsto y\nQ: y \\mapsto z\n$$\n", []),
        ("Q: Why?\n$$\nP: x\nR: y\n$$\nA: Because.\n", [(5, 1, _runs_on("A:"))]),
        ("Q: Why?\n$$P: x\nR: y$$\nA: Because.\n", [(3, 1, _runs_on("A:"))]),
    ],
)
def test_lines_of_a_display_formula_are_no_labels(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    """`P: x` lines of an unsupported `$$` formula, warned already, were warned as labels too,
    with a hint that would break the formula further."""
    maths = "`$$` display maths is not supported; the formula is shown as text"
    assert [w for w in _warnings(body) if w[2] != maths] == expected


EN, EM = "\u2013", "\u2014"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A glossary pasted without `- `: a term, bold or plain, then a spaced dash.
        (
            f"**Asylum seeker** {EN} A person who has applied for protection.\n"
            f"**Refugee** {EN} A person recognised under the 1951 Convention.\n"
            f"**Returnee** {EM} A person returning home.\n",
            [(1, 1, _runs_on(f"**Refugee** {EN}")), (2, 1, _runs_on(f"**Returnee** {EM}"))],
        ),
        (
            "__Refugee__ - A person recognised.\n**Internally displaced person (IDP)** - One"
            " who has not crossed a border.\n",
            [(1, 1, _runs_on("**Internally displaced person (IDP)** -"))],
        ),
        (
            f"Asylum seeker {EN} A person who has applied.\nRefugee {EN} a person recognised.\n",
            [(1, 1, _runs_on(f"Refugee {EN}"))],
        ),
        (
            f"Article 1 {EN} Subject matter\nArticle 2 {EN} Scope\nArticle 3 {EN} Definitions\n",
            [(1, 1, _runs_on(f"Article 2 {EN}")), (2, 1, _runs_on(f"Article 3 {EN}"))],
        ),
        # An agenda: a time or a range of times, then a capitalised word.
        (
            "09:30 Registration and coffee\n10:00 Session 1: Needs assessment\n"
            f"11:15{EN}11:30 Break\n12:00 - 13:00 **Lunch**\n",
            [
                (1, 1, _runs_on("10:00")),
                (2, 1, _runs_on(f"11:15{EN}11:30")),
                (3, 1, _runs_on("12:00 - 13:00")),
            ],
        ),
        # An FAQ pasted as `Q.` and `A.` lines, the question in bold or not.
        (
            "**Q. What is ETS2?**\nA. A carbon market for buildings and road transport.\n"
            "Q. When does it start?\nA. In 2027.\n",
            [(1, 1, _runs_on("A.")), (2, 1, _runs_on("Q.")), (3, 1, _runs_on("A."))],
        ),
        # An FAQ with colons, each question in bold whole, as newsrooms write one (hunt11).
        (
            "**Q: Can I still vote if I'm in the queue at 10pm?**\nA: Yes, if you are in the"
            " queue by 10pm.\n**Q: Do I need ID?**\n**A:** Yes, photo ID.\n",
            [(1, 1, _runs_on("A:")), (2, 3, _runs_on("Q:")), (3, 3, _runs_on("A:"))],
        ),
        ("__Q: Is it free?__\nA : Yes.\n", [(1, 1, _runs_on("A :"))]),
    ],
)
def test_glossary_agenda_and_faq_lines_run_into_a_paragraph_are_warned(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    """h67: each ran into one line with no warning: only a bold label with a colon, and a
    time in brackets, were labels."""
    assert _warnings(body) == expected


def test_a_glossary_line_is_hinted_a_term_bullet_with_an_em_dash() -> None:
    body = f"**Asylum seeker** {EN} A person.\nRefugee {EN} A person recognised.\n"
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert [d.hint for d in diagnostics] == [
        f"make each line a term bullet, `- **Refugee** {EM} …` (with an em dash); or leave a"
        " blank line between the lines, or end the line above with `\\` (or two spaces) for a"
        " line break"
    ]


@pytest.mark.parametrize(
    "body",
    [
        # A term, a time or `A.` starting some lines of wrapped prose, but not every one.
        f"The new rules apply to the\nAsylum seeker {EN} the person who applies {EN} and to"
        f" any\nRefugee {EN} recognised or not.\n",
        f"**Refugee** {EN} A person recognised under the 1951 Convention, as amended\n"
        f"by its 1967 Protocol.\n**Returnee** {EN} A person returning home.\n",
        "The hearing opens at\n10:00 Monday and resumes at\n14:00 Tuesday.\n",
        "10:00 Monday the hearing opens,\nand at 14:00 it resumes.\n",
        # Lines of one shape each, but of two shapes: a sentence's dash above a property.
        f"Or vice-versa {EN} you can build the structure from a tree of\nPython objects: see"
        " below.\n",
        f"09:30 Registration\nRefugee {EN} A person.\n",
        # A stop before the dash ends a sentence, not a term; incisos are warned as such.
        f"It fell. {EN} Then it rose.\nIt rose. {EN} Then it fell.\n",
        # A time followed by no capitalised word.
        "09:30 and then\n10:00 or so.\n",
    ],
)
def test_prose_with_a_term_a_time_or_an_initial_at_line_starts_gets_no_warning(
    body: str,
) -> None:
    assert [message for _, _, message in _warnings(body) if "the label" in message] == []


def test_an_inciso_is_warned_once_as_a_list_marker() -> None:
    body = f"Reduz para:\nI {EN} educação;\nII {EN} saúde;\nIII {EN} dispositivos.\n"
    messages = [message for _, _, message in _warnings(body)]
    assert [m for m in messages if "label" in m] == []
    assert len(messages) == 3


@pytest.mark.parametrize(
    "body",
    [
        # One sentence a line, with a dash aside near its start (h71).
        f"The minister {EN} speaking in Brussels {EN} said the plan would go ahead.\n"
        f"Her deputy {EN} a former diplomat {EN} was less certain.\n",
        f"Germany {EN} which holds the presidency {EN} wants stricter rules.\n"
        f"France {EN} backed by Italy {EN} does not.\n",
        f"In 2024 {EN} the year of the election {EN} turnout fell.\n"
        f"By 2025 {EN} a year later {EN} it had recovered.\n",
        # A score's dash, above a line that reads like a term's.
        f"The 4 {EN} 2 result was a surprise to\nManchester United {EN} whose coach resigned.\n",
        # Initials, not an FAQ's `Q.` and `A.`; a bold line that asks nothing, above `A:`.
        "Q. Smith and\nA. Jones wrote the report.\n",
        "**Q: Smith and**\nA: Jones wrote the report.\n",
        # Two times starting lines of wrapped prose, not an agenda's items.
        "10:30 Coffee was served later than planned, because the\n"
        "11:00 Session on housing ran over.\n",
    ],
)
def test_sentences_one_a_line_starting_with_a_term_or_time_shape_get_no_warning(
    body: str,
) -> None:
    assert [message for _, _, message in _warnings(body) if "the label" in message] == []


FRENCH_SPACES = (" ", "\u00a0", "\u202f")
"""What French writes before a colon: a space, or a no-break one (Word's narrow one)."""


@pytest.mark.parametrize("space", FRENCH_SPACES, ids=["space", "nbsp", "narrow-nbsp"])
@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "3 mars 2026{s}: le décret.\n10 septembre 2026{s}: entrée en vigueur.\n",
            "10 septembre 2026{s}:",
        ),
        ("Q{s}: Que change la réforme{s}?\nR{s}: L'âge légal passe à 64 ans.\n", "R{s}:"),
        ("Q{s}: Why?\nA{s}: Because.\n", "A{s}:"),
        ("Lecture{s}: en 2025, 852 000 contrats.\nSource{s}: Dares.\n", "Source{s}:"),
        (
            "**Recommandation 1**{s}: relever le plafond.\n"
            "**Recommandation 2**{s}: réduire les niches.\n",
            "**Recommandation 2**{s}:",
        ),
        ("__LF__{s}: Alive?\n__HX__{s}: Fragile.\n", "__HX__{s}:"),
    ],
    ids=["date", "french-turn", "english-turn", "footer", "bold-then-colon", "underscores"],
)
def test_a_label_with_a_space_before_its_colon_is_warned(body: str, label: str, space: str) -> None:
    """h87: French puts a space (often a no-break one) before a colon, and no such label was
    read, so a French site's timelines, transcripts and footers ran on with no warning."""
    written = body.replace("{s}", space)
    assert _warnings(written) == [(1, 1, _runs_on(label.replace("{s}", space)))]


@pytest.mark.parametrize("space", FRENCH_SPACES, ids=["space", "nbsp", "narrow-nbsp"])
def test_a_property_block_with_a_space_before_each_colon_is_warned(space: str) -> None:
    body = f"Nom{space}: Dupont\nPrénom{space}: Jean\nDate de naissance{space}: 4.4.1981\n"
    assert _warnings(body) == [
        (1, 1, _runs_on(f"Prénom{space}:")),
        (2, 1, _runs_on(f"Date de naissance{space}:")),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # A ratio or a proportion written with spaces is no label, nor is a lower-case word.
        "The odds were\n3 : 1 against, and\n2 : 1 for.\n",
        "Let\na : b be the ratio and\nc : d the other.\n",
        "Le rapport\n2 : 1 en faveur du oui,\n3 : 2 en 2024.\n",
        # French prose: a colon after a word in a wrapped line, or one property's start.
        "La réforme prévoit deux\nmesures : la hausse de l'âge et\nla durée : 43 ans.\n",
        "Comme l'a dit le\nPremier ministre : « nous agirons ».\n",
        "Voici ce que dit le\nRapport : la dette monte, et le\nConseil : elle baisse.\n",
        # Captions are warned about as captions; two spaces, or none after, make no label.
        "Tableau 1 : Sièges\nTableau 2 : Voix\n",
        "Q  : Why?\nA  : Because.\n",
        "Q :Why?\nA :Because.\n",
        "The train left at\n10 : 30 late, and\n11 : 45 later.\n",
    ],
)
def test_prose_with_a_spaced_colon_gets_no_label_warning(body: str) -> None:
    assert [message for _, _, message in _warnings(body) if "the label" in message] == []


def test_many_labels_with_a_space_before_the_colon_are_read_in_linear_time() -> None:
    body = "".join(f"Nom{n % 7}\u202f: ligne {n}\n" for n in range(14_000))
    hostile = "Q" + " Aa" * 14_000 + "\u202f\u202f:\nR " + "\u00a0" * 14_000 + ":\n"
    found, seconds, bound = cpu_seconds_within(lambda: _warnings(body + "\n" + hostile), 2.5)
    assert len(uncapped(message for *_, message in found)) == 13_999
    assert seconds < bound, f"took {seconds:.1f} s, more than {bound:.1f} s"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A timeline dated without a year: the day and month, then a dash or a colon.
        (
            f"**Key dates**\n14 November {EM} Fighting intensifies.\n"
            f"26 November {EM} A pause is announced.\n2 December {EM} A convoy arrives.\n",
            [
                (1, 1, _runs_on(f"14 November {EM}")),
                (2, 1, _runs_on(f"26 November {EM}")),
                (3, 1, _runs_on(f"2 December {EM}")),
            ],
        ),
        (
            "Timeline:\n14 Nov: Fighting intensifies.\n26 Nov: A pause is announced.\n",
            [(1, 1, _runs_on("14 Nov:")), (2, 1, _runs_on("26 Nov:"))],
        ),
        (
            "Cronología:\n14 de noviembre: Se intensifican los combates.\n"
            "26 de noviembre: Las RSF anuncian una pausa.\n",
            [(1, 1, _runs_on("14 de noviembre:")), (2, 1, _runs_on("26 de noviembre:"))],
        ),
        (
            f"November 14 {EN} Fighting intensifies.\nNov. 26th {EN} A pause is announced.\n",
            [(1, 1, _runs_on(f"Nov. 26th {EN}"))],
        ),
        (  # not at a paragraph's start, where `14.` opens a numbered list
            "Chronik:\n14. November: Die Kämpfe nehmen zu.\n26. November: Eine Pause.\n",
            [(1, 1, _runs_on("14. November:")), (2, 1, _runs_on("26. November:"))],
        ),
        # h100: German's day escaped as briefgen's hint says, with its year or without.
        (
            "14\\. November 2026: Eins.\n15\\. November 2026: Zwei.\n16\\. Nov. 2026: Drei.\n",
            [(1, 1, _runs_on("15\\. November 2026:")), (2, 1, _runs_on("16\\. Nov. 2026:"))],
        ),
        (
            "14\\. November: Eins.\n15\\. November: Zwei.\n",
            [(1, 1, _runs_on("15\\. November:"))],
        ),
        (
            "14\\. November: Lesung im Bundestag.\n26\\. November: Sitzung des Ausschusses.\n",
            [(1, 1, _runs_on("26\\. November:"))],
        ),
        (
            "14 novembre : les combats.\n26 novembre : une pause.\n",
            [(1, 1, _runs_on("26 novembre :"))],
        ),
        # One line with its year and one without: two dates, one timeline.
        (
            f"15 April 2023 {EM} Fighting breaks out.\n20 May - The declaration is signed.\n",
            [(1, 1, _runs_on("20 May -"))],
        ),
        # rev31: a day and month in bold is a timeline's date too, first or later.
        (
            f"**14 November** {EM} Bill introduced.\n26 November {EM} Second reading.\n",
            [(1, 1, _runs_on(f"26 November {EM}"))],
        ),
        (
            "**14 November:** Bill introduced.\n__26 November__ Second reading.\n",
            [(1, 1, _runs_on("__26 November__"))],
        ),
        (
            f"Key dates:\n14 November {EM} Bill introduced.\n"
            f"**26 November** {EM} Second reading.\n",
            [(1, 1, _runs_on(f"14 November {EM}")), (2, 1, _runs_on("**26 November**"))],
        ),
    ],
)
def test_timeline_lines_dated_without_a_year_are_warned(
    body: str, expected: list[tuple[int, int, str]]
) -> None:
    """h96: `14 November — …` lines ran into one paragraph silently, while `14 November 2026 —`
    lines were warned: only a date with its year read as a timeline's."""
    assert _warnings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A day and month with no dash or colon after it starts wrapped prose.
        "The talks resumed on\n14 November the committee met, and on\n26 November it rose.\n",
        # One dated line in a paragraph is a lead-in, not a timeline.
        f"The office reopened, as planned, on\n14 November {EM} a week late {EM} in Goma.\n",
        "Our plan:\n14 November: the committee meets, and the\nreport follows.\n",
        # A month alone, or a month and its year in prose, is no yearless day.
        "The plan for\nMay: the committee meets, and the\nreport follows in June.\n",
        "The plan was published in\nMarch 2026, and revised in\nMay 2026 after the review.\n",
        # A number before a word that starts like a month's name.
        "We won\n3 set: the match was over, and\n2 out: the inning ended.\n",
        "Chapter\n14 Mayors: the council's view.\n26 Marches: the protests.\n",
        # rev31: two hard-wrapped lines of one sentence: a dash that opens an aside another
        # closes, and prose going on after the dated lines, are no timeline's.
        f"The deadline was moved from\n30 June {EN} the date in the bill {EN} to\n"
        "14 July: two weeks later.\n",
        "The second reading was held on\n26 November - a Thursday - and the vote on\n"
        "3 December - a Wednesday.\n",
        "The bill was introduced on\n14 November: the committee met, and on\n"
        "26 November: it rose, and then\nthe Lords took it up.\n",
        # h100: one dated entry wrapped before a day it names, after a word that leads to it.
        "12 juin 2026 : la Commission a publié son rapport, dont la version finale est attendue"
        " le\n3 juillet : d\u2019ici là, les États membres peuvent transmettre leurs"
        " observations.\n",
        "**12. Juni 2026:** Die Kommission legt ihren Bericht vor; die Endfassung folgt am\n"
        f"3. Juli {EN} bis dahin können die Mitgliedstaaten Stellung nehmen.\n",
        "12 June 2026: the Commission published its report, and the final version is due on\n"
        f"3 July {EN} until then, member states may send comments.\n",
        # rev31b: an article or a preposition leading to the day (`der`, `for`, `entre`, `tra`).
        "Wichtig sind zwei Termine, nämlich der\n14\\. November: erste Lesung; und der\n"
        "26\\. November: Bereinigungssitzung.\n",
        "Two dates matter. Watch for\n3 July: publication. Then watch for\n"
        "5 September: the Lords vote.\n",
        "Les négociations auront lieu entre\n3 juillet : ouverture, et pour\n"
        "5 septembre : clôture.\n",
        "Le votazioni si terranno tra\n3 luglio: apertura, e per\n5 settembre: chiusura.\n",
        "Las alegaciones se admiten hasta el\n3 de julio: después, la Comisión decide, y hasta"
        " el\n5 de septiembre: se vota.\n",
    ],
)
def test_prose_with_a_day_and_month_at_line_starts_gets_no_label_warning(body: str) -> None:
    assert [message for _, _, message in _warnings(body) if "the label" in message] == []
