"""A project plugin's mistakes are the project's errors: at its `plugins:` entry, exit 1, with
`site/` as it was; never exit 70, which says briefgen itself has a bug."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from briefgen.build.passes import PARALLEL_THRESHOLD
from briefgen.project import CACHE_DIR
from tests.conftest import BRIEFING, leftovers, make_project, run_briefgen, snapshot

if TYPE_CHECKING:
    from pathlib import Path

HEAD = "from briefgen.site.outputs import Output\n\n\n"
RAISES = 'raise RuntimeError("plugin bug")'


def _site(body: str) -> str:
    return (
        f"{HEAD}def outs(context):\n    {body}\n\n\n"
        "def register(api):\n    api.add_site_output(outs)\n"
    )


def _briefing(body: str) -> str:
    return (
        f"{HEAD}def outs(briefing, context, key):\n    {body}\n\n\n"
        "def register(api):\n    api.add_briefing_output(outs)\n"
    )


MARKDOWN_RULE = """\
def rule(state):
    if "boom" in state.src:
        raise RuntimeError("plugin bug")


def syntax(md):
    md.core.ruler.push("boom", rule)


def register(api):
    api.add_markdown_plugin(syntax)
"""

STUCK_RULE = """\
def rule(state, *args):
    return True


def syntax(md):
    md.{ruler}.ruler.before("paragraph" if "{ruler}" == "block" else "text", "stuck", rule)


def register(api):
    api.add_markdown_plugin(syntax)
"""
"""A rule that claims a match without moving on, which markdown-it refuses with an error of
its own."""

BLOCK_KIND = """\
from dataclasses import dataclass

from briefgen.content.registry import BlockKind
from briefgen.diagnostics import SourcePos


@dataclass(frozen=True)
class Boom:
    pos: SourcePos
    kind: str = "boom"

    def words(self):
        return 0


def build(node, builder, caption):
    if "boom" in node.content:
        raise RuntimeError("plugin bug")
    return Boom(SourcePos("x", 1))


KIND = BlockKind(
    "boom",
    Boom,
    build,
    to_json=lambda block, writer: {},
    schema={},
    to_markdown=lambda block, writer: "",
    fence_infos=("boom",),
)


def register(api):
    api.add_block_kind(KIND)
"""

ODD_EXCEPTIONS = """\
class Unprintable(Exception):
    def __str__(self):
        raise ValueError("its str() fails too")


class Stop(BaseException):
    pass


"""


def _built_block(change: tuple[str, str]) -> str:
    """Return the block kind plugin, building its block, with `change` made to it."""
    plugin = BLOCK_KIND.replace('if "boom" in node.content:', "if False:")
    if change[0] == "{}":
        return plugin.replace(
            "to_json=lambda block, writer: {}", f"to_json=lambda b, w: {change[1]}"
        )
    return plugin.replace(*change)


FAILURES = {
    "site output": (_site(RAISES), "its site output `outs`"),
    "site output's make": (
        _site("yield Output('x.txt', 'k', lambda: 1 / 0)"),
        "making `x.txt` (its site output `outs`): ZeroDivisionError",
    ),
    "briefing output": (_briefing(RAISES), "its briefing output `outs`"),
    "briefing output's make": (
        _briefing("yield Output(briefing.slug + '/x.txt', key, lambda: 'text')"),
        "making `a/x.txt` (its briefing output `outs`): returned str, not bytes",
    ),
    "markdown plugin": (
        f"def syntax(md):\n    {RAISES}\n\n\n"
        "def register(api):\n    api.add_markdown_plugin(syntax)\n",
        "its Markdown plugin `syntax`",
    ),
    "markdown rule": (MARKDOWN_RULE, "its Markdown plugin `syntax`"),
    # markdown-it raises on the rule's behalf: "inline rule didn't increment state.pos".
    "inline rule that does not advance": (
        STUCK_RULE.format(ruler="inline"),
        "in its Markdown plugin `syntax`: RuntimeError: inline rule",
    ),
    "block rule that does not advance": (
        STUCK_RULE.format(ruler="block"),
        "in its Markdown plugin `syntax`: RuntimeError: block rule",
    ),
    # Saved with the cache after the site was swapped: `site/` changed, then exit 70.
    **{
        f"site output with {mistake}": (_site(f"yield Output('x.txt', {fields})"), said)
        for mistake, (fields, said) in {
            "an object as its key": (
                "object(), lambda: b'x'",
                "in its site output `outs`: the output `x.txt` has a `cache_key` of type "
                "object, not str",
            ),
            "bytes as its key": ("b'k', lambda: b'x'", "a `cache_key` of type bytes, not str"),
            "bytes for make": ("'k', b'x'", "a `make` of type bytes, not a function"),
            "a record that is text": (
                "'k', lambda: b'x', record='r'",
                "a `record` of type str, not a function or None",
            ),
            "a replaceable that is text": (
                "'k', lambda: b'x', replaceable='yes'",
                "a `replaceable` of type str, not bool",
            ),
        }.items()
    },
    "exception whose str() fails": (
        ODD_EXCEPTIONS + _site("raise Unprintable()"),
        "in its site output `outs`: Unprintable\n",
    ),
    "BaseException": (
        ODD_EXCEPTIONS
        + _site("yield Output('x.txt', 'k', lambda: (_ for _ in ()).throw(Stop('x')))"),
        "making `x.txt` (its site output `outs`): Stop: x",
    ),
    "sys.exit": (_site("raise SystemExit(0)"), "in its site output `outs`: SystemExit: 0"),
    "sys.exit in register": (
        "def register(api):\n    raise SystemExit(0)\n",
        "failed to load: SystemExit: 0",
    ),
    # Python's signal to a generator it closes: from a plugin's own code, its failure.
    "GeneratorExit in register": (
        "def register(api):\n    raise GeneratorExit()\n",
        "failed to load: GeneratorExit\n",
    ),
    "GeneratorExit at import": (
        "raise GeneratorExit('at import')\n",
        "failed to load: GeneratorExit: at import",
    ),
    "GeneratorExit in a site output": (
        _site("raise GeneratorExit()"),
        "in its site output `outs`: GeneratorExit\n",
    ),
    "GeneratorExit in an output's make": (
        _site("yield Output('x.txt', 'k', lambda: (_ for _ in ()).throw(GeneratorExit('x')))"),
        "making `x.txt` (its site output `outs`): GeneratorExit: x",
    ),
    "block kind": (BLOCK_KIND, "in its block kind `boom`: RuntimeError: plugin bug"),
    "block kind's JSON": (
        BLOCK_KIND.replace(
            "to_json=lambda block, writer: {}", "to_json=lambda b, w: 1 / 0"
        ).replace('if "boom" in node.content:', "if False:"),
        "in its block kind `boom`: ZeroDivisionError",
    ),
    **{
        f"block kind's {mistake}": (_built_block(change), said)
        for mistake, (change, said) in {
            "JSON with a date": (
                ("{}", "{'a': [__import__('datetime').date(2026, 1, 1)]}"),
                "in its block kind `boom`: returned date at `a[0]`, not JSON",
            ),
            "JSON with NaN": (
                ("{}", "{'value': float('nan')}"),
                "in its block kind `boom`: returned nan at `value`, not JSON",
            ),
            "JSON that is a list": (("{}", "[1]"), "returned list, not dict"),
            "words() returning None": (
                ("return 0", "pass"),
                "in its block kind `boom`: its block's `words()` returned NoneType, not int",
            ),
            "words() raising": (
                ("return 0", "raise ValueError('no words')"),
                "in its block kind `boom`: ValueError: no words",
            ),
        }.items()
    },
}


def _built(root: Path, plugin: str, briefings: int = 1) -> tuple[Path, dict[str, bytes]]:
    """Build a project without its plugin, then add it: return the project and its site."""
    files = "".join(
        f"-- content/{name}.md --\n"
        + BRIEFING.format(title=name.title())
        + "\nboom here.\n\n```boom\nboom\n```\n"
        for name in ["a", *(f"b{n}" for n in range(briefings - 1))]
    )
    if "add_block_kind" in plugin:
        files += "-- templates/blocks/boom.html --\n<p>boom</p>\n"
    make_project(root, f"-- briefgen.yaml --\ntitle: T\n-- p.py --\n{plugin}{files}")
    first = run_briefgen("build", cwd=root)
    assert first.code == 0, first.stderr
    (root / "briefgen.yaml").write_text("title: T\nplugins: [p]\n", encoding="utf-8")
    return root, snapshot(root / "site")


def _assert_plugin_error(root: Path, site: dict[str, bytes], said: str) -> None:
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert "briefgen.yaml:2:1: error: plugin `p` failed " in run.stderr
    assert said in run.stderr
    assert "internal error" not in run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(root / "site") == site
    assert leftovers(root) == []


@pytest.mark.parametrize("kind", FAILURES)
def test_a_failing_plugin_is_an_error_at_its_plugins_entry(tmp_path: Path, kind: str) -> None:
    plugin, said = FAILURES[kind]
    root, site = _built(tmp_path / "p", plugin)
    _assert_plugin_error(root, site, said)


WORKER_FAILURES = {
    "exception whose str() fails": (
        ODD_EXCEPTIONS + _briefing("raise Unprintable()"),
        "in its briefing output `outs`: Unprintable\n",
    ),
    "BaseException": (
        ODD_EXCEPTIONS
        + _briefing(
            "yield Output(briefing.slug + '/x', key, lambda: (_ for _ in ()).throw(Stop()))"
        ),
        "(its briefing output `outs`): Stop\n",
    ),
    "sys.exit": (_briefing("raise SystemExit(0)"), "its briefing output `outs`: SystemExit: 0"),
    "GeneratorExit": (
        _briefing("raise GeneratorExit()"),
        "its briefing output `outs`: GeneratorExit\n",
    ),
}


@pytest.mark.parametrize(
    "kind", ["briefing output", "site output's make", "markdown rule", *WORKER_FAILURES]
)
def test_a_plugin_failing_in_a_worker_process_is_the_same_error(tmp_path: Path, kind: str) -> None:
    plugin, said = WORKER_FAILURES.get(kind) or FAILURES[kind]
    if kind == "site output's make":
        # Enough site-wide outputs for the workers to make them.
        plugin = _site("yield from (Output(f'x{n}.txt', 'k', lambda: 1 / 0) for n in range(40))")
        said = "(its site output `outs`): ZeroDivisionError"
    root, site = _built(tmp_path / "p", plugin, briefings=PARALLEL_THRESHOLD + 2)
    _assert_plugin_error(root, site, said)


@pytest.mark.parametrize(
    ("plugin", "said"),
    [
        (
            _site("yield Output('index.html', 'k', lambda: b'x')"),
            "plugin `p` makes `index.html`, which briefgen makes too",
        ),
        (
            _site("yield from [Output('x.txt', 'k', lambda: b'x')] * 2"),
            "plugin `p` makes `x.txt` twice",
        ),
        (
            _briefing("yield Output(briefing.slug + '/index.html', key, lambda: b'x')"),
            "plugin `p` makes `a/index.html`, which briefgen makes too",
        ),
        (
            _site("yield Output('a/index.html', 'k', lambda: b'x')"),
            "plugin `p` makes `a/index.html`, which content/a.md makes too",
        ),
    ],
)
def test_two_outputs_of_one_path_are_an_error_naming_the_plugin(
    tmp_path: Path, plugin: str, said: str
) -> None:
    root, site = _built(tmp_path / "p", plugin)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert f"briefgen.yaml:2:1: error: {said}" in run.stderr
    assert "internal error" not in run.stderr
    assert snapshot(root / "site") == site


def test_a_briefing_output_of_one_path_for_every_briefing_is_an_error(tmp_path: Path) -> None:
    """Each briefing after the first by path is named: the build stopped at the first it
    met, so which one it said depended on what was carried over and on the workers' order."""
    root, site = _built(
        tmp_path / "p", _briefing("yield Output('stats.json', key, lambda: b'x')"), briefings=3
    )
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    for other in ("content/b0.md", "content/b1.md"):
        said = f"plugin `p` makes `stats.json` for content/a.md, and {other} makes it too"
        assert f"briefgen.yaml:2:1: error: {said}" in run.stderr
    assert snapshot(root / "site") == site


def test_two_plugins_making_one_path_are_both_named(tmp_path: Path) -> None:
    root, site = _built(tmp_path / "p", _site("yield Output('x.txt', 'k', lambda: b'x')"))
    (root / "q.py").write_text((root / "p.py").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "briefgen.yaml").write_text("title: T\nplugins: [p, q]\n", encoding="utf-8")
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    assert "briefgen.yaml:2:1: error: plugins `p` and `q` both make `x.txt`" in run.stderr
    assert snapshot(root / "site") == site


@pytest.mark.parametrize(
    "path",
    ["../../escaped.txt", "ABSOLUTE", "a/../../b.txt", "a//b", "./a", "a\\b", ""],
)
def test_an_output_path_outside_the_site_folder_is_refused(tmp_path: Path, path: str) -> None:
    if path == "ABSOLUTE":
        path = str(tmp_path / "escaped.txt")
    plugin = _site(f"yield Output({path!r}, 'k', lambda: b'escaped')")
    root, site = _built(tmp_path / "deep" / "p", plugin)
    before = sorted(p for p in tmp_path.rglob("*") if "site" not in p.parts)
    run = run_briefgen("build", cwd=root)
    assert run.code == 1, run.stderr
    said = f"briefgen.yaml:2:1: error: plugin `p` makes `{path}` (its site output `outs`)"
    assert said in run.stderr.replace("\\\\", "\\")
    assert sorted(p for p in tmp_path.rglob("*") if "site" not in p.parts) == before
    assert snapshot(root / "site") == site
    assert not (tmp_path / "escaped.txt").exists()


def test_a_plugin_with_files_in_folders_builds_silently(tmp_path: Path) -> None:
    plugin = _site("yield Output('data/nested/x.json', 'k', lambda: b'{}')")
    root, _site_files = _built(tmp_path / "p", plugin)
    run = run_briefgen("build", cwd=root)
    assert run.code == 0, run.stderr
    assert "warning" not in run.stderr
    assert (root / "site" / "data" / "nested" / "x.json").read_bytes() == b"{}"


def _two_outputs(first: str, second: str) -> str:
    second_line = f"yield Output({second!r}, 'k', lambda: b'y')"
    return _site(f"yield Output({first!r}, 'k', lambda: b'x')\n    {second_line}")


FOLDER_CLASHES = {
    "below a file": (
        _site("yield Output('index.html/x', 'k', lambda: b'x')"),
        "plugin `p` makes `index.html/x`, inside the file `index.html` that briefgen makes",
    ),
    "below the feed": (
        _site("yield Output('feed.xml/y', 'k', lambda: b'x')"),
        "plugin `p` makes `feed.xml/y`, inside the file `feed.xml` that briefgen makes",
    ),
    "the theme's folder": (
        _site("yield Output('assets', 'k', lambda: b'x')"),
        "plugin `p` makes the file `assets`, where briefgen makes `assets/",
    ),
    "the tags' folder": (
        _site("yield Output('tags', 'k', lambda: b'x')"),
        "plugin `p` makes the file `tags`, where briefgen makes `tags/",
    ),
    "a briefing's folder": (
        _site("yield Output('a', 'k', lambda: b'x')"),
        "plugin `p` makes the file `a`, where content/a.md makes `a/",
    ),
    "a file, then a file in it": (
        _two_outputs("d", "d/e"),
        "plugin `p` makes `d/e`, inside the file `d` that it makes",
    ),
    "a file in a folder, then the folder": (
        _two_outputs("d/e", "d"),
        "plugin `p` makes the file `d`, where it makes `d/e`",
    ),
    "a briefing output below its page": (
        _briefing("yield Output(briefing.slug + '/index.html/x', key, lambda: b'x')"),
        "plugin `p` makes `a/index.html/x`, inside the file `a/index.html` that briefgen makes",
    ),
    "a briefing output below a site page": (
        _briefing("yield from [Output('index.html/x', key, lambda: b'x')][: briefing.slug == 'a']"),
        "plugin `p` makes `index.html/x`, inside the file `index.html` that briefgen makes",
    ),
    "a briefing output where another briefing's folder is": (
        _briefing("yield from [Output('b0', key, lambda: b'x')][: briefing.slug == 'a']"),
        "plugin `p` makes the file `b0`, where content/b0.md makes `b0/",
    ),
}


@pytest.mark.parametrize("clash", FOLDER_CLASHES)
def test_a_file_where_another_output_needs_a_folder_is_an_error(tmp_path: Path, clash: str) -> None:
    plugin, said = FOLDER_CLASHES[clash]
    root, site = _built(tmp_path / "p", plugin, briefings=2)
    _assert_clash(root, "build", said, site)  # after a good build, where it once replaced
    shutil.rmtree(root / "site")
    shutil.rmtree(root / CACHE_DIR)
    _assert_clash(root, "check", said, {})
    _assert_clash(root, "build", said, {})


def _assert_clash(root: Path, command: str, said: str, site: dict[str, bytes]) -> None:
    run = run_briefgen(command, cwd=root)
    assert run.code == 1, run.stderr
    assert f"briefgen.yaml:2:1: error: {said}" in run.stderr
    assert "internal error" not in run.stderr
    assert snapshot(root / "site") == site
    assert leftovers(root) == []


def test_a_file_where_a_folder_is_in_a_worker_process_is_an_error(tmp_path: Path) -> None:
    plugin, said = FOLDER_CLASHES["a briefing output where another briefing's folder is"]
    root, site = _built(tmp_path / "p", plugin, briefings=PARALLEL_THRESHOLD + 2)
    _assert_clash(root, "build", said, site)


STOPS = """\
class _Stops:
    def __set_name__(self, owner, name):
        raise KeyboardInterrupt  # Ctrl-C landing in a dataclass's field as a module loads


def _stop():
    class _Record:
        field = _Stops()


"""
"""Ctrl-C while a class is made, which Python 3.11 raises as `RuntimeError("Error calling
__set_name__ …")` from it."""


@pytest.mark.parametrize(
    "plugin",
    [
        f"{STOPS}_stop()\n\n\ndef register(api):\n    pass\n",
        f"{STOPS}def register(api):\n    _stop()\n",
        STOPS + _site("_stop()"),
        f"{STOPS}def syntax(md):\n    _stop()\n\n\n"
        "def register(api):\n    api.add_markdown_plugin(syntax)\n",
    ],
    ids=["import", "register", "site output", "markdown plugin"],
)
def test_ctrl_c_while_a_plugin_makes_a_class_is_an_interrupt(tmp_path: Path, plugin: str) -> None:
    """A random walk of builds stopped at random moments got exit 70 ("internal error:
    RuntimeError: Error calling __set_name__ on 'Field' instance"): a stop that lands while a
    module defines a record came out as another exception, reported as a bug, or here as the
    plugin's failure. It is an interrupt: exit 130, the site as it was."""
    root, site = _built(tmp_path / "p", plugin)
    run = run_briefgen("build", cwd=root)
    assert (run.code, run.stdout) == (
        130,
        "interrupted; the output folder holds the last complete build\n",
    ), run.stderr
    assert run.stderr == ""
    assert snapshot(root / "site") == site
    assert leftovers(root) == []
