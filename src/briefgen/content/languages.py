"""A briefing's language and its translations: BCP 47 tags, file-name suffixes, groups.

`lang:` in the front matter is the primary way to set a briefing's language; a file-name
suffix (`rubio-visit.es.md`, Hugo's convention) works too, and the site's `language:` is the
default. Briefings translate each other when they share a base name (`rubio-visit.md`,
`rubio-visit.es.md`; `en/rubio-visit.md`, `es/rubio-visit.md` in folders named for their
languages, `en/rubio-visit.es.md` beside `en/rubio-visit.md`) or a `translation_key:`.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, NamedTuple

from briefgen.content.days import calendar_day
from briefgen.content.slugs import is_device_name, is_valid_slug, name_words, slug_from_stem
from briefgen.patterns import pattern

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

Version = tuple[str, str, str]
"""(lang, lang_dir, slug) of one version: the fields of `model.Translation`, as a plain tuple
so that a build with nothing to do never imports the model."""

BCP47 = pattern(
    r"[a-zA-Z]{2,3}"  # language
    r"(?:-[a-zA-Z]{4})?"  # script
    r"(?:-(?:[a-zA-Z]{2}|[0-9]{3}))?"  # region
    r"(?:-(?:[a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*"  # variants
)
"""A well-formed BCP 47 language tag without extensions: `en`, `pt-BR`, `zh-Hant-TW`."""
MAX_TAG_LENGTH = 35
"""The longest tag briefgen takes: RFC 5646 (4.4.1) asks every implementation to take 35
characters, room for a language, script, region and two variants. A tag names the folder of
its pages and of its catalog, and one past 255 bytes is a name no file system holds."""
_SUFFIX = pattern(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
"""A file-name language suffix: `es`, `ES`, `pt-br`. Stricter than BCP 47: no single-letter
or over-long subtags."""
_PEEK = pattern(
    r"""^(["']?)(lang|translation_key|slug|draft|date)\1[ \t]*:(?:[ \t]+(.*?))?[ \t]*$""",
    re.MULTILINE,
)
"""A top-level `key: value` line of the fields the peek reads, as YAML writes it: the key
may be quoted and have spaces before its colon (`draft : true`)."""
FRONT_MATTER_PEEK = 64 * 1024 + 8
"""Bytes of a source read for the peek: the front matter's limit (content/yamlload.py), and
the `---` that closes it."""


def is_language_tag(tag: str) -> bool:
    """Return True when `tag` is a well-formed BCP 47 tag (`en`, `es-419`, `pt-BR`) of at
    most `MAX_TAG_LENGTH` characters."""
    return len(tag) <= MAX_TAG_LENGTH and bool(BCP47.fullmatch(tag))


def canonical_tag(tag: str) -> str:
    """Return a well-formed tag in BCP 47's usual case (`pt-br` → `pt-BR`, `ZH-HANT` →
    `zh-Hant`): tags are case-insensitive, so two spellings are one language, one folder."""
    if not is_language_tag(tag):
        return tag  # the front matter's check reports it
    language, *subtags = tag.split("-")
    cased = [
        part.title()
        if len(part) == 4 and part.isalpha()  # script
        else part.upper()
        if len(part) == 2 and part.isalpha()  # region
        else part.lower()
        for part in subtags
    ]
    return "-".join([language.lower(), *cased])


def folder_tag(name: str) -> str:
    """Return the tag a folder's name spells, in its usual case: tags are case-insensitive
    and gettext joins subtags with `_`, so `pt-br`, `PT-BR` and `pt_BR` are all `pt-BR`."""
    return canonical_tag(name.replace("_", "-"))


def split_language_suffix(stem: str) -> tuple[str, str | None]:
    """Split `rubio-visit.es` into (`rubio-visit`, `es`); a stem without one gets None.

    Tags are case-insensitive, so `visit.ES` is Spanish too, its suffix in the usual case. A
    suffix whose language CLDR does not know (`memo.old`, `notes.txt`) is part of the name."""
    base, suffix = tag_suffix(stem)
    if suffix is not None and cldr_knows(suffix):
        return base, canonical_tag(suffix)
    return stem, None


def tag_suffix(stem: str) -> tuple[str, str | None]:
    """Split a stem at its last dot when what follows is written as a language tag."""
    base, dot, suffix = stem.rpartition(".")
    if dot and base and _SUFFIX.fullmatch(suffix) and is_language_tag(suffix):
        return base, suffix
    return stem, None


@functools.lru_cache(maxsize=64)
def cldr_knows(tag: str) -> bool:
    """Return True when CLDR has the language of `tag` (`pt` of `pt-BR`, `yue`): Babel ships a
    file of its data. Any two or three letters after a dot look like a language (`.old`,
    `.txt`, `.eng`); only these are one. A retired tag or an alias (`iw`, `tl`) is none:
    suffixes.py tells the writer its preferred value. The one answer for a file-name suffix
    and for a folder of content/ named like a language (validate.py, build/folderlanguages.py).
    Looked up in Babel's installed data, not through Babel, whose import a build with nothing
    to do never pays."""
    babel = importlib.util.find_spec("babel")
    folders = (babel.submodule_search_locations or []) if babel else []
    data = f"{tag.split('-', 1)[0].lower()}.dat"
    return any((Path(folder) / "locale-data" / data).is_file() for folder in folders)


def folder_language(rel: str) -> tuple[str, str] | None:
    """Return the folder of content/ a source lies in when its name is a language tag, with
    the tag (`content/es/visita.md` → (`content/es`, `es`)): Hugo's and MkDocs' layout, which
    briefgen does not read as a language. Only a folder of content/ itself: that layout keeps
    every language in one, and a deeper `2026/uk/` is the writer's own order."""
    parts = rel.split("/")
    tag = _name_tag(parts[1]) if len(parts) > 2 else None
    return (f"{parts[0]}/{parts[1]}", tag) if tag else None


def _name_tag(name: str) -> str | None:
    """Return the tag a file-name suffix or a folder's name is (`es`, `pt-br` → `pt-BR`)."""
    return canonical_tag(name) if _SUFFIX.fullmatch(name) and is_language_tag(name) else None


def lang_dir(lang: str, default: str) -> str:
    """Return the URL prefix of a language: empty for the site's default, else `<lang>/`."""
    return "" if lang.casefold() == default.casefold() else f"{lang}/"


def device_folder(lang: str, default: str) -> tuple[str, str] | None:
    """Return (message, hint) when the folder of `lang`'s pages would be a Windows device
    name (`lang: nul` → `nul/`): a site holding it cannot be checked out on Windows."""
    folder = lang_dir(lang, default).rstrip("/")
    if not is_device_name(folder):
        return None
    return (
        f"language `{lang}` would be published in a folder `{folder}/`, "
        "a name Windows keeps for a device",
        f"only the site's own language has no folder: set `language: {lang}` in briefgen.yaml, "
        "or use another tag",
    )


def names_a_page(source: SourceLanguage, default: str) -> bool:
    """Return True when the slug and language `source`'s front matter gives can name a page:
    a file whose `slug:` or `lang:` is itself a mistake makes none, whatever else it holds."""
    if not is_valid_slug(source.slug) or not is_language_tag(source.lang):
        return False
    return device_folder(source.lang, default) is None


def file_language(path: str, default: str) -> str:
    """Return the language a file's name gives (`a.es.md` → `es`), else `default`. No language
    CLDR knows is a Windows device name (`nul`), so its folder is never one."""
    return split_language_suffix(PurePosixPath(path).stem)[1] or default


def translation_key(written: str | None, rel: str, lang: str, default: str) -> str:
    """Return the key that groups a source with its translations: its `translation_key:`,
    else its path in content/ without suffixes (`content/rubio-visit.es.md` → `rubio-visit`,
    `content/2026/visit.md` → `2026/visit`), so a `translation_key: rubio-visit` elsewhere
    joins the same group. A first folder named like a language is left out too when it holds
    a language's tree (see `_is_language_tree`): `content/es/visita.md` in `es` → `visita`.

    Keys are compared name by name between `/`, each as `name_words` spells it (`Visit` and
    `visit`, `rubio_visit` and `rubio-visit`, `café` typed on macOS, its `é` decomposed, and
    `café` written elsewhere): one name in each language's folder. Not as slugs, which spell
    other scripts in Latin letters: `北京` and `背景` share the slug `bei-jing`, not a name
    (namesakes.py warns of such a pair). A name with no letters or digits (`🎉`) is compared
    as written, in NFC and one case.
    """
    if not written:
        path = PurePosixPath(rel)
        base, suffix = split_language_suffix(path.stem)
        parts = path.parent.parts[1:]  # Drop content/: keys are names within it.
        if parts and _is_language_tree(parts[0], lang, default, suffixed=suffix is not None):
            parts = parts[1:]
        written = "/".join((*parts, base))
    names = unicodedata.normalize("NFC", written).split("/")
    return "/".join(name_words(name) or name.casefold() for name in names)


def _is_language_tree(folder: str, lang: str, default: str, *, suffixed: bool) -> bool:
    """Return True when `folder`, of content/ itself, is a tag (in any case, or gettext's
    `pt_BR`) holding a language's tree (Hugo's layout): the source's language `lang`, the
    site's `default`, or one CLDR knows above a suffixed name (`en/visit.es.md` translates
    `en/visit.md`). A file in the site's language in `es/` without `lang:` keeps `es/`."""
    tag = folder_tag(folder)
    if not is_language_tag(tag):
        return False
    if tag.casefold() in (lang.casefold(), default.casefold()):
        return True
    return suffixed and cldr_knows(tag)  # `old/visit.es.md` is no language's tree


@dataclass(frozen=True, slots=True)
class SourceLanguage:
    """What a source's front matter says about its language, read without a full parse."""

    rel: str
    lang: str
    key: str
    slug: str
    draft: bool
    day: str
    """The `date:` when it is a `YYYY-MM-DD` day (a page waits for it), else ""."""


def peek_language(rel: str, text: str, default: str) -> SourceLanguage:
    """Read `lang`, `translation_key`, `slug`, `draft` and `date` from the front matter's lines.

    The build needs every briefing's language and key before it renders any page (each page
    links its translations, and only those published), and full parsing happens in parallel
    later. These fields take plain values (tags, slugs, booleans, days), so a line scan reads
    them as YAML does; the full parse still validates them and reports mistakes at their line.
    """
    # Stripped as the full parse strips them: `'visit '` is the key `visit`, as on its page.
    front = _front_matter(text)
    fields = {key: _plain(value).strip() for _, key, value in _PEEK.findall(front)}
    # `2026-25-11` (day and month swapped) is an error of its file, not a day still to come.
    day = calendar_day(fields.get("date", ""))
    stem = PurePosixPath(rel).stem
    base, suffix = split_language_suffix(stem)
    lang = canonical_tag(fields.get("lang") or suffix or default)
    return SourceLanguage(
        rel=rel,
        lang=lang,
        key=translation_key(fields.get("translation_key"), rel, lang, default),
        slug=fields.get("slug") or slug_from_stem(base),
        draft=fields.get("draft") in ("true", "True", "TRUE"),
        day=day.isoformat() if day else "",
    )


def misread_fields(front: str, values: Mapping[str, object]) -> list[str]:
    """Return the fields of `values` (the front matter `front` as YAML read it) that the line
    scan of `peek_language` reads otherwise: written over two lines, with an anchor or a tag.

    The build groups translations and claims pages from the scan, so such a field would be
    one thing to the page and another to the site; a value of the wrong type is left to the
    front matter's own check.
    """
    lines = front.replace("\r\n", "\n").replace("\r", "\n")
    found = _PEEK.findall(lines)
    scanned = {key: _plain(value) for _, key, value in found}
    repeated = {key for key in scanned if sum(1 for _, k, _ in found if k == key) > 1}
    misread = []
    for key in ("lang", "translation_key", "slug", "draft"):
        if key in repeated:
            continue  # a duplicate key's error: YAML read the first, the scan the last
        value = values.get(key)
        if key == "draft" and isinstance(value, bool):
            same = value == (scanned.get(key) in ("true", "True", "TRUE"))
        else:
            same = not isinstance(value, str) or scanned.get(key, "").strip() == value.strip()
        if not same:
            misread.append(key)
    return misread


def group_line(text: str) -> int:
    """Return the line that puts a source in its translation group: its `translation_key:`,
    else its `lang:`, else 1 (the file name did)."""
    found = _field_lines(text)
    return found.get("translation_key") or found.get("lang") or 1


def lang_line(text: str) -> int:
    """Return the line that gives a source its language: its `lang:`, else 1 (the file name
    did)."""
    return _field_lines(text).get("lang") or 1


def says_language(text: str) -> bool:
    """Return True when a source's front matter has a `lang:` line."""
    return "lang" in _field_lines(text)


def _field_lines(text: str) -> dict[str, int]:
    """Return the line of each field `peek_language` reads, where the front matter has it."""
    front = _front_matter(text)  # from the `\n` after the opening `---` on line 1
    found: dict[str, int] = {}
    for match in _PEEK.finditer(front):
        found.setdefault(match[2], 1 + front.count("\n", 0, match.start()))
    return found


def _front_matter(text: str) -> str:
    """Return the front matter's text after its opening `---`, with `\n` line ends; "" when
    the file has none."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text[3:].split("\n---", 1)[0] if text.startswith("---") else ""


def _plain(value: str) -> str:
    """Return a scanned value as YAML reads it: without its quotes (a `"` string's escapes
    read, a `'` string's `''` made one), or its ` # comment`; YAML's null (`~`, `null`) is
    empty, as no value: `slug: ~` leaves the page its file's name, as the full parse does."""
    quote = value[:1]
    if quote == '"' and "\\" in value:
        import yaml  # rare: escapes in these fields; yaml reads them as YAML does

        try:
            loaded = yaml.safe_load(value)
        except yaml.YAMLError:
            return value  # the full parse reports it at its line
        return loaded if isinstance(loaded, str) else value
    if quote in ("'", '"'):
        end = value.find(quote, 1)
        while quote == "'" and end > 0 and value[end + 1 : end + 2] == "'":
            end = value.find(quote, end + 2)
        inside = value[1:end] if end > 0 else value[1:]
        return inside.replace("''", "'") if quote == "'" else inside
    plain = re.split(r"[ \t]#", value, maxsplit=1)[0].rstrip()
    return "" if plain in _NULLS else plain


_NULLS = frozenset({"~", "null", "Null", "NULL"})
"""What YAML 1.2's core schema reads as null, unquoted."""


class TranslationGroups(NamedTuple):
    """The versions each source links, and the sources no switcher links."""

    versions: Mapping[str, tuple[Version, ...]]
    """For each published source with translations, every published version of it, itself
    included. A source alone in its group is not in it."""
    shadowed: Mapping[str, SourceLanguage]
    """A source whose group has another file in its language, which the switchers link
    instead: the one first by path (the default language's file first, then by tag). Also
    in a group of one language, whose first translation would link the other."""


_KEY = attrgetter("key")


def translation_groups(
    sources: Sequence[SourceLanguage], default: str, *, drafts: bool, today: str | None
) -> TranslationGroups:
    """Group the published sources by translation key: drafts count with `drafts`, and a
    source dated after `today` (an ISO day; None with --future) waits for its day.

    Versions are ordered default language first, then by tag, so every page shows the same
    switcher.
    """
    if len(set(map(_KEY, sources))) == len(sources):
        # No two sources share a key (most sites): every group is of one, and nothing is
        # linked or shadowed, which is known in one C-level pass instead of a test per file.
        return TranslationGroups({}, {})
    groups: dict[str, list[SourceLanguage]] = {}
    for source in sources:
        waits = today is not None and source.day > today
        # A version whose slug or language is an error has no page to link to.
        if (drafts or not source.draft) and not waits and names_a_page(source, default):
            groups.setdefault(source.key, []).append(source)
    result: dict[str, tuple[Version, ...]] = {}
    shadowed: dict[str, SourceLanguage] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        ordered = sorted(members, key=lambda m: (m.lang != default, m.lang, m.rel))
        linked: dict[str, SourceLanguage] = {}
        versions: list[Version] = []
        for member in ordered:
            if member.lang in linked:  # Two files in one language: the first one wins.
                first = linked[member.lang]
                if member.slug.casefold() != first.slug.casefold():  # else one page: the
                    shadowed[member.rel] = first  # duplicate slug's error tells them apart
                continue
            linked[member.lang] = member
            versions.append((member.lang, lang_dir(member.lang, default), member.slug))
        if len(versions) < 2:
            continue  # one language: no switcher, yet the second file is told
        for member in members:
            result[member.rel] = tuple(versions)
    return TranslationGroups(result, shadowed)
