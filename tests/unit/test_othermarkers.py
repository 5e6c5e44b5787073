"""List markers of other scripts and traditions run into a paragraph: warned as ASCII ones are."""

from __future__ import annotations

import pytest

from briefgen.content.parse import parse_briefing

FRONT = "---\ntitle: T\ndate: 2026-03-14\n---\n\n"
FIRST_LINE = FRONT.count("\n") + 1


def _warnings(body: str) -> list[tuple[int, int, str]]:
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    return [(d.pos.line - FIRST_LINE, d.pos.column, d.message) for d in diagnostics]


def _markers(body: str) -> list[tuple[int, int, str]]:
    return [(line, column, message.split("`")[1]) for line, column, message in _warnings(body)]


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        ("а)", "б)", "в)"),  # Russian
        ("(а)", "(б)", "(в)"),
        ("и)", "к)", "л)"),  # Russian lists skip `й`
        ("А)", "Б)", "В)"),
        ("г)", "ґ)", "д)"),  # Ukrainian
        ("α)", "β)", "γ)"),  # Greek
        ("١.", "٢.", "٣."),  # Arabic-Indic digits
        ("۱.", "۲.", "۳."),  # Persian
        ("१.", "२.", "३."),  # Devanagari
        ("٩)", "١٠)", "١١)"),
        ("(١)", "(٢)", "(٣)"),
        ("九、", "十、", "十一、"),  # Chinese
        ("（一）", "（二）", "（三）"),
        ("(十九)", "(二十)", "(二十一)"),
        ("①", "②", "③"),  # circled
        ("⑩", "⑪", "⑫"),
        ("１．", "２．", "３．"),  # full-width digits
        ("（１）", "（２）", "（３）"),
        ("1、", "2、", "3、"),
        ("1°", "2°", "3°"),  # French law
        ("1.º", "2.º", "3.º"),  # Spanish
        ("1ª", "2ª", "3ª"),  # Italian
        ("III –", "IV –", "V –"),  # Brazil's incisos
        ("§ 1", "§ 2", "§ 3"),  # German law
    ],
)
def test_markers_of_other_scripts_that_count_on_are_warned(
    first: str, second: str, third: str
) -> None:
    body = f"Intro:\n{first} erste Sache;\n{second} zweite Sache;\n{third} dritte Sache.\n"
    assert _markers(body) == [(1, 1, first), (2, 1, second), (3, 1, third)]


def test_chinese_and_japanese_markers_need_no_space_after_them() -> None:
    body = "主要措施：\n一、出口结构持续优化；\n二、海外建厂加速。\n\n"
    body += "手順：\n①申請書を提出\n②審査を受ける\n"
    assert _markers(body) == [(1, 1, "一、"), (2, 1, "二、"), (5, 1, "①"), (6, 1, "②")]


def test_an_arabic_list_opening_a_paragraph_is_warned_at_its_first_line() -> None:
    found = _warnings("١. البند الأول.\n٢. البند الثاني.\n")
    assert found == [
        (
            0,
            1,
            "line starts with `١.`, not read as a list item's number; the lines below run on"
            " from it, in one paragraph",
        ),
        (
            1,
            1,
            "line starts with `٢.`, not read as a list item's number; it runs on from the line"
            " above, in one paragraph",
        ),
    ]


@pytest.mark.parametrize(("first", "second"), [("（一）", "（二）"), ("§ 1", "§ 2"), ("١.", "٢.")])
def test_the_hint_asks_for_a_markdown_number(first: str, second: str) -> None:
    body = f"Intro:\n{first} one\n{second} two\n"
    _, diagnostics = parse_briefing("content/a.md", FRONT + body)
    assert [d.hint for d in diagnostics] == [
        "a Markdown list numbers its items `1.` or `1)`: start the line so, or `- `; "
        "or end the line above with `\\` to keep them apart"
    ] * 2


@pytest.mark.parametrize(
    "body",
    [
        # Markers that do not count on, or of two kinds.
        "Intro:\nа) первое\nв) третье\n",
        "Intro:\n(а) первое\nб) второе\n",
        "Intro:\n① one\n⑴ two\n",
        "Intro:\n一、出口\n（二）市场\n",
        # A letter or number under a line going on is the sentence going on.
        "Согласно подпункту а) пункта 2 и\nб) пункта 3 статьи 5 комиссия решила\nв) порядке"
        " исключения.\n",
        "Σύμφωνα με την περίπτωση α) και\nβ) της παραγράφου 2 του άρθρου 5.\n",
        "Die Ausnahmen regelt\n§ 3 Abs. 2 des Gesetzes, und nach\n§ 4 Satz 1 ist eine Tilgung"
        " vorzusehen.\n",
        # Citations that do not count on, or that the paragraph also makes inside a line.
        "Maßgeblich sind:\n§ 3 Abs. 2 HGrG\n§ 5 Satz 1 BHO\n",
        "Es gelten § 1 und § 2 des Gesetzes.\n§ 1 regelt den Geltungsbereich.\n§ 2 regelt die"
        " Begriffe.\n",
        "Комиссия рассмотрела подпункты а) и б).\nа) Принят.\nб) Отклонён.\n",
        "比较（一）和（二）的结果。\n（一）成本较低。\n（二）效率较高。\n",
        "手順は①と②です。\n①申請書を提出\n②審査を受ける\n",
        "Il fait 20° à Paris.\n1° Le premier alinéa.\n2° Le second.\n",
        # Prose with such characters mid-sentence or a word ending in `一`.
        "政府提出了统一、协调的政策，\n一、二线城市的房价继续上涨。\n",
        "地铁①号线延长，\n②号线维持不变。\n",
        "Il faisait\n20° à l'ombre et\n21° le lendemain.\n",
        "O inciso\nI – revogado – e o\nII – mantido.\n",
        "The chapter on\nI - the beginning\n",
        "في عام\n٢٠٢٤. وفي عام\n٢٠٢٥. ارتفعت الأسعار.\n",
        "Intro:\nIIII – not a number\nV – five\n",
    ],
)
def test_prose_in_other_scripts_gets_no_warning(body: str) -> None:
    assert [w for w in _warnings(body) if "line starts with" in w[2]] == []
