"""The site's settings as the last build read them, so a build with nothing to do never
imports the YAML library.

Importing PyYAML compiles a few dozen regular expressions: about 40 ms, more than a no-change
build of 1,000 briefings spends on anything but Python's own start-up. The settings (and
their warnings) are a pure function of `briefgen.yaml`'s bytes, briefgen's code and the
`--base-url` flag, so the cache keeps them under a key of all three. A cache file that is
missing, of another key, or not what this code writes is a miss: the settings are read from
the YAML again, and saved once the build has succeeded.

The key is no proof: a restored CI cache is anyone's file, key and all. So a cached config is
used only when the settings that would give it pass every rule `briefgen.yaml`'s pass, and
settings that run code (`plugins`) or publish raw HTML (`unsafe_html`) are never cached: only
`briefgen.yaml` itself turns those on. Any other setting a forged cache file sets is used as long
as it is valid (a title, `base_url`, `cname`, `source_url`, `images.remote_hosts`): only restore
caches your own workflow wrote.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from briefgen.build.cachefiles import read_cache_file, sum_holds, write_document
from briefgen.build.cachejson import (
    CacheShapeError,
    diagnostic_from_json,
    diagnostic_to_json,
    strings,
    value_from_json,
    value_to_json,
)
from briefgen.build.fingerprint import code_version
from briefgen.files import digest
from briefgen.model import LanguageTexts, SiteConfig
from briefgen.project import CONFIG_NAME
from briefgen.settingsfile import read_settings_file
from briefgen.site.config import gives_itself, parse_config

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.diagnostics import Diagnostic

log = logging.getLogger(__name__)

CONFIG_CACHE = "config.json"
"""The cache file, in the build cache's folder."""
_FORMAT = 2
"""The cache file's layout: 2 since its value carries a `sum` (`cachefiles.sum_holds`), so a file
an earlier briefgen wrote is another version's, read again quietly, not a damaged one."""
_DAMAGED = f"ignoring a damaged build cache ({{}}/{CONFIG_CACHE}); reading {CONFIG_NAME} again"
"""The notice for a cache file under the right key that cannot be used: named in its folder
(`.briefgen-cache/config.json`), as the project holds it."""


@dataclass(frozen=True, slots=True)
class ReadConfig:
    """The settings, their problems, and whether they came from the cache."""

    config: SiteConfig
    diagnostics: list[Diagnostic]
    key: str
    """Hash of the settings file's bytes (or its absence), briefgen's code and `--base-url`."""
    to_save: bool
    """True when read from YAML: `save_config` keeps it for the next build."""
    notice: str | None = None
    """Why a cache file that was there was not used, when it was damaged."""


def read_config(root: Path, cache_dir: Path | None, base_url_override: str | None) -> ReadConfig:
    """Return what `site.config.load_config` returns, from the cache when its key matches
    (never with no cache folder, `cache_dir` None).

    A settings file that is not a file raises BriefgenError, and one that cannot be read
    OSError, as they do for `load_config`."""
    # Read once: the settings made on a miss are those of the very bytes in the key.
    data = read_settings_file(root / CONFIG_NAME)
    key = digest(code_version(), "none" if data is None else "file", data or b"")
    key = digest(key, repr(base_url_override))
    found = None if cache_dir is None else _load(cache_dir / CONFIG_CACHE, key, base_url_override)
    if isinstance(found, str):
        found = found.format(cache_dir.name if cache_dir else "")
    if isinstance(found, tuple):
        return ReadConfig(*found, key, to_save=False)
    config, diagnostics = parse_config(data, base_url_override)
    return ReadConfig(config, diagnostics, key, to_save=True, notice=found)


def save_config(cache_dir: Path, read: ReadConfig) -> None:
    """Keep settings that were read from YAML for the next build, if the cache folder exists
    (a build saves its state there first); a failure to write only costs the next build."""
    if not read.to_save or not cache_dir.is_dir():
        return
    try:
        if not _cacheable(read.config):
            (cache_dir / CONFIG_CACHE).unlink(missing_ok=True)  # a poisoned one, too
            return
        value = [read.key, config_to_json(read.config), *map(diagnostic_to_json, read.diagnostics)]
        write_document(cache_dir / CONFIG_CACHE, {"format": _FORMAT}, value)
    except CacheShapeError as exc:  # a value of a type JSON cannot hold (YAML gives none)
        log.debug("settings not cached: %s", exc)
    except OSError as exc:
        log.debug("cannot write %s: %s", CONFIG_CACHE, exc)


def _load(
    path: Path, key: str, base_url_override: str | None
) -> tuple[SiteConfig, list[Diagnostic]] | str | None:
    """Return the cached settings and warnings under `key`; else the notice for a damaged
    file, or None for one that is missing or another key's or code's."""
    try:
        raw = read_cache_file(path)
        data = json.loads(raw)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError):
        return _DAMAGED
    if not isinstance(data, dict) or "format" not in data:
        return _DAMAGED
    if data["format"] != _FORMAT:
        return None  # another version's
    if not sum_holds(raw, data):
        return _DAMAGED
    match data.get("value"):
        case [str(saved), *_] if saved != key:
            return None
        case [str(), config, *diagnostics]:
            try:
                found = config_from_json(config), [diagnostic_from_json(d) for d in diagnostics]
            except CacheShapeError:
                return _DAMAGED
            return found if _trusted(*found, base_url_override) else _DAMAGED
    return _DAMAGED


def _cacheable(config: SiteConfig) -> bool:
    """Return whether settings may be cached: not when they name code to run or let raw HTML
    through, which a cache file alone must never do."""
    return not config.plugins and not config.unsafe_html


def _trusted(
    config: SiteConfig, diagnostics: list[Diagnostic], base_url_override: str | None
) -> bool:
    """Return whether cached settings are ones a successful build with `briefgen.yaml` could
    have saved: cacheable, with no error, and passing every rule the settings pass."""
    ok = _cacheable(config) and not any(d.is_error for d in diagnostics)
    return ok and gives_itself(config, base_url_override)


def config_to_json(config: SiteConfig) -> dict[str, object]:
    """Return the settings as a JSON object with one member per field."""
    return {
        "title": config.title,
        "description": config.description,
        "language": config.language,
        "author": config.author,
        "base_url": config.base_url,
        "unsafe_html": config.unsafe_html,
        "cname": config.cname,
        "source_url": config.source_url,
        "plugins": list(config.plugins),
        "image_hosts": list(config.image_hosts),
        "extra": value_to_json(dict(config.extra)),
        "per_page": config.per_page,
        "feed_full_content": config.feed_full_content,
        "pdf": config.pdf,
        "pdf_page_size": config.pdf_page_size,
        "search": config.search,
        "languages": {
            tag: [texts.title, texts.description, texts.author]
            for tag, texts in config.languages.items()
        },
    }


def config_from_json(data: object) -> SiteConfig:
    """Return the SiteConfig that `config_to_json` wrote, equal to it field by field."""
    if not isinstance(data, dict) or len(data) != len(fields(SiteConfig)):
        raise CacheShapeError("settings")  # a field added or gone: written by other code
    match data:
        case {
            "title": str(title),
            "description": str(description),
            "language": str(language),
            "author": str(author),
            "base_url": str(base_url),
            "unsafe_html": bool(unsafe_html),
            "cname": str() | None as cname,
            "source_url": str() | None as source_url,
            "plugins": plugins,
            "image_hosts": image_hosts,
            "extra": extra,
            "per_page": int(per_page),
            "feed_full_content": bool(feed_full_content),
            "pdf": bool(pdf),
            "pdf_page_size": str(pdf_page_size),
            "search": bool(search),
            "languages": dict(languages),
        } if not isinstance(per_page, bool):
            mapping = value_from_json(extra)
            if not isinstance(mapping, dict):
                raise CacheShapeError("extra")
            return SiteConfig(
                title=title,
                description=description,
                language=language,
                author=author,
                base_url=base_url,
                unsafe_html=unsafe_html,
                cname=cname,
                source_url=source_url,
                plugins=strings(plugins),
                image_hosts=strings(image_hosts),
                extra=mapping,
                per_page=per_page,
                feed_full_content=feed_full_content,
                pdf=pdf,
                pdf_page_size=pdf_page_size,
                search=search,
                languages={str(tag): _language_texts(texts) for tag, texts in languages.items()},
            )
    raise CacheShapeError("settings")


def _language_texts(data: object) -> LanguageTexts:
    """Return the texts of one language that `config_to_json` wrote as a list."""
    match data:
        case [str() | None as title, str() | None as description, str() | None as author]:
            return LanguageTexts(title, description, author)
    raise CacheShapeError("languages")
