"""`**`, `__` and `~~` that markdown-it could not pair, found while it parses: each is a warning.

An unpaired run stays on the page as its asterisks or underscores, silently. The common
cause is CommonMark's flanking rule, not a missing marker: in `**Note:**The text`, a `**`
after punctuation closes only before a space or punctuation, so both runs are shown; in
`** Key finding:** text`, a `**` followed by a space opens nothing, and its closing one is
left unpaired. A `~~` is found the same way, by the strikethrough rule. In Chinese, Japanese
and Korean text the rule keeps `*` from pairing around punctuation (`推动**“价格承诺”**谈判`):
such a pair, a single `*` one too, is warned with a remedy for that text (`cjk.py`).

markdown-it pairs the runs after tokenizing a run of text (`balance_pairs`), and its tokens
carry no source offsets; so the emphasis rule is wrapped to note where each run starts, and
a rule right after the pairing keeps each unpaired run's offset in the parse's `env`, keyed
by the inline run's text, for `leftovers.py` to place and report.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from briefgen.content.cjk import cjk_emphasis_warning, cjk_pairs, cjk_repaired_warning
from briefgen.content.oddtildes import odd_tilde_runs
from briefgen.diagnostics import excerpt, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.rules_inline.state_inline import Delimiter
    from markdown_it.token import Token

    from briefgen.content.othersyntax import Found
    from briefgen.diagnostics import Diagnostic, SourcePos

UNCLOSED = "briefgen.unclosed_emphasis"
"""`env` key: each inline run's text mapped to where each of its runs of two or more `*`, `_`
or `~` with unpaired marks starts, those marks and how they are warned about, in order."""
_STARTS = "briefgen.emphasis_starts"
"""`env` key: each inline state being tokenized mapped to where each of its runs of emphasis
marks starts in its source, by the index of the run's first token. By state, as an image's
alt text is parsed with a state of its own, amid its paragraph's, sharing its `env`."""
_MARKERS = (ord("*"), ord("_"))
_TILDE = ord("~")
_MARKS_ONLY = r"\*\*(?:\*\*)?|__|~~(?:~~)?|(?:\*+|_+|~~+)(?:[ \t]+(?:\*+|_+|~~+))+"
"""Two marks alone, two pairs (`****`, a `**value**` with its words deleted), or runs of marks
with spaces between (`** **`, `* *`, a bold blank). Never `____`, a form's blank."""
_ALONE = pattern(rf"(?m)^(?:\[[ xX]\] )?[ \t]*({_MARKS_ONLY})[ \t]*$")
"""A line of an inline run that is only marks, after a task's box (`- [ ] **`): a leftover
of deleted words, not a rule, a blank or stars (`***`, `____` and `* * *` are rules, a `*`
is prose), which opens and closes nothing, so markdown-it's delimiters never tell. Spaced
runs reach a run only in a heading (`## ** **`) or after a box: elsewhere they are a rule."""
_LINE_END_MARKS = ("*", "_", "~")
"""What a line that is only marks ends with, before any spaces."""
_NUMBER = pattern(r"[\d%]")
"""A digit or a percent sign: between spaced marks, a sign they are significance stars."""
_SIGNIFICANCE = pattern(r"[^\W\d_][ \t\u00a0]?[<>=≤≥]")
"""A letter and a comparison right after stars: a significance legend's `**p < 0.01`."""


def track_unclosed_emphasis(parser: MarkdownIt) -> None:
    """Make `parser` note, in its `env`, each inline run's unpaired `**`, `__` and `~~`."""
    ruler = parser.inline.ruler
    emphasis = ruler.__rules__[ruler.__find__("emphasis")].fn
    strikethrough = ruler.__rules__[ruler.__find__("strikethrough")].fn

    def noted_emphasis(state: StateInline, silent: bool) -> bool:
        start = state.pos
        # markdown-it tries this rule at every mark no rule before it read: `[`, `<`, `!`…
        if silent or state.src[start] not in "*_" or not emphasis(state, silent):
            return False
        noted: dict[StateInline, dict[int, int]] = state.env.setdefault(_STARTS, {})
        # A token per mark, pushed last (after any pending text's token).
        noted.setdefault(state, {})[len(state.tokens) - (state.pos - start)] = start
        return True

    def noted_strikethrough(state: StateInline, silent: bool) -> bool:
        start = state.pos
        if silent or not strikethrough(state, silent):
            return False
        noted: dict[StateInline, dict[int, int]] = state.env.setdefault(_STARTS, {})
        # A token per `~~`, pushed last; an odd run's first `~` is a text token before them.
        pairs = (state.pos - start) // 2
        first = state.pos - 2 * pairs
        for pair in range(pairs):
            noted.setdefault(state, {})[len(state.tokens) - pairs + pair] = first + 2 * pair
        return True

    def unpaired(state: StateInline) -> None:
        starts = state.env.get(_STARTS, {}).pop(state, None)
        if starts is None:
            return
        lists = [state.delimiters]
        lists += [meta["delimiters"] for meta in state.tokens_meta if meta and "delimiters" in meta]
        runs: dict[int, Found] = {}
        # Strikethrough's delimiters are runs of `~`: most runs have none to look through.
        tildes = "~" in state.src
        for delimiters in lists:
            runs.update(_unpaired_runs(state, delimiters, starts))
            if tildes:
                runs.update(_unpaired_strikes(delimiters, starts, state.src))
                runs.update(odd_tilde_runs(delimiters, starts, state.src))
        for alone in _alone_lines(state.src):  # opens and closes nothing: no delimiter told
            runs.setdefault(alone.start(1), (alone.start(1), alone[1], alone_warning))
        if runs:
            found = _one_per_pair([runs[start] for start in sorted(runs)], state.src)
            state.env.setdefault(UNCLOSED, {}).setdefault(state.src, found)

    ruler.at("emphasis", noted_emphasis)
    ruler.at("strikethrough", noted_strikethrough)
    parser.inline.ruler2.after("balance_pairs", "unclosed_emphasis", unpaired)


def _alone_lines(src: str) -> list[re.Match[str]]:
    """Return each line of `src` that is only marks (`_ALONE`). Such a line ends with a mark
    before any spaces; a run's lines seldom do, and telling that is faster than the search,
    which tries each position of the run for a line start."""
    if not any(line.rstrip(" \t").endswith(_LINE_END_MARKS) for line in src.split("\n")):
        return []
    return list(_ALONE.finditer(src))


def _one_per_pair(runs: Sequence[Found], src: str) -> tuple[Found, ...]:
    """Return the runs to warn about: each but the one right after it on its line showing the
    same two or more marks, which are the marks meant to close it (`**Key finding: **Budgets` is one
    mistake, shown as two runs), so a paragraph of such lead-ins is a warning for each. A
    spaced opener's warning speaks of its closing marks already."""
    kept: list[Found] = []
    partnered = True
    for run in runs:
        if kept and not partnered:
            last = kept[-1]
            same_marks = last[1] == run[1] and len(run[1]) >= 2
            if same_marks and src.find("\n", last[0], run[0]) == -1:
                partnered = True
                continue
        kept.append(run)
        partnered = run[2] in (spaced_warning, cjk_emphasis_warning, cjk_repaired_warning)
    return tuple(kept)


class _Run(NamedTuple):
    """One run of `*` or `_` marks as markdown-it scanned it."""

    start: int
    """Where the run starts in its inline run's source (0-based)."""
    marker: str
    length: int
    opens: bool
    """Whether its unpaired marks could open emphasis. Its first mark may not, though the
    run could: markdown-it keeps a mark that closed an earlier one from opening (the first
    of `***` in `*(Annex)***(Table 2)`), and the two after it are shown."""
    unpaired: int
    """How many of its marks markdown-it left unpaired."""


def _unpaired_runs(
    state: StateInline, delimiters: list[Delimiter], starts: Mapping[int, int]
) -> dict[int, Found]:
    """Return where each run of two or more `*` or `_` with unpaired marks that could open
    emphasis starts, the marks left unpaired (`*` of `***a**`) and how it is warned about;
    and where a run that a space kept from opening (`** Key finding:**`) starts, or that
    CommonMark kept from pairing in CJK text (`推动**“价格承诺”**谈判`, and a single `*` too).

    A lone `*` is prose as often as a mistake (`5 * 3`, a footnote star); a run inside a
    word (`2**10`) is no emphasis anyone meant.
    """
    if len(delimiters) == 2 * sum(d.end >= 0 for d in delimiters):
        return {}  # every mark paired, as in most runs: one pass tells
    src = state.src
    found: dict[int, Found] = {}
    runs = _runs(delimiters, starts)
    for run in runs:
        # Only a run that could open emphasis was meant as some: not one with spaces around
        # (`10 ** 6`, `____ Date:`), nor one that can only close (`0.42***`, a significance
        # star). The mistakes all open: `**Note:**The`, `**Key finding: **Budgets`.
        if run.unpaired and run.opens and run.length >= 2 and not _ignored(src, run):
            found[run.start] = (run.start, run.marker * run.unpaired, unclosed_warning)
    for opener, closer in _spaced_openers(runs, src):
        found[opener.start] = (opener.start, opener.marker * opener.length, spaced_warning)
        found.pop(closer.start, None)  # its warning says the marks closing it are shown
    if cjk := cjk_pairs(state, delimiters, starts):
        # Marks that CommonMark's flanking rule, meeting CJK text, kept from pairing.
        by_start = {run.start: run for run in runs}
        for opener_at, closer_at in cjk:
            opener, closer = by_start[opener_at], by_start[closer_at]
            # Both paired with other marks: no mark is shown, the text between pairs is bold.
            paired = not opener.unpaired and not closer.unpaired
            make = cjk_repaired_warning if paired else cjk_emphasis_warning
            found[opener_at] = (opener_at, src[opener_at : closer.start + closer.length], make)
            found.pop(closer_at, None)
    return found


def _unpaired_strikes(
    delimiters: list[Delimiter], starts: Mapping[int, int], src: str
) -> dict[int, Found]:
    """Return where each unpaired `~~` that could open strikethrough starts, and where one
    that a space kept from opening starts when another unpaired `~~` follows on its line
    (`~~ $4.2 billion ~~ $3.9 billion`). Not one inside a word (`a~~b`), in a longer run, nor
    an arrow (`~~>`, `<~~`)."""
    paired = {index for index, d in enumerate(delimiters) if d.end >= 0}
    paired |= {d.end for d in delimiters if d.end >= 0}
    unpaired = [
        (starts[d.token], d)
        for index, d in enumerate(delimiters)
        if d.marker == _TILDE and index not in paired and d.token in starts
    ]
    found: dict[int, Found] = {}
    for number, (start, delimiter) in enumerate(unpaired):
        run = _Run(start, "~", 2, delimiter.open, 2)
        before, after = _around(src, run)
        if "~" in (before, after) or before == "<" or after == ">":
            continue  # a longer run (a rule, a squiggle) or an arrow: no strikethrough meant
        if delimiter.open and not _inside_word(src, run):
            found[start] = (start, "~~", unclosed_warning)
        elif _begins_phrase(src, start) and after in (" ", "\u00a0") and number + 1 < len(unpaired):
            following = unpaired[number + 1][0]  # the next unpaired `~~`: on this line?
            if src.find("\n", start, following) == -1:
                found[start] = (start, "~~", spaced_warning)
    return found


def _runs(delimiters: list[Delimiter], starts: Mapping[int, int]) -> list[_Run]:
    """Return the runs of `*` and `_` of a list of delimiters, in the order they stand."""
    paired = {index for index, d in enumerate(delimiters) if d.end >= 0}
    paired |= {d.end for d in delimiters if d.end >= 0}
    runs: list[_Run] = []
    run = -1
    for index, delimiter in enumerate(delimiters):
        # A run's marks are listed one after the other, the first at the token noted for it.
        run = starts.get(delimiter.token, run)
        if run < 0 or delimiter.marker not in _MARKERS:
            continue
        unpaired = index not in paired
        opens = unpaired and delimiter.open
        if runs and runs[-1].start == run:
            last = runs[-1]
            runs[-1] = last._replace(opens=last.opens or opens, unpaired=last.unpaired + unpaired)
        else:
            marker, length = chr(delimiter.marker), delimiter.length
            runs.append(_Run(run, marker, length, opens, int(unpaired)))
    return runs


def _spaced_openers(runs: Sequence[_Run], src: str) -> list[tuple[_Run, _Run]]:
    """Return each unpaired `**` or `__` that a space after it kept from opening, and the
    marks that close it, when they are later on its line, unpaired too:
    `** Key finding:** budgets`, `__ Leading underscore__`.

    Only what Word and Google Docs write is one: two marks that begin a line or follow
    punctuation and a space, then a space and a word, with no number up to the marks that
    close them. Marks elsewhere are prose: `10 ** 6`, a blank `____`, significance stars
    (`(** at 1 %, * at 5 %): Mexico**`, `Values marked ** …, as for Chile**`).
    """
    pending: dict[str, _Run] = {}
    pairs: list[tuple[_Run, _Run]] = []
    previous = 0
    for run in runs:
        if src.find("\n", previous, run.start) != -1:
            pending.clear()  # a pair the author meant is on one line
        previous = run.start
        if run.unpaired != run.length or run.length != 2:
            continue
        before, _ = _around(src, run)
        opener = pending.get(run.marker)
        if opener is not None and before not in ("", " ", "\t") and not _inside_word(src, run):
            if _NUMBER.search(src, opener.start, run.start) is None:
                pairs.append((opener, run))
            del pending[run.marker]  # paired, or a number between: stars of a legend and a value
        elif not run.opens and _begins_phrase(src, run.start) and _word_after(src, run):
            pending.setdefault(run.marker, run)
    return pairs


def _begins_phrase(src: str, start: int) -> bool:
    """Whether marks at `start` begin their line, or follow punctuation and a space
    (`Read this: ** Key`), rather than follow a word (`Values marked **`)."""
    if start == 0 or src[start - 1] == "\n":
        return True
    return start >= 2 and src[start - 1] in " \t" and not src[start - 2].isalnum()


def _word_after(src: str, run: _Run) -> bool:
    """Whether a space and then a letter follow the run, as in `** Key`: a no-break space
    too, which Google Docs writes there and which keeps the marks from opening just the same."""
    end = run.start + run.length
    return src[end : end + 1] in (" ", "\t", "\u00a0") and src[end + 1 : end + 2].isalpha()


def _ignored(src: str, run: _Run) -> bool:
    """Whether an unpaired run that could open is prose all the same: inside a word, or
    followed by a comma or semicolon, as the stars of a legend are (`***, ** and * mark
    significance at 1%, 5% and 10%`), or by a letter and a comparison (`*p < 0.05,
    **p < 0.01`); no bold begins with one."""
    if _inside_word(src, run) or _around(src, run)[1] in (",", ";"):
        return True
    return _SIGNIFICANCE.match(src, run.start + run.length) is not None


def _inside_word(src: str, run: _Run) -> bool:
    """Whether a run stands inside a word (`2**10`, `snake__case`), or underscores begin a
    handle's name (`@_____lighthouse`), which the `@` joins to them as a letter would."""
    before, after = _around(src, run)
    joined = before.isalnum() or (run.marker == "_" and before == "@")
    return joined and after.isalnum()


def _around(src: str, run: _Run) -> tuple[str, str]:
    """Return the characters just before and just after a run ("" at the run's ends)."""
    end = run.start + run.length
    return src[run.start - 1 : run.start] if run.start else "", src[end : end + 1]


def unclosed_in(env: Mapping[str, object]) -> Mapping[str, tuple[Found, ...]]:
    """Return the runs of the parse with `env` that hold an unpaired `**`, `__` or `~~`: where
    in each every one starts, the marks shown and how it is warned about, in order."""
    found = env.get(UNCLOSED)
    return found if isinstance(found, dict) else {}


def alt_text_runs(
    children: Sequence[Token], content: str, noted: Mapping[str, Sequence[Found]]
) -> list[Found]:
    """Return the unpaired runs of the alt texts of a run's images, placed in the run's
    `content`: markdown-it parses an alt text as a run of its own, noted by its own text."""
    found: list[Found] = []
    at = 0
    for child in children:
        if child.type == "image" and (runs := noted.get(child.content)):
            start = content.find(f"![{child.content}]", at)
            if start != -1:
                found += [(start + 2 + offset, shown, make) for offset, shown, make in runs]
                at = start + 2
    return found


def spaced_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that the `**` or `__` at `pos` is followed by a space, so it and its closing
    marks are shown as text."""
    marks = shown[:3]
    opens = "strikethrough" if marks.startswith("~") else "bold"
    return warning(
        pos,
        f"`{marks}` followed by a space does not open {opens}; it and the `{marks}` after it "
        "are shown as text",
        hint=f"remove the space after `{marks}` (`{marks}Key finding:{marks} text`)",
    )


def alone_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that the `**`, `__` or `~~` at `pos` (or marks with spaces between, `** **`), all
    its block or line holds, is shown as text."""
    first = shown.split()[0]
    first = "**" if first == "****" else first  # two pairs: the words of a `**value**` deleted
    if first.startswith("~"):
        said, example = "strike through", "`~~the earlier figure~~`"
    else:
        said = "italicise" if len(first) == 1 else "make bold"
        example = f"`{first}Key finding:{first}`"
    them = "it" if first == shown else "them"
    return warning(
        pos,
        f"`{shown}` has no text to {said}; it is shown as text",
        hint=f"delete {them}, or put the text to {said} between two of them ({example})",
    )


def no_text_marks(marks: str) -> bool:
    """Whether `marks`, all a text holds, are two marks alone, two pairs or spaced runs:
    the leftover of a text's words deleted, not a rule, a blank or a lone star."""
    return re.fullmatch(_MARKS_ONLY, marks) is not None


def unclosed_warning(pos: SourcePos, shown: str) -> Diagnostic:
    """Warn that the `**` or `__` at `pos` is shown as text."""
    marks = shown[:3]  # a run of a hundred is still told by its first marks
    escaped = "".join("\\" + mark for mark in marks)
    return warning(
        pos,
        f"`{excerpt(shown, 12)}` is not closed; it is shown as text",
        hint=f"{closing_hint(marks)}; or write `{escaped}` to show the marks",
    )


def closing_hint(marks: str) -> str:
    """Return how to close the bold or strikethrough that `marks` meant to open."""
    return (
        f"end the text with `{marks}` right after its last character, and put a space after "
        f"it when that character is punctuation (`{marks}Note:{marks} text`)"
    )
