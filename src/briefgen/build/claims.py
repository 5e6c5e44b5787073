"""The output paths a build claims, briefgen's own and its plugins': a path is one output's,
and never both a file and a folder. A clash with a plugin's output is an error at that
plugin's `plugins:` entry, naming who made each; two of briefgen's own are a bug."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.pluginguard import plugin_problem

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefgen.pluginguard import PluginProblem
    from briefgen.site.outputs import Output

CLASH_HINT = "a path cannot be both a file and a folder: give the output another path"


class PathClaims:
    """The output paths claimed so far, by whom, and the folders they need: a path cannot be
    both a file and a folder (`index.html` and `index.html/x`, or `a` and `a/b`)."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        """Each path claimed → who claims it: a plugin's name, "" for briefgen's own."""
        self._folders: dict[str, str] = {}
        """Each folder the claimed paths need → the first path claimed inside it."""

    def clash(self, rel: str) -> str | None:
        """Return the claimed path `rel` cannot stand beside, or None: the same path, a file
        it would be inside, or a path inside the folder it would be a file in the place of."""
        if rel in self.files:
            return rel
        inside = self._folders.get(rel)
        if inside is not None:
            return inside
        cut = rel.find("/")
        while cut != -1:
            if rel[:cut] in self.files:
                return rel[:cut]
            cut = rel.find("/", cut + 1)
        return None

    def add(self, rel: str, owner: str) -> None:
        """Record that `owner` makes `rel`, and the folders above it."""
        self.files[rel] = owner
        cut = rel.find("/")
        while cut != -1:
            self._folders.setdefault(rel[:cut], rel)
            cut = rel.find("/", cut + 1)


def claim_path(claimed: PathClaims, output: Output) -> None:
    """Record that `output` makes its path; raise a PluginProblem when another output made it
    already, or a file where the path is a folder (or a folder where it is a file)."""
    rel = output.rel_path
    other = claimed.clash(rel)
    if other is None:
        claimed.add(rel, output.plugin)
        return
    first, second = claimed.files[other], output.plugin
    if not first and not second:
        raise AssertionError(f"output {rel} planned beside {other}")  # briefgen's own: a bug
    if other != rel:
        if second:
            raise clash_problem(rel, second, other, first)
        raise clash_problem(other, first, rel, second)
    hint = "give each output a path of its own"
    if first == second:
        raise plugin_problem([first], f"plugin `{first}` makes `{rel}` twice", hint)
    if first and second:
        message = f"plugins `{first}` and `{second}` both make `{rel}`"
        raise plugin_problem([first, second], message, hint)
    name = first or second
    raise plugin_problem([name], f"plugin `{name}` makes `{rel}`, which briefgen makes too", hint)


def clash_problem(rel: str, plugin: str, other: str, owner: str, source: str = "") -> PluginProblem:
    """Return the error of two outputs where one path is a file of one and a folder of the
    other: `rel`, made by `plugin`, and `other`, made by the plugin `owner` ("" for briefgen's
    own), or for the briefing file `source` when it is a briefing's."""
    names = [plugin]
    if source:
        maker = source
    elif not owner:
        maker = "briefgen"
    elif owner == plugin:
        maker = "it"
    else:
        maker = f"plugin `{owner}`"
        names.append(owner)
    if other.startswith(rel + "/"):
        message = f"plugin `{plugin}` makes the file `{rel}`, where {maker} makes `{other}`"
    else:
        message = f"plugin `{plugin}` makes `{rel}`, inside the file `{other}` that {maker} makes"
    return plugin_problem(names, message, CLASH_HINT)


def unnamed_clash_problem(
    rel: str, source: str, other: str, plugins: Sequence[str]
) -> PluginProblem:
    """Return the error of a briefing output `rel` of `source`, which one of `plugins` makes
    (the cache does not say which), where briefgen's `other` needs a file or folder."""
    if len(plugins) == 1:
        return clash_problem(rel, plugins[0], other, "")
    if rel.startswith(other + "/"):
        message = f"a plugin makes `{rel}` for {source}, inside the file `{other}`"
    else:
        message = f"a plugin makes the file `{rel}` for {source}, where `{other}` goes"
    return plugin_problem(plugins, message + ", which briefgen makes", CLASH_HINT)
