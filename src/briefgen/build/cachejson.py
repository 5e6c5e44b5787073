"""The cache's objects as JSON: explicit to/from functions, so loading a cache runs no code.

Each `*_from_json` raises `CacheShapeError` on anything it does not expect; the cache then
treats the whole file as absent. Dates travel as ISO strings; the free-form `extra:` values
of front matter travel in a small tagged form that keeps their Python types.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, cast

from briefgen.diagnostics import Diagnostic, SourcePos

if TYPE_CHECKING:
    from collections.abc import Mapping

    from briefgen.model import Entry, FrontMatter, RichText, Source, Update
    from briefgen.site.links import PageLinks

JSON = object
"""A value `json.loads` may return (narrowed with isinstance where it is read)."""


class CacheShapeError(ValueError):
    """A cache value is not what this version of briefgen writes."""


@functools.cache
def _model() -> tuple[type[Entry], type[FrontMatter], type[RichText], type[Source], type[Update]]:
    """Return the model classes a cached entry is made of, imported on first use: a build
    with nothing to do reads no entry, and creating these dataclasses costs a few ms."""
    from briefgen.model import Entry, FrontMatter, RichText, Source, Update

    return Entry, FrontMatter, RichText, Source, Update


@functools.cache
def _page_links() -> type[PageLinks]:
    """Return the PageLinks class, imported on first use (a build with nothing to do checks
    no link)."""
    from briefgen.site.links import PageLinks

    return PageLinks


def pos_to_json(pos: SourcePos) -> JSON:
    """Return a SourcePos as `[path, line, column]`."""
    return [pos.path, pos.line, pos.column]


def pos_from_json(data: JSON) -> SourcePos:
    """Return the SourcePos that `pos_to_json` wrote."""
    match data:
        case [str(path), int(line), int(column)]:
            return SourcePos(path, line, column)
    raise CacheShapeError("position")


def diagnostic_to_json(diagnostic: Diagnostic) -> JSON:
    """Return a Diagnostic as a JSON object."""
    return {
        "severity": diagnostic.severity,
        "pos": pos_to_json(diagnostic.pos),
        "message": diagnostic.message,
        "hint": diagnostic.hint,
    }


def diagnostic_from_json(data: JSON) -> Diagnostic:
    """Return the Diagnostic that `diagnostic_to_json` wrote."""
    fields = _object(data)
    severity, message, hint = fields.get("severity"), fields.get("message"), fields.get("hint")
    if severity not in ("error", "warning") or not isinstance(message, str):
        raise CacheShapeError("diagnostic")
    if hint is not None and not isinstance(hint, str):
        raise CacheShapeError("diagnostic hint")
    return Diagnostic(
        "error" if severity == "error" else "warning",
        pos_from_json(fields.get("pos")),
        message,
        hint,
    )


def entry_to_json(entry: Entry) -> JSON:
    """Return an Entry (with its front matter) as a JSON object: every field, so a cached
    entry equals a freshly parsed one (list pages and related lists are keyed by entries)."""
    meta = entry.meta
    return {
        "slug": entry.slug,
        "source": entry.source,
        "reading_minutes": entry.reading_minutes,
        "lang": entry.lang,
        "lang_dir": entry.lang_dir,
        "translation_key": entry.translation_key,
        "feed_html": entry.feed_html,
        "meta": {
            "title": meta.title,
            "date": meta.date.isoformat(),
            "updated": meta.updated.isoformat() if meta.updated else None,
            "summary": meta.summary,
            "tags": list(meta.tags),
            "draft": meta.draft,
            "pos": pos_to_json(meta.pos),
            "authors": list(meta.authors),
            "layout": meta.layout,
            "layout_pos": None if meta.layout_pos is None else pos_to_json(meta.layout_pos),
            "lang": meta.lang,
            "translation_key": meta.translation_key,
            "extra": value_to_json(meta.extra),
            "updates": [_update_to_json(update) for update in meta.updates],
            "sources": [_source_to_json(source) for source in meta.sources],
            "tag_positions": [pos_to_json(pos) for pos in meta.tag_positions],
            "updated_pos": _pos_or_none(meta.updated_pos),
            "date_pos": _pos_or_none(meta.date_pos),
            "slug_pos": _pos_or_none(meta.slug_pos),
            "translation_key_pos": _pos_or_none(meta.translation_key_pos),
        },
    }


def _update_to_json(update: Update) -> JSON:
    text = update.text
    return [update.date.isoformat(), text.html, text.text, pos_to_json(update.pos)]


def _update_from_json(data: JSON) -> Update:
    day, html, text, pos = _fixed(data, 4)
    _, _, RichText, _, Update = _model()  # noqa: N806 - the classes, by their own names
    return Update(_date(day), RichText(_str(html), _str(text)), pos_from_json(pos))


def _source_to_json(source: Source) -> JSON:
    days = (source.published, source.accessed)
    written = [source.title, source.url, source.publisher, *(d and d.isoformat() for d in days)]
    return [*written, _pos_or_none(source.accessed_pos), _pos_or_none(source.published_pos)]


def _source_from_json(data: JSON) -> Source:
    title, url, publisher, published, accessed, accessed_pos, published_pos = _fixed(data, 7)
    first, last = (None if d is None else _date(d) for d in (published, accessed))
    _, _, _, Source, _ = _model()  # noqa: N806 - the class, by its own name
    at, since = (_pos_from_json_or_none(pos) for pos in (accessed_pos, published_pos))
    text = _str(title), _optional_str(url), _optional_str(publisher)
    return Source(*text, first, last, at, since)


def _pos_or_none(pos: SourcePos | None) -> JSON:
    return None if pos is None else pos_to_json(pos)


def _pos_from_json_or_none(data: object) -> SourcePos | None:
    return None if data is None else pos_from_json(data)


def _fixed(data: JSON, length: int) -> list[object]:
    items = _list(data)
    if len(items) != length:
        raise CacheShapeError("list length")
    return items


def entry_from_json(data: JSON) -> Entry:
    """Return the Entry that `entry_to_json` wrote."""
    Entry, FrontMatter, *_ = _model()  # noqa: N806 - the classes, by their own names
    fields = _object(data)
    meta = _object(fields.get("meta"))
    extra = value_from_json(meta.get("extra"))
    if not isinstance(extra, dict):
        raise CacheShapeError("extra")
    updated, layout_pos = meta.get("updated"), meta.get("layout_pos")
    front = FrontMatter(
        title=_str(meta.get("title")),
        date=_date(meta.get("date")),
        updated=None if updated is None else _date(updated),
        summary=_optional_str(meta.get("summary")),
        tags=_strings(meta.get("tags")),
        draft=_bool(meta.get("draft")),
        pos=pos_from_json(meta.get("pos")),
        authors=_strings(meta.get("authors")),
        layout=_optional_str(meta.get("layout")),
        layout_pos=None if layout_pos is None else pos_from_json(layout_pos),
        lang=_optional_str(meta.get("lang")),
        translation_key=_optional_str(meta.get("translation_key")),
        extra=extra,
        updates=tuple(_update_from_json(u) for u in _list(meta.get("updates"))),
        sources=tuple(_source_from_json(u) for u in _list(meta.get("sources"))),
        tag_positions=tuple(pos_from_json(p) for p in _list(meta.get("tag_positions"))),
        updated_pos=_pos_from_json_or_none(meta.get("updated_pos")),
        date_pos=_pos_from_json_or_none(meta.get("date_pos")),
        slug_pos=_pos_from_json_or_none(meta.get("slug_pos")),
        translation_key_pos=_pos_from_json_or_none(meta.get("translation_key_pos")),
    )
    minutes = fields.get("reading_minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise CacheShapeError("reading_minutes")
    return Entry(
        _str(fields.get("slug")),
        _str(fields.get("source")),
        front,
        minutes,
        lang=_str(fields.get("lang")),
        lang_dir=_str(fields.get("lang_dir")),
        translation_key=_str(fields.get("translation_key")),
        feed_html=_str(fields.get("feed_html")),
    )


def links_to_json(links: PageLinks) -> JSON:
    """Return a page's scanned links as a JSON object (sets sorted, for stable files)."""
    return {
        "targets": sorted(links.targets),
        "ids": sorted(links.ids),
        "problems": [list(problem) for problem in links.problems],
    }


def links_from_json(data: JSON) -> PageLinks:
    """Return the PageLinks that `links_to_json` wrote."""
    fields = _object(data)
    problems: list[tuple[str, str, str | None]] = []
    for item in _list(fields.get("problems")):
        match item:
            case [str(url), str(message), str() | None as hint]:
                problems.append((url, message, hint))
            case _:
                raise CacheShapeError("link problem")
    targets = frozenset(_strings(fields.get("targets")))
    return _page_links()(targets, frozenset(_strings(fields.get("ids"))), tuple(problems))


def typed_list(data: JSON, types: tuple[type, ...]) -> list[object]:
    """Return a JSON list whose items have exactly these types, in order (one C-level pass:
    a cache holds such a record per source and per output)."""
    if type(data) is not list or tuple(map(type, data)) != types:
        raise CacheShapeError("record")
    return cast("list[object]", data)


def strings(data: JSON) -> tuple[str, ...]:
    """Return a JSON list of strings as a tuple."""
    return _strings(data)


def value_to_json(value: object) -> JSON:
    """Return a YAML value (from `extra:`) in a tagged JSON form that keeps its type."""
    match value:
        case None | bool() | str() | float():
            return value
        case int():
            # Beyond Python's int/str digit limit json.dumps would fail; hex has no limit.
            return value if abs(value) < 10**300 else {"int": hex(value)}
        case dt.datetime():
            return {"datetime": value.isoformat()}
        case dt.date():
            return {"date": value.isoformat()}
        case list() | tuple():
            return {"list": [value_to_json(v) for v in value]}
        case dict():
            mapping = cast("Mapping[object, object]", value)
            return {"map": [[value_to_json(k), value_to_json(v)] for k, v in mapping.items()]}
    raise CacheShapeError(f"cannot cache a {type(value).__name__}")


def value_from_json(data: JSON) -> object:
    """Return the value that `value_to_json` wrote."""
    match data:
        case None | bool() | str() | int() | float():
            return data
        case {"int": str(text)}:
            return int(text, 16)
        case {"datetime": str(text)}:
            try:
                return dt.datetime.fromisoformat(text)
            except ValueError:
                raise CacheShapeError("datetime") from None
        case {"date": str(text)}:
            return _date(text)
        case {"list": list(items)}:
            return [value_from_json(v) for v in items]
        case {"map": list(pairs)}:
            result: dict[object, object] = {}
            for pair in pairs:
                if not isinstance(pair, list) or len(pair) != 2:
                    raise CacheShapeError("map item")
                key = value_from_json(pair[0])
                if isinstance(key, list | dict):
                    raise CacheShapeError("map key")
                result[key] = value_from_json(pair[1])
            return result
    raise CacheShapeError("value")


def _date(data: JSON) -> dt.date:
    if not isinstance(data, str):
        raise CacheShapeError("date")
    try:
        return dt.date.fromisoformat(data)
    except ValueError:
        raise CacheShapeError("date") from None


def _object(data: JSON) -> dict[str, object]:
    if not isinstance(data, dict):
        raise CacheShapeError("object")
    return cast("dict[str, object]", data)


def _list(data: JSON) -> list[object]:
    if not isinstance(data, list):
        raise CacheShapeError("list")
    return cast("list[object]", data)


def _str(data: JSON) -> str:
    if not isinstance(data, str):
        raise CacheShapeError("string")
    return data


def _optional_str(data: JSON) -> str | None:
    return None if data is None else _str(data)


def _bool(data: JSON) -> bool:
    if not isinstance(data, bool):
        raise CacheShapeError("boolean")
    return data


def _strings(data: JSON) -> tuple[str, ...]:
    items = _list(data)
    # One C-level pass over the types: a cache holds a few hundred thousand of these strings.
    if not _STR.issuperset(map(type, items)):
        raise CacheShapeError("string")
    return tuple(cast("list[str]", items))


_STR = frozenset({str})
