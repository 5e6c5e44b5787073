"""Content cannot inject script: build hostile briefings, then parse every output file.

HTML pages are parsed with lxml, the feed and sitemap as XML, briefing.json as JSON. The
assertions are about the parsed documents (elements, attributes, URLs), not about substrings,
so an escape that merely looks right cannot pass.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html
import pytest

from tests.conftest import make_project, run_briefgen

HOSTILE_TITLE = "</title><script>alert('t')</script> \"quoted\" & 'single'"
HOSTILE_SUMMARY = '"onmouseover="alert(1)" <b>bold</b> & </script><script>alert(2)</script>'
HOSTILE_TAGS = ("<script>alert(1)</script>", '"onmouseover=alert(1)', "javascript:alert(1)")
HOSTILE_AUTHOR = "<img src=x onerror=alert(1)>"

HOSTILE_BODY = """\
<script>alert(1)</script>

<img src=x onerror=alert(1)>

<iframe src="javascript:alert(1)"></iframe>

Inline <script>alert(2)</script> and <img src=x onerror="alert(3)">
and <a href="javascript:x">a</a>.

[plain](javascript:alert(1)) [mixed](JaVaScRiPt:alert(1)) [tab](java&#x09;script:alert(1))
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))
[entity](&#106;avascript:alert(1)) [colon](javascript&colon;alert(1))
[percent](%6a%61vascript:alert(1)) [space]( javascript:alert(1)) [nl](<java
script:alert(1)>) [ref][evil] <javascript:alert(1)> <vbscript:msgbox(1)>

![image](javascript:alert(1)) ![html image](data:text/html,<b>x</b>)

[evil]: javascript:alert(1)

## <script>alert('h')</script> heading "quoted" onmouseover=x

> <script>alert(5)</script> [q](javascript:alert(5))

- **<script>x</script>:** a term that is a script
- [item](vbscript:x) <img src=x onerror=alert(6)>

Table: <script>alert('caption')</script>

| <script>x</script> | "onmouseover=alert(1) |
|---|---|
| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |
| <iframe src=//evil.example></iframe> | [y](JAVASCRIPT:alert(1)) |

```table
columns: [H1, "<script>x</script>"]
rows:
  - ["<img src=x onerror=alert(1)>", "[y](javascript:alert(1))"]
  - ["[z](data:text/html,hi)", "<svg onload=alert(1)>"]
```

### <img src=x onerror=alert(7)> subsection

```html
<script>alert('in a code block, shown as code')</script>
```
"""

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "srcset", "data", "xlink:href")
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


def _front_matter() -> str:
    tags = ", ".join(json.dumps(tag) for tag in HOSTILE_TAGS)
    return (
        "---\n"
        f"title: {json.dumps(HOSTILE_TITLE)}\n"
        "date: 2026-03-14\n"
        f"summary: {json.dumps(HOSTILE_SUMMARY)}\n"
        f"tags: [{tags}]\n"
        f"authors: [{json.dumps(HOSTILE_AUTHOR)}]\n"
        "---\n\n"
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a project whose one briefing attacks every field and block; return site/."""
    root = make_project(
        tmp_path_factory.mktemp("xss") / "project",
        "-- briefgen.yaml --\ntitle: XSS test\nbase_url: https://example.org/\n"
        "-- content/hostile.md --\n" + _front_matter() + HOSTILE_BODY,
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr
    return root / "site"


def _files(site: Path, suffix: str) -> list[Path]:
    files = sorted(p for p in site.rglob(f"*{suffix}") if p.is_file())
    assert files, f"no {suffix} output"
    return files


def _compact_url(value: str) -> str:
    """Return a URL as a browser reads its scheme: entities decoded, no whitespace, lowercase."""
    decoded = html.unescape(value)
    return "".join(ch for ch in decoded if ch > " " and ch != "\x7f").lower()


def _script_problems(root: lxml.html.HtmlElement, where: str) -> Iterator[str]:
    """Yield every script element, event-handler attribute or script-capable URL in a tree."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions
        tag = element.tag.lower()
        if tag == "script" and element.get("type") != "application/ld+json":
            yield f"{where}: <script> element"
        if tag in {"iframe", "object", "embed", "frame", "base"}:
            yield f"{where}: <{tag}> element"
        if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
            yield f"{where}: meta refresh"
        for name, value in element.attrib.items():
            if name.lower().startswith("on"):
                yield f"{where}: <{tag} {name}=...> event handler"
            if name.lower() in URL_ATTRIBUTES and _compact_url(value).startswith(BAD_SCHEMES):
                yield f"{where}: <{tag} {name}={value!r}>"
            if name.lower() == "style" and "url(" in value.lower():
                yield f"{where}: style with url()"


def _csp_script_sources(page: lxml.html.HtmlElement) -> list[str] | None:
    """Return the CSP's effective script sources, or None when the page has no CSP meta."""
    metas = [
        m
        for m in page.iter("meta")
        if (m.get("http-equiv") or "").lower() == "content-security-policy"
    ]
    if not metas:
        return None
    directives: dict[str, list[str]] = {}
    for part in (metas[0].get("content") or "").split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = words[1:]
    return directives.get("script-src", directives.get("default-src", ["*"]))


def test_xss_no_html_page_has_script_handlers_or_script_urls(hostile_site: Path) -> None:
    problems = [
        problem
        for path in _files(hostile_site, ".html")
        for problem in _script_problems(
            lxml.html.fromstring(path.read_bytes()), path.relative_to(hostile_site).as_posix()
        )
    ]
    assert problems == []


def test_xss_every_html_page_has_a_csp_that_forbids_script(hostile_site: Path) -> None:
    for path in _files(hostile_site, ".html"):
        sources = _csp_script_sources(lxml.html.fromstring(path.read_bytes()))
        assert sources is not None, f"{path}: no Content-Security-Policy meta"
        allowed = {"'none'", "'self'"}
        assert set(sources) <= allowed, f"{path}: script allowed from {sources}"
        assert "'unsafe-inline'" not in sources


def _text(element: lxml.etree._Element) -> str:
    """Return all text under an element, as a reader sees it."""
    return "".join(str(part) for part in element.itertext())


def _briefing_main(site: Path) -> lxml.etree._Element:
    page = lxml.html.fromstring((site / "hostile" / "index.html").read_bytes())
    main = page.find(".//main")
    assert main is not None
    return main


def test_xss_hostile_fields_appear_as_text_in_the_briefing_page(hostile_site: Path) -> None:
    page = lxml.html.fromstring((hostile_site / "hostile" / "index.html").read_bytes())
    title = page.findtext(".//title") or ""
    assert title.startswith(HOSTILE_TITLE)
    h1 = page.find(".//h1")
    assert h1 is not None
    assert _text(h1).strip() == HOSTILE_TITLE
    metas = {m.get("name") or m.get("property"): m.get("content") for m in page.iter("meta")}
    assert metas["description"] == HOSTILE_SUMMARY
    assert metas["og:title"] == HOSTILE_TITLE
    assert set(HOSTILE_TAGS) <= {
        m.get("content") for m in page.iter("meta") if m.get("property") == "article:tag"
    }
    body_text = _text(_briefing_main(hostile_site))
    assert "<script>alert(1)</script>" in body_text
    assert "<img src=x onerror=alert(1)>" in body_text
    assert HOSTILE_AUTHOR in body_text


def test_xss_dropped_links_keep_their_text_but_no_href(hostile_site: Path) -> None:
    main = _briefing_main(hostile_site)
    text = _text(main)
    dropped = {"plain", "mixed", "tab", "data", "vb", "entity", "percent", "space", "nl"}
    dropped |= {"item", "q", "x", "y", "z", "ref", "image", "html image"}
    for label in dropped:
        assert label in text
    linked = {_text(a).strip() for a in main.iter("a") if a.get("href") is not None}
    assert linked.isdisjoint(dropped), linked & dropped
    for anchor in main.iter("a"):
        scheme, colon, _ = _compact_url(anchor.get("href") or "").partition(":")
        assert not colon or scheme in {"http", "https", "mailto"}, anchor.get("href")


def test_xss_code_block_keeps_script_as_visible_code(hostile_site: Path) -> None:
    code = "".join(_text(c) for c in _briefing_main(hostile_site).iter("code"))
    assert "<script>alert('in a code block, shown as code')</script>" in code


def test_xss_feed_and_sitemap_are_well_formed_with_hostile_text(hostile_site: Path) -> None:
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True)
    for path in _files(hostile_site, ".xml"):
        root = lxml.etree.fromstring(path.read_bytes(), parser)
        tags = {lxml.etree.QName(e).localname for e in root.iter() if isinstance(e.tag, str)}
        assert "script" not in tags, path
    atom = "{http://www.w3.org/2005/Atom}"
    feed = lxml.etree.fromstring((hostile_site / "feed.xml").read_bytes(), parser)
    entry = feed.find(f"{atom}entry")
    assert entry is not None
    assert entry.findtext(f"{atom}title") == HOSTILE_TITLE
    assert entry.findtext(f"{atom}summary") == HOSTILE_SUMMARY
    assert entry.findtext(f"{atom}author/{atom}name") == HOSTILE_AUTHOR
    labels = {c.get("label") for c in entry.iter(f"{atom}category")}
    assert labels == set(HOSTILE_TAGS)
    for content in entry.iter(f"{atom}content"):
        # HTML carried inside the feed is parsed by readers: hold it to the page rules.
        fragment = lxml.html.fragment_fromstring(content.text or "", create_parent="div")
        assert list(_script_problems(fragment, "feed content")) == []


def _strings(value: object, path: str = "$") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def test_xss_briefing_json_round_trips_hostile_strings(hostile_site: Path) -> None:
    raw = (hostile_site / "hostile" / "briefing.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["title"] == HOSTILE_TITLE
    assert data["summary"] == HOSTILE_SUMMARY
    assert data["tags"] == list(HOSTILE_TAGS)
    assert data["authors"] == [HOSTILE_AUTHOR]
    assert json.loads(json.dumps(data)) == data
    for path, value in _strings(data):
        if path.endswith("html"):
            # Fields holding HTML are inserted into pages by consumers: they must be safe too.
            fragment = lxml.html.fragment_fromstring(value or " ", create_parent="div")
            assert list(_script_problems(fragment, path)) == []


def test_xss_other_json_outputs_are_valid(hostile_site: Path) -> None:
    for path in _files(hostile_site, ".json"):
        json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href=" JaVa&#x09;Script:alert(1)">x</a>',
        '<a href="data:text/html,x">x</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    ],
)
def test_xss_checker_catches_what_it_looks_for(markup: str) -> None:
    fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    assert list(_script_problems(fragment, "sample")) != []


def test_trusted_raw_html_block_is_a_block_of_its_own(tmp_path: Path) -> None:
    """With `unsafe_html: true` a block of HTML is passed through as it is, never inside a
    `<p>` (invalid around a `<div>`), and its JSON block has the words apart from the markup."""
    project = make_project(
        tmp_path,
        "-- briefgen.yaml --\ntitle: T\nunsafe_html: true\n"
        "-- content/a.md --\n---\ntitle: A\ndate: 2026-01-01\nsummary: S.\n---\n\n"
        'Lede.\n\n<div class="box">Boxed <b>words</b></div>\n\nAfter.\n',
    )
    done = run_briefgen("build", cwd=project)
    assert done.code == 0, done.stderr
    source = (project / "site" / "a" / "index.html").read_text()
    assert '<p><div class="box">' not in source  # an HTML parser would close the <p> itself
    page = lxml.html.fromstring(source)
    (box,) = page.xpath("//div[@class='box']")
    assert lxml.html.tostring(box, encoding="unicode").startswith('<div class="box">Boxed <b>')
    blocks = json.loads((project / "site" / "a" / "briefing.json").read_text())["lede"]
    assert [(b["type"], b["text"]) for b in blocks] == [
        ("paragraph", "Lede."),
        ("html", "Boxed words"),
        ("paragraph", "After."),
    ]
    assert blocks[1]["html"] == '<div class="box">Boxed <b>words</b></div>'


HOSTILE_TRANSLATION = "<script>alert(1)</script><b onmouseover=alert(1)>N\"'&</b>"


def test_xss_a_project_translation_is_text_in_text_and_in_attributes(tmp_path: Path) -> None:
    """Jinja's new-style gettext marks a translation safe: a catalog's `<script>` and
    `onmouseover` were live on the Spanish page. A region named as a translation a second
    time (`## …` beside the theme's notes) is numbered as it reads, escaped once."""
    quoted = HOSTILE_TRANSLATION.replace('"', '\\"')
    project = make_project(
        tmp_path,
        "-- briefgen.yaml --\ntitle: T\nlanguage: es\n"
        "-- content/a.md --\n---\ntitle: A\ndate: 2026-01-01\nsummary: S.\n---\n\n"
        f"Lede.[^1]\n\n## {HOSTILE_TRANSLATION}\n\nText.\n\n```\ncode\n```\n\n[^1]: A note.\n"
        "-- locales/es/LC_MESSAGES/messages.po --\n"
        f'msgid "Notes"\nmsgstr "{quoted}"\n\n'
        f'msgid "Code, line %(line)s"\nmsgstr "{quoted} %(line)s"\n',
    )
    done = run_briefgen("build", cwd=project)
    assert done.code == 0, done.stderr
    page = lxml.html.fromstring((project / "site" / "a" / "index.html").read_bytes())
    assert list(_script_problems(page, "a/index.html")) == []
    assert page.xpath("string(//h2[@id='notes-title'])") == HOSTILE_TRANSLATION
    assert page.xpath("//section[@class='notes']/@aria-label") == [f"{HOSTILE_TRANSLATION} (2)"]
    assert page.xpath("//pre/@aria-label") == [f"{HOSTILE_TRANSLATION} 13"]
