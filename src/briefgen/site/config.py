"""Load `briefgen.yaml` into a SiteConfig, reporting every bad key at its line."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import yaml

from briefgen.content.languages import canonical_tag
from briefgen.content.yamlload import (
    MAX_DEPTH,
    YamlPath,
    YamlProblemError,
    construct_int,
    core_schema_resolvers,
    find_bad_character,
    name_keys,
    problem_diagnostic,
    written_scalars,
)
from briefgen.content.yamlsource import YamlSource, file_source
from briefgen.diagnostics import Diagnostic, SourcePos, error, undecodable_at
from briefgen.files import read_settings_file
from briefgen.model import SiteConfig
from briefgen.project import CONFIG_NAME
from briefgen.site.baseurl import normalise_base_url
from briefgen.site.urls import url_problem

if TYPE_CHECKING:
    from collections.abc import Hashable
    from pathlib import Path

log = logging.getLogger(__name__)

_STRING_KEYS = ("title", "description", "language", "author", "cname", "source_url")
KNOWN_KEYS = (
    *_STRING_KEYS,
    *("base_url", "unsafe_html", "plugins", "images", "home", "feed", "pdf", "search", "extra"),
)
PAGE_SIZES = ("A4", "Letter")
"""The paper sizes `pdf.page_size` accepts."""
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
"""A well-formed BCP 47 tag, simplified: a 2-3 letter language, then subtags."""
# Host names are strings left to `re`'s cache, compiled for the first settings that name a
# host (`cname`, `images.remote_hosts`): 1.6 M instructions most builds need not spend.
_HOST_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_HOST = r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"


def load_config(
    root: Path, *, base_url_override: str | None = None
) -> tuple[SiteConfig, list[Diagnostic]]:
    """Read `root/briefgen.yaml` (optional) and return the config with all its problems."""
    return parse_config(read_settings_file(root / CONFIG_NAME), base_url_override)


def parse_config(
    data: bytes | None, base_url_override: str | None = None
) -> tuple[SiteConfig, list[Diagnostic]]:
    """Return the config that `briefgen.yaml` holding `data` (None: no such file) gives, with
    all its problems."""
    settings = _Settings({}, {}, [])
    if data is not None:
        settings = _read_mapping(data)
    for key in settings.values:
        if key not in KNOWN_KEYS:
            settings.report(key, f"unknown setting `{key}`", _suggest(key))
    base_url = base_url_override or settings.text("base_url", "")
    pdf, page_size = _pdf_settings(settings)
    config = SiteConfig(
        title=settings.text("title", "Briefings"),
        description=settings.text("description", ""),
        language=canonical_tag(settings.text("language", "en")),
        author=settings.text("author", ""),
        base_url=normalise_base_url(
            base_url,
            settings.at("base_url"),
            settings.diagnostics,
            from_settings=base_url_override is None,
        ),
        unsafe_html=settings.flag("unsafe_html"),
        cname=settings.text("cname", "") or None,
        source_url=settings.text("source_url", "") or None,
        plugins=settings.names("plugins"),
        image_hosts=_image_hosts(settings),
        extra=settings.mapping("extra"),
        per_page=_per_page(settings),
        feed_full_content=_feed_full_content(settings),
        pdf=pdf,
        pdf_page_size=page_size,
        search=settings.flag("search"),
    )
    if not _LANGUAGE.fullmatch(config.language):
        settings.report(
            "language", f"`language` must be a tag like `en` or `pt-BR`, not `{config.language}`"
        )
    if config.cname is not None and not _is_host_name(config.cname.strip()):
        settings.report(
            "cname",
            f"`cname` must be a bare host name like `briefs.example.org`, not `{config.cname}`",
        )
    if config.source_url is not None and url_problem(config.source_url):
        problem = url_problem(config.source_url)
        settings.report("source_url", f"`source_url` {problem}")
    return config, settings.diagnostics


def _is_host_name(text: str) -> bool:
    """Return True for a DNS name: dot-separated labels of letters, digits and inner hyphens."""
    labels = text.removesuffix(".").split(".")
    return len(text) <= 253 and all(re.fullmatch(_HOST_LABEL, label) for label in labels)


@dataclass
class _Settings:
    """Raw settings plus key lines; typed getters report a wrong type at the key's line."""

    values: dict[str, object]
    lines: dict[str, int]
    diagnostics: list[Diagnostic]
    written: dict[YamlPath, str] = field(default_factory=dict)
    """Each number's and boolean's source text, for a message to quote as written."""

    def at(self, key: str) -> SourcePos:
        """Return the line of `key` (`home.per_page` for a nested one), else of its section."""
        line = self.lines.get(key) or self.lines.get(key.partition(".")[0], 1)
        return SourcePos(CONFIG_NAME, line)

    def report(self, key: str, message: str, hint: str | None = None) -> None:
        self.diagnostics.append(error(self.at(key), message, hint))

    def text(self, key: str, default: str) -> str:
        value = self.values.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        self.report(key, f"`{key}` must be a string", "quote the value")
        return default

    def flag(self, key: str) -> bool:
        value = self.values.get(key, False)
        if isinstance(value, bool):
            return value
        self.report(key, f"`{key}` must be true or false", _BOOLEAN_HINT)
        return False

    def names(self, key: str) -> tuple[str, ...]:
        value = self.values.get(key, [])
        if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
            return tuple(dict.fromkeys(str(v) for v in value))
        self.report(key, f"`{key}` must be a list of names", "write plugins: [my_plugin]")
        return ()

    def mapping(self, key: str) -> dict[str, object]:
        value = self.values.get(key, {})
        if isinstance(value, dict):
            return {str(k): v for k, v in value.items()}
        self.report(key, f"`{key}` must be a mapping")
        return {}


def _image_hosts(settings: _Settings) -> tuple[str, ...]:
    """Return the hosts in `images: remote_hosts:`, reporting anything that is not a host."""
    images = settings.mapping("images")
    for key in images:
        if key != "remote_hosts":
            settings.report(
                f"images.{key}", f"unknown setting `images.{key}`", "expected `remote_hosts`"
            )
    hosts = images.get("remote_hosts", [])
    example = "write `images: {remote_hosts: [upload.wikimedia.org]}`"
    if not isinstance(hosts, list):
        settings.report(
            "images.remote_hosts", "`images.remote_hosts` must be a list of host names", example
        )
        return ()
    for index, host in enumerate(hosts):
        if not isinstance(host, str) or not re.match(_HOST, host):
            shown = settings.written.get(("images", "remote_hosts", index), host)
            message = f"`images.remote_hosts` entry `{shown}` is not a lower-case host name"
            settings.report("images.remote_hosts", message, example + " (no https://, no path)")
            return ()
    return tuple(dict.fromkeys(hosts))


def _sub_settings(settings: _Settings, key: str, known: tuple[str, ...]) -> dict[str, object]:
    """Return a nested mapping of settings, reporting keys it does not know."""
    values = settings.mapping(key)
    for name in values:
        if name not in known:
            expected = ", ".join(f"`{k}`" for k in known)
            settings.report(
                f"{key}.{name}", f"unknown setting `{key}.{name}`", f"expected {expected}"
            )
    return values


def _per_page(settings: _Settings) -> int:
    """Return `home.per_page`: how many briefings a list page shows (default 20)."""
    value = _sub_settings(settings, "home", ("per_page",)).get("per_page", 20)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1000:
        return value
    settings.report("home.per_page", "`home.per_page` must be a whole number from 1 to 1000")
    return 20


_BOOLEAN_HINT = "write true or false: yes, no, on and off are text, as in front matter"


def _feed_full_content(settings: _Settings) -> bool:
    """Return `feed.full_content`: whole briefings in feed entries instead of summaries."""
    value = _sub_settings(settings, "feed", ("full_content",)).get("full_content", False)
    if isinstance(value, bool):
        return value
    settings.report("feed.full_content", "`feed.full_content` must be true or false", _BOOLEAN_HINT)
    return False


def _pdf_settings(settings: _Settings) -> tuple[bool, str]:
    """Return `pdf` and `pdf_page_size` from `pdf: true` or `pdf: {page_size: Letter}`."""
    value = settings.values.get("pdf", False)
    if isinstance(value, bool):
        return value, "A4"
    if not isinstance(value, dict):
        settings.report("pdf", "`pdf` must be true, false or a mapping like {page_size: A4}")
        return False, "A4"
    options = _sub_settings(settings, "pdf", ("enabled", "page_size"))
    enabled, size = options.get("enabled", True), options.get("page_size", "A4")
    if not isinstance(enabled, bool):
        settings.report("pdf.enabled", "`pdf.enabled` must be true or false", _BOOLEAN_HINT)
        enabled = False
    if size not in PAGE_SIZES:
        shown = settings.written.get(("pdf", "page_size"), str(size))  # `1.50`, not 1.5
        settings.report("pdf.page_size", f"`pdf.page_size` must be A4 or Letter, not `{shown}`")
        size = "A4"
    return enabled, str(size)


def _read_mapping(data: bytes) -> _Settings:
    """Parse YAML into settings with the 1-based line of each top-level key."""
    try:
        text = data.decode("utf-8-sig")
        source = file_source(CONFIG_NAME, text)  # U+2028 is a line break to YAML, not to you
        _check_expansion(text)
        loader = _ConfigLoader(text)
        try:
            node = loader.get_single_node()
            value = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except YamlProblemError as problem:
        return _Settings({}, {}, [problem_diagnostic(problem, source)])
    except UnicodeDecodeError as exc:
        at = undecodable_at(CONFIG_NAME, data.removeprefix(b"\xef\xbb\xbf"), exc)  # after a BOM
        return _Settings({}, {}, [error(at, f"not valid UTF-8 at byte {exc.start}")])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        pos = source.pos(mark.line, mark.column) if mark else SourcePos(CONFIG_NAME, 1)
        return _Settings({}, {}, [error(pos, f"invalid YAML: {exc.problem or exc}")])
    except yaml.YAMLError as exc:  # e.g. a control character, which has no mark
        first_line = str(exc).splitlines()[0]
        return _Settings({}, {}, [error(SourcePos(CONFIG_NAME, 1), f"invalid YAML: {first_line}")])
    if not isinstance(value, dict) or not isinstance(node, yaml.MappingNode | None):
        message = "briefgen.yaml must be a mapping of settings"
        return _Settings({}, {}, [error(SourcePos(CONFIG_NAME, 1), message)])
    lines = _key_lines(node, source) if node else {}
    bad = find_bad_character(value)
    if bad is not None:
        (path, char) = bad
        line = lines.get(str(path[0]), 1) if path else 1
        message = f"a setting holds the character {char}, which cannot be published"
        return _Settings({}, {}, [error(SourcePos(CONFIG_NAME, line), message, "remove it")])
    written = written_scalars(node) if node else {}
    return _Settings({str(k): v for k, v in value.items()}, lines, [], written)


def _key_lines(node: yaml.MappingNode, source: YamlSource) -> dict[str, int]:
    """Return the file line of each key, and of each key one level down as `key.name`."""
    lines: dict[str, int] = {}
    for key, value in node.value:
        lines[str(key.value)] = source.pos(key.start_mark.line, 0).line
        if isinstance(value, yaml.MappingNode):
            for name, _ in value.value:
                lines[f"{key.value}.{name.value}"] = source.pos(name.start_mark.line, 0).line
    return lines


MAX_VALUES = 100_000
"""Most values the settings' aliases may repeat, all aliases together."""
_EventLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _check_expansion(text: str) -> None:
    """Raise YamlProblemError for an alias inside the value it names, aliases that repeat more
    than MAX_VALUES values, or nesting past MAX_DEPTH levels, before anything is constructed.

    The settings are trusted and may use anchors, but a few lines of them can describe a
    value bigger than memory ("billion laughs") or one that holds itself, which every later
    walk over the settings would follow for ever.
    """
    loader = _EventLoader(text)
    sizes: dict[str, tuple[int, int]] = {}  # anchor: values and levels its node expands to
    open_: list[tuple[str | None, list[int]]] = [(None, [0, 0])]  # a sentinel for the root
    aliased = 0  # values that aliases repeat: a plain file costs only its own size
    try:
        while loader.check_event():
            event: yaml.Event = loader.get_event()  # type: ignore[no-untyped-call]
            mark = event.start_mark
            at = (mark.line, mark.column) if mark else (0, 0)
            size: tuple[int, int] | None = None  # values and levels the event adds
            if isinstance(event, yaml.CollectionStartEvent):
                size = (1, 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, (values, levels) = open_.pop()
                _count_node(open_, anchor, sizes, (values + 1, levels + 1))
            elif isinstance(event, yaml.ScalarEvent):
                size = (1, 0)
            elif isinstance(event, yaml.AliasEvent):
                if any(anchor == event.anchor for anchor, _ in open_):
                    raise YamlProblemError(
                        f"alias `*{event.anchor}` repeats a value inside itself",
                        *at,
                        hint="an anchored value cannot hold its own alias",
                    )
                size = sizes.get(str(event.anchor))  # an unknown one is the composer's to report
            if size is None:
                continue
            aliased += size[0] if isinstance(event, yaml.AliasEvent) else 0
            _refuse_expansion(at, aliased, len(open_) - 1 + size[1])
            if isinstance(event, yaml.CollectionStartEvent):
                open_.append((event.anchor, [0, 0]))
            else:
                anchor = event.anchor if isinstance(event, yaml.ScalarEvent) else None
                _count_node(open_, anchor, sizes, size)
    finally:
        loader.dispose()


def _count_node(
    open_: list[tuple[str | None, list[int]]],
    anchor: str | None,
    sizes: dict[str, tuple[int, int]],
    size: tuple[int, int],
) -> None:
    """Count a finished node of `size` into its collection, and keep it under its anchor."""
    if anchor is not None:
        sizes[anchor] = size
    counts = open_[-1][1]
    counts[0] += size[0]
    counts[1] = max(counts[1], size[1])


def _refuse_expansion(at: tuple[int, int], aliased: int, depth: int) -> None:
    if aliased > MAX_VALUES:
        raise YamlProblemError(
            f"aliases expand the settings past {MAX_VALUES:,} values",
            *at,
            hint="repeat fewer values through `*` aliases",
        )
    if depth > MAX_DEPTH:
        raise YamlProblemError(f"YAML nested more than {MAX_DEPTH} levels deep", *at)


class _ConfigLoader(yaml.SafeLoader):
    """The safe loader with YAML 1.2 scalars (`language: no` is Norwegian, not false), with
    over-long integers and duplicate keys reported at their line."""

    yaml_implicit_resolvers = core_schema_resolvers()

    def construct_mapping(
        self, node: yaml.MappingNode, deep: bool = False
    ) -> dict[Hashable, object]:
        """Construct a mapping keyed by names, failing on a key that appears twice."""
        name_keys(self, node)
        return super().construct_mapping(node, deep=deep)


_ConfigLoader.add_constructor("tag:yaml.org,2002:int", construct_int)


def _suggest(key: str) -> str | None:
    import difflib  # only a misspelt key needs it

    close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
    return f"did you mean `{close[0]}`?" if close else "put custom settings under `extra:`"
