"""Every rule that turns text into a URL segment or an id, and the names no slug may take.

Slugs name pages (`content/<slug>.md` → `<slug>/`), tag slugs name tag pages, anchors name
headings. Keeping the rules here means one place decides what a URL looks like.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

from briefgen.diagnostics import quoted_name
from briefgen.patterns import pattern
from briefgen.project import ASSETS_DIR, MEDIA_DIR

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

SLUG_SYNTAX = "[a-z0-9]+(-[a-z0-9]+)*"
"""What a briefing slug may look like: lowercase ASCII words joined by single hyphens (a
regular expression as Python and JSON Schema read it alike: briefing.schema.json gives it)."""
SLUG_PATTERN = pattern(SLUG_SYNTAX)
DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in (*"0123456789", "¹", "²", "³")}
)
"""Windows device names: no folder of the site may take one (in any case), or the site could
not be checked out or copied on Windows. Windows reads the superscript digits ¹ ² ³ as digits
here (`COM¹`)."""
RESERVED_SLUGS = DEVICE_NAMES | {"tags", ASSETS_DIR, MEDIA_DIR, "search", "pagefind"}
"""Slugs that are Windows device names or collide with the site's own folders: the search
page's and its index's too, search on or off, so a site does not break when it is turned on."""
MAX_SLUG_BYTES = 200
"""Longest slug or tag slug, in UTF-8 bytes: file systems cap a name at 255 bytes, and the
build adds suffixes to names it stages (`.tmp`, `.stage-<pid>`)."""
TITLE_SLUG_CHARS = 60
"""Longest slug made from a briefing's title: a URL short enough to read and share (one
given as `slug:` or chosen by hand may be longer, up to MAX_SLUG_BYTES)."""
RESERVED_ANCHORS = frozenset(
    {
        "main",
        "glance-title",
        "updates-title",
        "notes-title",
        "sources-title",
        "briefgen-related",
        "search-query",
        "search-hint",
    }
)
"""Ids the theme itself uses on a briefing page; a heading never takes one of them."""
_THEME_ID = pattern(r"table-[0-9]+|fn-[0-9]+|fnref-[0-9]+(-[0-9]+)?")
"""The ids the theme gives tables (`table-<line>`), notes and note references: numbered in
ASCII digits, which a heading's other digits (`## table-\u0661`) never clash with."""

_NOT_SLUG_ASCII = pattern(r"[^a-z0-9]+")
_TAG_CHARACTERS = pattern("[\U000e0000-\U000e007f]+")
_NOT_TAG = pattern(r"[\W_]+")
_WORD_BREAKS = pattern(r"[\s_-]+")
_OTHER_SPACE = pattern("[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
"""A space separator other than ASCII's (Unicode's Zs), or a line or paragraph separator."""
_NOT_ANCHOR = pattern(r"[^\w\- ]")
_NEVER_IN_ID = pattern("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
"""Invisible characters no heading id holds, as GitHub's ids do not: the zero-width joiner and
non-joiner Persian and Indic words are spelled with (`چشم‌انداز`), direction marks, the soft
hyphen. `anchor_of` drops them with the punctuation; a link's `#fragment` drops them too."""
_NOT_ON_WINDOWS = pattern(r'[<>:"|?*\\\x00-\x1f]')
"""Characters Windows does not allow in a file or folder name (`\\` separates its folders)."""
_SEPARATORS = pattern("\t+")
_APOSTROPHES = pattern("['\u2019]")
"""An apostrophe is part of its word in a slug made from a title (`Mexico's` → `mexicos`), as
in a heading's id, not a break between two words (`mexico-s`)."""
_CASELESS = frozenset({"Lo", "Mc"})
"""Letters of scripts without case (Thai, Devanagari, kana, Hangul), and a Devanagari vowel
sign a further mark may follow: what a mark after them is part of."""
_VOWEL_POINTS = (
    *(("\u0591", "\u05c7"), ("\u0610", "\u061a"), ("\u064b", "\u0652")),
    *(("\u0656", "\u065f"), ("\u0670", "\u0670"), ("\u06d6", "\u06ed")),
)
"""Hebrew's and Arabic's points and vowel signs: written or left out as the writer likes.
Arabic's madda and hamza (U+0653 to U+0655, what `آ أ إ ؤ ئ` decompose into) are none: a
hamza is a consonant, and `رؤية` ("vision") and `روية` ("deliberation") are two words."""
_HAMZA_AND_MADDA = (("\u0653", "\u0655"),)
"""The marks a slug spelled in Latin letters drops with the vowel points (`transliterate`)."""


def strip_accents(text: str, *, latin: bool = False) -> str:
    """Return `text` with its accents removed (`Políticas` → `Politicas`, `Ελλάδα` → `Ελλαδα`),
    in composed form.

    The marks of scripts without case are parts of their letters, not accents: Thai's tone
    marks (ข่าว "news" and ข้าว "rice"), the voicing of kana (ガ is `ga`, カ is `ka`),
    Devanagari's vowel signs. They are kept, and Hangul, which decomposes into its jamo, is
    composed again. Arabic and Hebrew vowel points, which writers mostly leave out, are
    accents (`مُحَمَّد` is `محمد`); Arabic's hamza and madda are consonant marks, kept on
    their letters (`أمن`), unless `latin`, for a text spelled in Latin letters next.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    kept: list[str] = []
    base = ""
    for ch in decomposed:
        if not unicodedata.combining(ch):
            base = ch
        elif not _part_of_letter(base, ch) or (latin and _among(ch, _HAMZA_AND_MADDA)):
            continue
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def _part_of_letter(base: str, mark: str) -> bool:
    """Return True when a combining `mark` after `base` is part of a letter of a script
    without case (a vowel sign, a tone mark), not an accent to fold away."""
    return (
        bool(base) and unicodedata.category(base) in _CASELESS and not _among(mark, _VOWEL_POINTS)
    )


def _among(ch: str, ranges: tuple[tuple[str, str], ...]) -> bool:
    return any(low <= ch <= high for low, high in ranges)


def _words(text: str, keep: str, by: str) -> str:
    """Return `text` with each run of characters other than letters, digits and those in
    `keep` replaced by `by`. A mark that is part of its letter stays (`\\w` has no marks: a
    Devanagari vowel sign, `हिन्दी`); an accent no composed letter holds goes (`İ` lowercased
    is `i` and a dot above: `## İstanbul` is `istanbul`)."""
    kept: list[str] = []
    base = ""
    for ch in text:
        if unicodedata.category(ch).startswith("M"):
            kept.append(ch if _part_of_letter(base, ch) else "\t")
            continue
        base = ch
        kept.append(ch if ch.isalnum() or ch in keep else "\t")
    return _SEPARATORS.sub(by, "".join(kept))


def transliterate(text: str) -> str:
    """Return `text` in ASCII: accents stripped, other scripts spelled in Latin letters.

    `移民政策` → `Yi Min Zheng Ce`, `Миграция` → `Migratsiya`. anyascii is imported only when
    a non-ASCII letter survives accent stripping, which English and most Latin text never do.
    A hamza or madda goes, as it always went from slugs: anyascii spells a hamza `'`, which
    would split a word (`الأمن` is `lmn`, not `l-mn`), and a page's URL does not move.
    """
    stripped = strip_accents(text, latin=True)
    if stripped.isascii():
        return stripped
    # Tag characters are drawn as nothing, but anyascii spells each as the ASCII character it
    # mirrors: hidden text (`ab<U+E0068>c.md`) would become a visible one (`abhc`).
    stripped = _TAG_CHARACTERS.sub("", stripped)
    from anyascii import anyascii

    return "".join(_spell(ch, anyascii) if not ch.isascii() else ch for ch in stripped)


def _spell(ch: str, anyascii: Callable[[str], str]) -> str:
    """Spell one character; a CJK syllable (`Yi`) gets spaces so it becomes a word of a slug."""
    latin = anyascii(ch)
    # A Hangul syllable is part of a word (`한국` is `hangug`), as its jamo were spelled.
    if latin[:1].isupper() and unicodedata.category(ch) == "Lo" and not "\uac00" <= ch <= "\ud7a3":
        return f" {latin} "
    return latin


def slug_from_stem(stem: str) -> str:
    """Return a URL slug from a file stem or title: transliterated, lowercase, runs → `-`."""
    return _NOT_SLUG_ASCII.sub("-", transliterate(stem).lower()).strip("-")


def name_words(name: str) -> str:
    """Return a name as translation keys compare it: in one case, without accents, each run of
    other characters one `-`, and in its own script (`Rubio_Visit` and `rubio-visit`, `Café`
    and `cafe`). Not transliterated: `北京` (Beijing) and `背景` (background) are both
    `bei-jing` as slugs, yet two names. Empty when the name has no letters or digits.
    Invisible format characters go, as slugs drop them: a soft hyphen pasted from a word
    processor's title (`re\u00adform`) or a zero-width joiner breaks no word."""
    visible = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    return _words(strip_accents(visible).casefold(), "", "-").strip("-")


def slug_from_title(title: str) -> tuple[str, bool]:
    """Return the slug a briefing's title spells (empty when it has no letters or digits), and
    whether it was cut short.

    Apostrophes are dropped, not read as word breaks (`Mexico's plan` is `mexicos-plan`, as
    a heading `## Mexico's plan` is `#mexicos-plan`), and a slug longer than TITLE_SLUG_CHARS
    is cut at a hyphen. A title of symbols alone (`🎉`) has no letters: anyascii would spell
    it (`tada`), as it spells a symbol among words (`40°C` is `40degc`, a page's URL kept).
    """
    if not any(ch.isalnum() for ch in title):
        return "", False
    words = slug_from_stem(_APOSTROPHES.sub("", title))
    slug = _cut_at_hyphen(words, TITLE_SLUG_CHARS)
    return slug, slug != words


def dated_slug(day: dt.date) -> str:
    """Return the slug a title without any letters falls back to: `briefing-2026-11-23`."""
    return f"briefing-{day.isoformat()}"


def is_valid_slug(slug: str) -> bool:
    """Return True when `slug` may name a briefing's page: `slug_problem` finds nothing."""
    return slug_problem(slug) is None


def is_device_name(name: str) -> bool:
    """Return True when a folder named `name` could not exist on Windows (`nul`, `COM1`)."""
    return name.casefold() in DEVICE_NAMES


def device_segment(path: str) -> str | None:
    """Return the first name in a `/`-separated path that Windows keeps for a device, with
    or without an extension (`CON`, `aux.png`: Windows reads `aux.png` as `aux`), or None."""
    for name in path.split("/"):
        if is_device_name(name.split(".", 1)[0].rstrip(" ")):
            return name
    return None


def unportable_segment(path: str) -> tuple[str, str] | None:
    """Return the first name in a `/`-separated path that Windows cannot hold, and what it
    is (`a name Windows keeps for a device`), or None.

    A site holding one cannot be checked out or copied there: git for Windows stops at an
    "invalid path"."""
    if device := device_segment(path):
        return device, "a name Windows keeps for a device"
    for name in path.split("/"):
        if name.endswith((".", " ")):
            return name, f"a name ending in `{name[-1]}`, which Windows drops"
        if found := _NOT_ON_WINDOWS.search(name):
            shown = f"`{found[0]}`" if found[0].isprintable() else "a control character"
            return name, f"a name holding {shown}, which Windows does not allow"
    return None


def is_too_long(slug: str) -> bool:
    """Return True when `slug` would make a file name longer than file systems allow."""
    return len(slug.encode("utf-8")) > MAX_SLUG_BYTES


def slug_problem(slug: str) -> tuple[str, str | None] | None:
    """Return the message and hint for a `slug:` that is no slug a briefing may take, or None."""
    if not SLUG_PATTERN.fullmatch(slug):
        # As `--slug` says: `é` is a lowercase letter too, and no slug takes it.
        hint = "use lowercase ASCII letters (a-z), digits and single hyphens, e.g. mexico-visit"
        bare = slug.strip("/")
        if bare != slug and "/" not in bare and slug_problem(bare) is None:
            # Docusaurus, Hugo and Jekyll write a page's URL (`slug: /energy-prices`).
            hint = f"a slug is the page's name alone, with no `/`: write `slug: {bare}`"
        return f"invalid slug `{quoted_name(slug)}`", hint
    if slug in RESERVED_SLUGS:
        return f"slug `{slug}` is reserved", "choose another slug"
    if is_too_long(slug):
        return f"slug is {len(slug)} characters long; the limit is {MAX_SLUG_BYTES}", None
    return None


def _cut_at_hyphen(slug: str, limit: int) -> str:
    """Return an ASCII slug cut at a hyphen so it fits in `limit` characters (at `limit` when
    it has no hyphen before)."""
    if len(slug) <= limit:
        return slug
    return slug[: limit + 1].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]


@functools.lru_cache(maxsize=4096)
def tag_slug(tag: str) -> str:
    """Return the URL segment for a tag: accents stripped, lowercase, runs of other chars → `-`.

    Letters of other scripts are kept (`移民` stays `移民`), so two tags share a page only when
    they differ in case, accents or punctuation. A Windows device name gets `--tag` (`con--tag`).
    """
    folded = strip_accents(tag).casefold()
    named = _NOT_TAG.sub("-", folded) if folded.isascii() else _words(folded, "", "-")
    named = named.strip("-")
    if named in DEVICE_NAMES:
        # `CON` would name a folder Windows cannot hold; the two hyphens keep `con--tag` from
        # every other tag's page (`Con Tag` is `con-tag`), as they do for a tag of symbols.
        return f"{named}--tag"
    # A tag of symbols alone (`🎉`, `]]>`) is named by its code points, never the bare `tag`
    # that a tag "Tag" has: two tags share a page only when they read alike. The two hyphens
    # keep it from every named tag's (`tag-1f389` is a tag of letters), which has none in a row.
    return named or "tag--" + "-".join(f"{ord(char):x}" for char in tag.strip())


def tag_words(tag: str) -> str:
    """Return what tells apart two tags of one page (`tag_slug`): the tag without case, accents
    or the spaces, hyphens and underscores between its words.

    Tags alike by this are one tag spelt two ways (`Latin America`, `latin_america`); tags
    that differ in it but share a page have page names alike by chance (`C++`, `C#` and `C`
    are all `c`: a page name keeps letters and digits only)."""
    return _WORD_BREAKS.sub("-", strip_accents(tag).casefold()).strip("-")


def tag_spelling(tag: str) -> str:
    """Return what tells apart two spellings of one tag (`tag_words`): the tag without case or
    the word breaks between its words, its accents and vowel points kept (`año` is no `ano`)."""
    return _WORD_BREAKS.sub("-", unicodedata.normalize("NFC", tag).casefold()).strip("-")


TAKEAWAYS_ANCHORS = frozenset({"key-takeaways", "takeaways"})
"""The ids of an English "Key Takeaways" or "Takeaways" heading, the closing takeaways box."""


def anchor_of(text: str) -> str:
    """Return the id a heading with this text asks for, before it is made unique.

    Dashes at either end are dropped: `## Change {+/-}` keeps its braces as text, and its id
    is `change`, not `change--`. A line break is a space between words: `## Break<br>here` is
    `break-here`, not `breakhere`. Letters are lowercased by Unicode's rule, as GitHub's ids
    are, not by a language's: Turkish `## Irak` is `irak`, though Turkish lowercases its
    `I` to a dotless i. A zero-width joiner or non-joiner goes, as on GitHub (`## چشم‌انداز`
    is `چشمانداز`); `fragment_of` drops it from a link too. Any other space (a no-break, an
    ideographic or a thin space; a line or paragraph separator) is a space between words."""
    base = unicodedata.normalize("NFC", text).strip().lower()
    if "\n" in base:  # split, not a regex: a run of spaces with no break is read once
        base = " ".join(line.strip(" \t") for line in base.split("\n"))
    if not base.isascii():  # `## Key<U+00A0>points` is `key-points`, as with a space
        base = _OTHER_SPACE.sub(" ", base)
    kept = _NOT_ANCHOR.sub("", base) if base.isascii() else _words(base, "-_ ", "")
    return kept.replace(" ", "-").strip("-") or "section"


def fragment_of(fragment: str) -> str:
    """Return a link's `#fragment` spelled as heading ids are: in NFC, so a file saved with
    decomposed accents links to its own headings, and without the invisible characters no id
    holds, so a Persian link with its zero-width non-joiner (copied from the heading) and one
    without it (as typed) lead to the same heading."""
    if fragment.isascii():
        return fragment
    return _NEVER_IN_ID.sub("", unicodedata.normalize("NFC", fragment))


class Anchors:
    """Hands out unique heading ids within one briefing, in linear time.

    Ids keep non-ASCII letters (`## 移民` → `移民`); a repeated heading gets `-1`, `-2`, …;
    the theme's own ids are never handed out.
    """

    def __init__(self) -> None:
        self._used: set[str] = set(RESERVED_ANCHORS)
        self._next: dict[str, int] = {}
        self.displaced: dict[str, str] = {}
        """Each theme id a heading would have had -> the id the first such heading got
        (`main` -> `main-1`): a `#main` link goes to the theme's element, not to it."""

    def claim(self, text: str) -> str:
        """Return a unique, non-empty id for a heading with this text."""
        base = wanted = anchor_of(text)
        if _THEME_ID.fullmatch(f"{base}-1"):  # `fnref-1`: no counter could leave the theme's ids
            base = f"{base}-heading"
        anchor, counter = base, self._next.get(base, 0)
        if counter or self._taken(anchor):
            # Resume counting where the last heading with this text stopped: no rescans.
            while self._taken(anchor):
                counter += 1
                anchor = f"{base}-{counter}"
            self._next[base] = counter
        self._used.add(anchor)
        if anchor != wanted and is_theme_id(wanted):
            self.displaced.setdefault(wanted, anchor)
        return anchor

    def claim_given(self, anchor: str) -> str:
        """Return `anchor`, an id the author gave a heading, or a numbered one when it is
        taken (by the theme, or by an earlier heading)."""
        if self._taken(anchor):
            return self.claim(anchor)
        self._used.add(anchor)
        return anchor

    def _taken(self, anchor: str) -> bool:
        return anchor in self._used or bool(_THEME_ID.fullmatch(anchor))


def is_theme_id(anchor: str) -> bool:
    """Return whether the theme may write `anchor` on a page: no heading ever takes it."""
    return anchor in RESERVED_ANCHORS or bool(_THEME_ID.fullmatch(anchor))
