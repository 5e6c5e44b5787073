"""Load `briefgen.yaml` into a SiteConfig, reporting every bad key at its line."""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from briefgen.content.bidicontrols import contain_yaml_text
from briefgen.content.invisible import invisible_codes, shows_nothing
from briefgen.content.languages import canonical_tag, is_language_tag
from briefgen.content.plainfields import one_line
from briefgen.content.refusedtags import refused_tag, tag_hint
from briefgen.content.yamldocument import YamlDocument, find_bad_character
from briefgen.diagnostics import (
    Diagnostic,
    SourcePos,
    coded_name,
    error,
    excerpt,
    quoted_name,
    warning,
)
from briefgen.model import SiteConfig
from briefgen.model.site import SETTING_KEYS
from briefgen.project import CONFIG_NAME
from briefgen.settingsfile import read_settings_file
from briefgen.site.baseurl import normalise_base_url, validate_custom_domain
from briefgen.site.languagesettings import TEXTS, language_texts, nesting_hint
from briefgen.site.settingtexts import decode_references_in_place, written_with_references
from briefgen.site.urls import is_host_name, lower_case_scheme, url_problem

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

SHOWN_SETTINGS = ("title", "description", "author", "extra", "languages")
"""The settings whose text pages show, where a direction control would reorder the page's own."""
_FILE_START = SourcePos(CONFIG_NAME, 1)
"""Where a problem of the whole file is reported."""
PAGE_SIZES = ("A4", "Letter")
"""The paper sizes `pdf.page_size` accepts."""
NESTED_SETTINGS = {
    "home": ("per_page",),
    "feed": ("full_content",),
    "pdf": ("enabled", "page_size"),
    "images": ("remote_hosts",),
}
"""The settings written under another, which the README names with a dot (`home.per_page`)."""
PER_PAGE = range(1, 1001)
"""The values `home.per_page` may take, as the README's settings table states them."""
# A string left to `re`'s cache, compiled for the first settings that hold
# `images.remote_hosts`: instructions most builds need not spend.
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
    if data is None:
        return _config_from(YamlDocument({}, {}, _FILE_START), [], base_url_override)
    # Imported here: PyYAML, which a build with the settings cached never needs.
    from briefgen.site.settingsyaml import read_settings

    return _config_from(*read_settings(data), base_url_override)


def gives_itself(config: SiteConfig, base_url_override: str | None) -> bool:
    """Return whether the settings that would give `config` pass every rule `parse_config`
    applies and give `config` back, unchanged: whether `briefgen.yaml` could have given it.

    A cached config (build/configcache.py) is a file anyone restoring a CI cache may have
    written, so it is trusted no further than the rules the settings themselves pass."""
    # Texts as written: `&amp;#8217;` in briefgen.yaml gives the title `&#8217;`.
    settings: dict[str, object] = {
        "title": written_with_references(config.title),
        "description": written_with_references(config.description),
        "language": config.language,
        "author": written_with_references(config.author),
        "base_url": config.base_url,
        "unsafe_html": config.unsafe_html,
        "cname": config.cname,
        "source_url": config.source_url,
        "plugins": list(config.plugins),
        "images": {"remote_hosts": list(config.image_hosts)},
        # A copy: the rules leave direction controls out of the texts they check in place.
        "extra": copy.deepcopy(config.extra),
        "home": {"per_page": config.per_page},
        "feed": {"full_content": config.feed_full_content},
        "pdf": {"enabled": config.pdf, "page_size": config.pdf_page_size},
        "search": config.search,
        "languages": {
            tag: {
                name: written_with_references(text)
                for name in TEXTS
                if (text := getattr(texts, name)) is not None
            }
            for tag, texts in config.languages.items()
        },
    }
    if find_bad_character(settings) is not None:  # refused by reading the YAML
        return False
    document = YamlDocument(settings, {}, _FILE_START)
    again, problems = _config_from(document, [], base_url_override)
    # Compared as the build fingerprint sees them: `.nan` in `extra` is equal to itself.
    return not any(problem.is_error for problem in problems) and repr(again) == repr(config)


def _config_from(
    document: YamlDocument, problems: list[Diagnostic], base_url_override: str | None
) -> tuple[SiteConfig, list[Diagnostic]]:
    """Return the config that the settings in `document` give, with `problems` (reading it
    found them) and all of their own."""
    problems += decode_references_in_place(document)
    problems += contain_yaml_text(document, SHOWN_SETTINGS)  # before any setting is read
    settings = _Settings(document, problems)
    for key, value in settings.values.items():
        if key not in SETTING_KEYS:  # its path is the key itself: a name may hold a dot
            hint = _suggest(key, document.shown(key, value=value))
            # A known name but for a lookalike letter (a Cyrillic i) is shown coded, not twice.
            shown = coded_name(key) if hint.startswith("did you mean") else quoted_name(key)
            settings.report((key,), f"unknown setting `{shown}`", hint)
    base_url = base_url_override or settings.text("base_url", "")
    pdf, page_size = _pdf_settings(settings)
    language = canonical_tag(settings.text("language", "en"))
    config = SiteConfig(
        title=settings.one_line("title", "Briefings"),
        description=settings.one_line("description", ""),
        language=language,
        author=settings.one_line("author", ""),
        base_url=normalise_base_url(
            base_url,
            settings.at("base_url"),
            settings.diagnostics,
            from_settings=base_url_override is None,
        ),
        unsafe_html=settings.flag("unsafe_html"),
        cname=settings.text("cname", "") or None,
        source_url=_source_url(settings),
        plugins=settings.names("plugins"),
        image_hosts=_image_hosts(settings),
        extra=settings.mapping("extra"),
        per_page=_per_page(settings),
        feed_full_content=_feed_full_content(settings),
        pdf=pdf,
        pdf_page_size=page_size,
        search=settings.flag("search"),
        languages=language_texts(document, language, settings.diagnostics),
    )
    if not config.title.strip():  # what a failed `title: ${SITE_TITLE}` substitution leaves
        hint = "name the site, or remove the line for the default `Briefings`"
        settings.report("title", "`title` is empty", hint)
    elif shows_nothing(config.title):  # a zero-width space, say: an invisible masthead
        codes = invisible_codes(config.title)
        message = f"`title` shows nothing: it holds only invisible characters ({codes})"
        settings.report("title", message, "write text a reader can see, or remove the line")
    if not config.language.strip():  # as a briefing's empty `lang:` is told
        hint = "write a tag such as es, fr, pt-BR or zh-Hant, or remove the line for `en`"
        settings.report("language", "`language` is empty", hint)
    elif not is_language_tag(config.language):  # the rule a briefing's `lang:` follows
        shown_language = excerpt(config.language, 40)
        settings.report(
            "language",
            *refused_tag("language", config.language)
            or (
                f"`language` must be a tag like `en` or `pt-BR`, not `{shown_language}`",
                tag_hint("language", config.language),
            ),
        )
    if config.cname is not None and not is_host_name(config.cname.strip()):
        settings.report(
            "cname",
            "`cname` must be a bare host name like `briefs.example.org`, "
            f"not `{excerpt(config.cname, 40)}`",
        )
    elif config.cname is not None:
        # At the line to edit: `base_url:`'s; `--base-url` has none, so then `cname:`'s.
        from_settings = base_url_override is None
        pos = settings.at("base_url" if from_settings else "cname")
        settings.diagnostics += validate_custom_domain(
            config.cname, config.base_url, pos, from_settings=from_settings
        )
    return config, settings.diagnostics


def _source_url(settings: _Settings) -> str | None:
    """Return `source_url` (None when unset), its scheme in lower case as `base_url`'s is, with
    a warning; an error when it is no http(s) URL. Its host may hold `_`: the URL is only a
    link on the page, and browsers follow it."""
    url = settings.text("source_url", "")
    if (lowered := lower_case_scheme(url)) is not None:
        message = f"source_url `{url}` has an upper-case scheme; using {lowered}"
        settings.diagnostics.append(warning(settings.at("source_url"), message))
        url = lowered
    if url and (problem := url_problem(url, underscores=True)):
        settings.report("source_url", f"`source_url` {problem}")
    return url or None


@dataclass
class _Settings:
    """Raw settings with their positions; typed getters report a wrong type at the key."""

    document: YamlDocument
    """The settings as YAML gave them, with each key's and item's line and column."""
    diagnostics: list[Diagnostic]
    values: dict[str, object] = field(init=False)

    def __post_init__(self) -> None:
        data = self.document.data
        self.values = {str(k): v for k, v in data.items()} if isinstance(data, dict) else {}

    def at(self, key: str | tuple[str, ...], *index: int) -> SourcePos:
        """Return the position of `key` (`home.per_page` for a nested one, or its keys as
        written when a name may hold a dot; with `index` for a list entry), else of its
        nearest enclosing setting."""
        path = tuple(key.split(".")) if isinstance(key, str) else key
        return self.document.pos(*path, *index)

    def report(self, key: str | tuple[str, ...], message: str, hint: str | None = None) -> None:
        self.diagnostics.append(error(self.at(key), message, hint))

    def text(self, key: str, default: str) -> str:
        value = self.values.get(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        self.report(key, f"`{key}` must be a string", "quote the value")
        return default

    def one_line(self, key: str, default: str) -> str:
        """Return the text of `key`, shown on one line (in `<title>`, `<meta>`, the feed): a
        tab or line break in it is a space, with a warning at the key (its character
        references are decoded already: site/settingtexts.py)."""
        text, broken = one_line(self.at(key), key, self.text(key, default))
        self.diagnostics += [broken] if broken else []
        return text

    def flag(self, key: str) -> bool:
        value = self.values.get(key, False)
        if isinstance(value, bool):
            return value
        self.report(key, f"`{key}` must be true or false", _BOOLEAN_HINT)
        return False

    def names(self, key: str) -> tuple[str, ...]:
        """Return the list of names `key` holds; each item that is none is an error at its
        line."""
        value = self.values.get(key, [])
        hint = "write plugins: [my_plugin]"
        if not isinstance(value, list):
            self.report(key, f"`{key}` must be a list of names", hint)
            return ()
        bad = [index for index, name in enumerate(value) if not (isinstance(name, str) and name)]
        for index in bad:
            shown = self.document.shown(key, index, value=value[index])
            what = f"`{excerpt(shown, 40)}`" if shown.strip() else "blank"
            message = f"`{key}` item {index + 1} must be a name, not {what}"
            self.diagnostics.append(error(self.at(key, index), message, hint))
        return () if bad else tuple(dict.fromkeys(str(name) for name in value))

    def mapping(self, key: str) -> dict[str, object]:
        value = self.values.get(key, {})
        if isinstance(value, dict):
            return {str(k): v for k, v in value.items()}
        self.report(key, f"`{key}` must be a mapping")
        return {}


def _image_hosts(settings: _Settings) -> tuple[str, ...]:
    """Return the hosts in `images: remote_hosts:`, reporting anything that is not a host."""
    images = _sub_settings(settings, "images")
    hosts = images.get("remote_hosts", [])
    example = "write `images: {remote_hosts: [upload.wikimedia.org]}`"
    if not isinstance(hosts, list):
        settings.report(
            "images.remote_hosts", "`images.remote_hosts` must be a list of host names", example
        )
        return ()
    bad = [(i, host) for i, host in enumerate(hosts) if not _is_host(host)]
    for index, host in bad:  # each at its line, all in one run
        shown = str(settings.document.written.get(("images", "remote_hosts", index), host))
        message = (
            f"`images.remote_hosts` entry `{excerpt(shown, 40)}` is not a lower-case host name"
        )
        at = settings.at("images.remote_hosts", index)
        settings.diagnostics.append(error(at, message, _host_hint(shown)))
    return () if bad else tuple(dict.fromkeys(hosts))


def _is_host(value: object) -> bool:
    return isinstance(value, str) and re.match(_HOST, value) is not None


def _host_hint(written: str) -> str:
    """Return the hint for an entry that is no host name: the host it names, when it names
    one (`https://Example.org/x` is `example.org`)."""
    text = written.strip().lower()
    try:
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    except ValueError:  # `[::1`: no URL at all
        host = ""
    if _is_host(host):
        return f"write `{host}`: a host name, no https://, no path"
    return "write a host name, as in `images: {remote_hosts: [upload.wikimedia.org]}`"


def _sub_settings(settings: _Settings, key: str) -> dict[str, object]:
    """Return a nested mapping of settings, reporting keys it does not know."""
    values = settings.mapping(key)
    known = NESTED_SETTINGS[key]
    for name in values:
        if name not in known:
            expected = ", ".join(f"`{k}`" for k in known)
            message = f"unknown setting `{key}.{quoted_name(name)}`"
            settings.report((key, name), message, f"expected {expected}")
    return values


def _per_page(settings: _Settings) -> int:
    """Return `home.per_page`: how many briefings a list page shows (default 20)."""
    value = _sub_settings(settings, "home").get("per_page", 20)
    if isinstance(value, int) and not isinstance(value, bool) and value in PER_PAGE:
        return value
    settings.report(
        "home.per_page",
        f"`home.per_page` must be a whole number from {PER_PAGE[0]} to {PER_PAGE[-1]}",
    )
    return 20


_BOOLEAN_HINT = "write true or false: yes, no, on and off are text, as in front matter"


def _feed_full_content(settings: _Settings) -> bool:
    """Return `feed.full_content`: whole briefings in feed entries instead of summaries."""
    value = _sub_settings(settings, "feed").get("full_content", False)
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
        message = "`pdf` must be true, false or a mapping like {page_size: A4}"
        settings.report("pdf", message, _BOOLEAN_HINT)
        return False, "A4"
    options = _sub_settings(settings, "pdf")
    enabled, size = options.get("enabled", True), options.get("page_size", "A4")
    if not isinstance(enabled, bool):
        settings.report("pdf.enabled", "`pdf.enabled` must be true or false", _BOOLEAN_HINT)
        enabled = False
    if size not in PAGE_SIZES:
        shown = settings.document.written.get(("pdf", "page_size"), str(size))  # `1.50`, not 1.5
        settings.report("pdf.page_size", f"`pdf.page_size` must be A4 or Letter, not `{shown}`")
        size = "A4"
    return enabled, str(size)


def _suggest(key: str, shown: str) -> str:
    """Return the hint for an unknown setting `key` whose value is written `shown`: the
    setting it may mean, nested as YAML nests it when the README names it with a dot."""
    import difflib  # only a misspelt key needs it

    if (nested := nesting_hint(key, shown)) is not None:
        return nested
    if key.startswith("extra."):
        close = [key]
    else:
        dotted = [f"{name}.{sub}" for name, subs in NESTED_SETTINGS.items() for sub in subs]
        close = difflib.get_close_matches(key, [*SETTING_KEYS, *dotted], n=1)
    if not close:
        return "put custom settings under `extra:`"
    name, dot, sub = close[0].partition(".")
    if not dot:
        return f"did you mean `{name}`?"
    value = "…" if "\n" in shown else excerpt(shown, 40)
    nested = f"write `{name}:` on its own line and `  {quoted_name(sub)}: {value}` below it"
    return nested if close[0] == key else f"did you mean `{close[0]}`? {nested}"
