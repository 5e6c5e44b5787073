"""Front matter keys briefgen does not read: a warning at each, naming briefgen's field when the
key is another tool's name for it (Hugo, Jekyll, Pelican, Quarto, MkDocs), else the nearest.

A briefing migrated with Jekyll's `published: false` or Pelican's `status: draft` was meant to
stay unpublished; briefgen does not read either, so it would go live: an error at its line
that hints `draft: true`, unless `draft: true` is written too. So is a setting of
`briefgen.yaml` (`unsafe_html: true`, `base_url:`): settings come from that file alone, so a
briefing cannot turn raw HTML on for itself, and whoever wrote one expected what it never does.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefgen.content.fieldnames import KNOWN_FIELDS
from briefgen.content.slugs import slug_from_stem
from briefgen.content.yamltext import flow_item
from briefgen.diagnostics import coded_name, error, quoted_name, warning
from briefgen.model.site import SETTING_KEYS

if TYPE_CHECKING:
    from briefgen.content.yamlload import YamlDocument
    from briefgen.diagnostics import Diagnostic, SourcePos

_IN_THE_BODY = "put the image in the body, where it belongs: `![alt text](file.png)`"
OTHER_NAMES: dict[str, str] = {
    **dict.fromkeys(
        ("lastmod", "modified", "last_modified", "last_modified_at", "date-modified"), "updated"
    ),
    **dict.fromkeys(("date_modified", "updated_at", "last_updated"), "updated"),
    **dict.fromkeys(("publishDate", "pubdate", "date_published", "published_at"), "date"),
    **dict.fromkeys(("description", "abstract", "excerpt", "teaser"), "summary"),
    # The line under a title (Quarto's `subtitle`, a newsroom's dek or standfirst) is where
    # the page shows `summary`: "did you mean `title`?" sent `subtitle` to the title.
    **dict.fromkeys(("subtitle", "dek", "deck", "standfirst"), "summary"),
    **dict.fromkeys(("categories", "category", "keywords", "tag", "series"), "tags"),
    **dict.fromkeys(("author", "author_name"), "authors"),
    **dict.fromkeys(("language", "locale"), "lang"),
    **dict.fromkeys(("translationKey", "translation-key"), "translation_key"),
    **dict.fromkeys(("permalink", "url"), "slug"),
    # A newsroom's record of corrections is what `updates` shows: "put custom fields under
    # `extra:`" left the timeline off the page.
    **dict.fromkeys(("corrections", "correction", "changelog", "revisions", "errata"), "updates"),
    "template": "layout",
}
"""Other tools' field names, and briefgen's field for each."""
IN_OTHER_LANGUAGES: dict[str, str] = {
    **dict.fromkeys(("título", "titulo", "titre"), "title"),
    **dict.fromkeys(("fecha", "data"), "date"),
    **dict.fromkeys(("actualizado", "atualizado", "actualización", "mise-à-jour"), "updated"),
    **dict.fromkeys(("resumen", "resumo", "résumé", "resume", "sommaire", "chapeau"), "summary"),
    **dict.fromkeys(("etiquetas", "étiquettes", "etiquettes", "mots-clés", "temas"), "tags"),
    **dict.fromkeys(("autores", "auteurs", "autor", "autora", "auteur", "autoras"), "authors"),
    **dict.fromkeys(("borrador", "rascunho", "brouillon"), "draft"),
    **dict.fromkeys(("idioma", "langue", "lengua", "língua"), "lang"),
    **dict.fromkeys(("fuentes", "fontes", "referencias", "referências", "références"), "sources"),
    **dict.fromkeys(("actualizaciones", "atualizações", "mises-à-jour"), "updates"),
}
"""Fields named in Spanish, French or Portuguese, as a translator may write them, and
briefgen's field for each: a field's name is English in a briefing in any language."""
_HOLDS: dict[str, tuple[type, ...]] = {
    **dict.fromkeys(("title", "summary", "lang"), (str,)),
    **dict.fromkeys(("date", "updated"), (str, dt.date)),  # a datetime is a date
    **dict.fromkeys(("tags", "authors"), (str, list)),
    **dict.fromkeys(("sources", "updates"), (list, str)),  # one line of text: hinted as one
    "draft": (bool, str),
}
"""What each of those fields may hold: a `data:` that holds a mapping (`{chart: x.csv}`) or a
`resume: true` is a field of the author's own, not the date or summary in another language."""
_UNPUBLISHED = {"published": (False, "false", "no", "off"), "status": ("draft", "hidden")}
"""Jekyll's and Pelican's ways to keep a page unpublished, as YAML reads them."""
_PUBLISHED = {"published": (True, "true", "yes", "on"), "status": ("published",)}
_RELATED_HINT = (
    "they are the briefings sharing the most tags with this one: give those you want listed "
    "a tag in common with it"
)
_REDIRECT_HINT = (
    "a briefing has one address, made from its `slug:`: to keep an old address, make its last "
    "segment the `slug:`, or redirect the old address on your web server"
)
_CONTENTS_HINT = (
    "remove it: the page lists its sections under 'Contents' by itself; to change that list "
    "on every page, override the theme's `partials/toc.html` in templates/"
)
_NOT_A_FIELD: dict[str, tuple[str, str]] = {
    # Other tools' page image fields: a briefing shows its images in its body.
    **dict.fromkeys(
        ("image", "images", "featured_image", "cover", "cover_image", "thumbnail"),
        ("a briefing has no page image field", _IN_THE_BODY),
    ),
    # Fields meant to pick a page's related list by hand, as some tools take one.
    **dict.fromkeys(
        ("related", "related_posts", "related_briefings", "related_pages", "see_also"),
        ("related briefings are not chosen by hand", _RELATED_HINT),
    ),
    # Hugo's `aliases` and jekyll-redirect-from's `redirect_from`: old addresses of a page,
    # each written as a page that redirects to it.
    **dict.fromkeys(
        ("aliases", "redirect_from"),
        ("briefgen writes no redirects from other addresses", _REDIRECT_HINT),
    ),
    # Quarto's, MkDocs' and Jekyll themes' switches and settings of a page's contents list.
    **dict.fromkeys(
        ("toc", "toc-depth", "toc_depth", "toc-title", "toc-location", "toc_label", "toc_sticky"),
        ("a briefing's contents list has no settings of its own", _CONTENTS_HINT),
    ),
}
"""Other tools' page fields that briefgen has nothing in the place of: why, and what to do."""
_LISTS = ("tags", "authors")
"""briefgen's fields that hold a list of strings, which another tool may give as one text."""


def unknown_field_diagnostics(doc: YamlDocument, mapping: dict[object, object]) -> list[Diagnostic]:
    """Warn at each key briefgen does not read; an error for one meant to keep it unpublished,
    and for a setting of briefgen.yaml."""
    found: list[Diagnostic] = []
    for key, value in mapping.items():
        name = str(key)  # a name as written: `true:` and `~:` stay `true` and `~`
        if key in KNOWN_FIELDS:
            continue
        pos = doc.pos(name)
        if name in _UNPUBLISHED:
            found.append(_publishing(name, value, doc.shown(name, value=value), mapping, pos))
        elif name in OTHER_NAMES:
            field = OTHER_NAMES[name]
            message = f"unknown field `{name}`; briefgen's name for it is `{field}`"
            found.append(warning(pos, message, hint=_renaming(field, value, mapping)))
        elif (english := IN_OTHER_LANGUAGES.get(name.lower())) is not None and (
            value is None or isinstance(value, _HOLDS[english])  # `título:` left to fill in
        ):
            message = f"unknown field `{name}`; briefgen's name for it is `{english}`, in English "
            message += "in a briefing in any language"
            found.append(warning(pos, message, hint=_renaming(english, value, mapping)))
        elif (why := _NOT_A_FIELD.get(name)) is not None:
            found.append(warning(pos, f"unknown field `{name}`: {why[0]}", hint=why[1]))
        elif name in SETTING_KEYS and name not in _NO_BRIEFINGS_FIELD:
            message = f"`{name}` is a site setting: a briefing cannot change it"
            hint = "set it in briefgen.yaml, for every briefing, and remove it here"
            if name in _SITE_SWITCHES:  # Quarto's `search: false` leaves one page out
                hint = f"briefgen has no `{name}` of one briefing's own: remove it here"
            found.append(error(pos, message, hint=hint))
        else:
            import difflib  # only an unknown field needs it: a clean build never does

            close = difflib.get_close_matches(name, KNOWN_FIELDS, n=1)
            if close and not name.isascii():
                found.append(_lookalike(pos, name, close[0]))
                continue
            message = f"unknown field `{quoted_name(name)}`"
            message += f"; did you mean `{close[0]}`?" if close else ""
            found.append(warning(pos, message, hint="put custom fields under `extra:`"))
    return found


def _lookalike(pos: SourcePos, name: str, field: str) -> Diagnostic:
    """Warn of a field's name that is one of briefgen's but for a character that is not what it
    looks like (a Cyrillic i, U+0456; a zero-width space): shown as it was, "unknown field
    `title`; did you mean `title`?" (the first with the Cyrillic i) named one word twice."""
    shown = coded_name(name)
    codes = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(c for c in name if not c.isascii()))
    message = f"unknown field `{shown}`; did you mean `{field}`?"
    hint = f"type the name again: {codes} is not the letter it looks like (or shows as nothing)"
    return warning(pos, message, hint=hint)


_NO_BRIEFINGS_FIELD = frozenset({"languages"})
"""Settings whose name in front matter is likelier a slip for a field (`lang:`, or Hugo's list of
a page's translations) than the site's setting: an unknown field, with its nearest name."""
_SITE_SWITCHES = frozenset({"search", "pdf"})
"""Settings other tools also take per page (Quarto's `search: false`): briefgen's hint to set
them in briefgen.yaml would switch them for the whole site."""


def _renaming(field: str, value: object, mapping: dict[object, object]) -> str:
    """Return how to write another tool's field as briefgen's `field`: with its own text as a
    list where briefgen wants one (`category: a, b` as `tags: [a, b]`)."""
    if field in mapping:
        return f"merge it into the `{field}:` written too, then remove it"
    if field == "slug" and isinstance(value, str) and "/" in value.strip("/"):
        # Jekyll's `permalink: /2026/11/visit/`: a slug is the page's last segment alone.
        last = value.strip().strip("/").rpartition("/")[2].removesuffix(".html")
        if slug := slug_from_stem(last):
            return f"write it as `slug: {slug}`: a slug names the page alone, not its path"
    if field not in _LISTS or not isinstance(value, str) or not value.strip():
        return f"rename it `{field}:`"
    items = value.split(",") if field == "tags" else [value]
    listed = ", ".join(flow_item(item.strip()) for item in items if item.strip())
    return f"write it as `{field}: [{listed}]`"


def _publishing(
    name: str, value: object, shown: str, mapping: dict[object, object], pos: SourcePos
) -> Diagnostic:
    """Return the problem with Jekyll's `published:` or Pelican's `status:` line."""
    # Only a boolean or a text is a flag: `0 in (False,)` holds in Python, yet Jekyll (Ruby)
    # publishes a page with `published: 0`.
    read = value.strip().lower() if isinstance(value, str) else value
    read = read if isinstance(read, (bool, str)) else None
    written = f"`{name}: {shown.strip()}`"
    if read in _UNPUBLISHED[name] and mapping.get("draft") is not True:
        message = f"{written} is not read: this briefing would be published"
        return error(pos, message, hint="write `draft: true` to keep it unpublished")
    if read in _UNPUBLISHED[name]:
        return warning(pos, f"{written} is not read", hint="remove it: `draft: true` is enough")
    if read in _PUBLISHED[name]:
        message = f"{written} is not needed: a briefing is published unless it is a draft"
        return warning(pos, message, hint="remove it")
    message = f"unknown field `{name}`"
    return warning(pos, message, hint="write `draft: true` to keep a briefing unpublished")
