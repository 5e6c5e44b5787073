"""The project's templates/ is checked before anything renders: nothing outside is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.build.templates import validate_templates
from briefgen.diagnostics import format_diagnostic
from briefgen.site.extensions import EXTENSIONS
from tests.conftest import BRIEFING, make_project, run_briefgen


def _said(root: Path) -> list[str]:
    return [format_diagnostic(p).splitlines()[0] for p in validate_templates(root)]


def test_plain_templates_and_links_inside_the_project_pass(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- templates/base.html --\n<p>é</p>\n-- shared/x.html --\nx\n")
    (root / "templates" / "index.html").symlink_to(root / "shared" / "x.html")

    assert _said(root) == []


def test_a_folder_linked_from_outside_is_an_error_and_not_walked(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.html").write_bytes(b"\xff")  # would be an error if it were read
    root = make_project(tmp_path / "p", "-- templates/base.html --\nok\n")
    (root / "templates" / "partials").symlink_to(outside, target_is_directory=True)

    assert _said(root) == [
        "templates/partials:1:1: error: symlink leaves the project; its target is not read"
    ]


def test_a_project_without_templates_has_nothing_to_check(tmp_path: Path) -> None:
    assert _said(tmp_path) == []


def test_dot_files_of_editors_and_the_os_are_left_alone(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- templates/base.html --\nok\n")
    (root / "templates" / ".briefing.html.swp").write_bytes(b"\xff\xfe")  # vim
    (root / "templates" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\xff")  # macOS
    (root / "templates" / ".#briefing.html").symlink_to("user@host.1234")  # Emacs lock

    assert _said(root) == []


def test_a_link_loop_or_a_broken_link_is_reported_not_followed(tmp_path: Path) -> None:
    """Both said "not a regular file", as a FIFO is: content/ words them as what they are."""
    root = make_project(tmp_path, "-- templates/base.html --\nok\n")
    (root / "templates" / "loop").symlink_to("loop")
    (root / "templates" / "footer.html").symlink_to("gone.html")

    assert _said(root) == [
        "templates/footer.html:1:1: error: symlink is broken or loops",
        "templates/loop:1:1: error: symlink is broken or loops",
    ]


def test_an_image_in_templates_is_a_warning_that_points_to_static(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- templates/base.html --\nok\n")
    (root / "templates" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")

    assert _said(root) == ["templates/logo.png:1:1: warning: not a template; ignored"]


def test_bytes_that_are_not_utf8_are_placed_at_their_line_and_character_column(
    tmp_path: Path,
) -> None:
    root = make_project(tmp_path, "")
    (root / "templates").mkdir()
    (root / "templates" / "briefing.html").write_bytes("<p>x</p>\r{# €€ ".encode() + b"\xff #}\r")

    assert _said(root) == ["templates/briefing.html:2:7: error: not valid UTF-8"]


def test_control_characters_and_noncharacters_are_errors_at_their_place(tmp_path: Path) -> None:
    # Every page the template writes would hold them raw: a NUL, an escape, a noncharacter.
    root = make_project(tmp_path, "")
    (root / "templates" / "partials").mkdir(parents=True)
    footer = "<p>a\x00b</p>\r\n<p>\u20ac \x1b[31m \ufdd0</p>\n\t<p>crlf and tab are fine</p>\r\n"
    (root / "templates" / "partials" / "footer.html").write_text(footer, encoding="utf-8")

    assert _said(root) == [
        "templates/partials/footer.html:1:5: error: control character U+0000 in the file",
        "templates/partials/footer.html:2:6: error: control character U+001B in the file",
        "templates/partials/footer.html:2:12: error: noncharacter U+FDD0 in the file",
    ]


def test_a_template_linked_to_what_the_build_writes_is_an_error(tmp_path: Path) -> None:
    """The lock holds the running build's PID: at every page's foot, every build would
    rewrite every page; a file of the last build's site would make this one's."""
    root = make_project(tmp_path, "-- templates/base.html --\nok\n-- site/robots.txt --\nx\n")
    (root / "templates" / "partials").mkdir()
    (root / "templates" / "partials" / "footer.html").symlink_to("../../.site.lock")
    (root / "templates" / "robots.html").symlink_to("../site/robots.txt")

    problems = validate_templates(root, (root / "site", root / ".briefgen-cache"))

    assert sorted(format_diagnostic(p).splitlines()[0] for p in problems) == [
        "templates/partials/footer.html:1:1: error: links to .site.lock, which the build writes;"
        " not read",
        "templates/robots.html:1:1: error: links into a folder the build writes; not read",
    ]


def test_a_build_refuses_a_template_linked_to_its_lock(tmp_path: Path) -> None:
    root = make_project(tmp_path, "-- content/a.md --\n" + BRIEFING.format(title="A"))
    (root / "templates" / "partials").mkdir(parents=True)
    (root / "templates" / "partials" / "footer.html").symlink_to("../../.site.lock")

    run = run_briefgen("build", cwd=root)

    assert run.code == 1
    assert "templates/partials/footer.html:1:1: error: links to .site.lock" in run.stderr


def test_a_block_the_extended_template_lacks_is_a_warning_at_its_tag(tmp_path: Path) -> None:
    """Jinja drops a child's block its parents lack without a word: `extrahead`, copied from
    an MkDocs override, left its text off every page in silence."""
    root = make_project(
        tmp_path,
        '-- templates/base.html --\n{% extends "builtin/base.html" %}\n'
        "{# {% block in_a_comment %} #}\n"
        '  {%- block extrahead %}<link rel="me">{% endblock %}\n'
        "{% block head %}{{ super() }}{% block nested %}{% endblock %}{% endblock %}\n"
        '-- templates/partials/footer.html --\n{% extends "builtin/partials/footer.html" %}\n'
        "{% block footer_note %}Hi{% endblock %}\n"
        # The theme's briefing.html extends "base.html", the project's one above.
        '-- templates/briefing.html --\n{% extends "builtin/briefing.html" %}\n'
        "{% block head %}{% endblock %}{% block extrahead %}{% endblock %}\n",
    )
    blocks = "`body_class`, `csp_scripts`, `description`, `head`, `main`, `robots`, `social`"
    said = [format_diagnostic(p) for p in validate_templates(root)]
    assert said == [
        "templates/base.html:3:3: warning: `builtin/base.html` has no block `extrahead`: its text "
        f"is never shown\n  hint: fill one of the blocks it has: {blocks}, `title`",
    ]


def test_a_template_extending_one_briefgen_cannot_read_is_not_warned(tmp_path: Path) -> None:
    """A plugin's template, or a name the loader will refuse itself: no guess is made."""
    root = make_project(
        tmp_path,
        '-- templates/briefing-x.html --\n{% extends "plugin/page.html" %}\n'
        "{% block any %}{% endblock %}\n",
    )
    assert _said(root) == []


def test_a_block_shown_where_it_stands_or_by_name_is_not_warned(tmp_path: Path) -> None:
    """Jinja shows a child's block that stands inside a macro, a `{% call %}` or a `{% set %}`
    of text, or that a template shows by name (`{{ self.y() }}`), though no parent has it;
    so it is with whitespace control and `{%+`, `scoped`, a named `{% endblock %}`, the
    parents of an `{% if %}`'s branches, and a name that is no constant (no guess)."""
    root = make_project(
        tmp_path,
        '-- templates/briefing.html --\n{%+ extends "builtin/briefing.html" +%}\n'
        "{% macro m() %}{%- block in_macro -%}X{% endblock in_macro %}{% endmacro %}\n"
        "{% set v %}{% block in_set scoped %}V{% endblock %}{% endset %}\n"
        "{% block main %}{{ m() }}{{ v }}{{ self.by_name() }}{{ self['by_item']() }}"
        "{% endblock main %}\n{%+ block by_name %}Y{% endblock %}\n"
        "{% block by_item %}Z{% endblock %}\n{% block after %}{% endblock %}\n"
        "-- templates/a.html --\n"
        '{% if x %}{% extends "builtin/base.html" %}{% else %}{% extends "briefing.html" %}'
        "{% endif %}\n{% block briefing %}{% endblock %}{% block head %}{% endblock %}\n"
        "-- templates/b.html --\n"
        '{% if x %}{% extends layout %}{% else %}{% extends "builtin/base.html" %}{% endif %}\n'
        "{% block sidebar %}{% endblock %}\n"
        "-- templates/c.html --\n"
        "\ufeff{% extends 'builtin/base.html' %}{% block nowhere %}{% endblock %}\n",
    )
    assert _said(root) == [
        "templates/briefing.html:7:1: warning: `builtin/briefing.html` has no block `after`: "
        "its text is never shown",
        # The byte order mark, which the loader drops, takes no column.
        "templates/c.html:1:34: warning: `builtin/base.html` has no block `nowhere`: "
        "its text is never shown",
    ]


def test_a_block_of_a_template_a_plugin_adds_is_known(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader reads a plugin's folders after the project's and before the theme's: a
    plugin's `base.html` with a block of its own stands for the theme's."""
    added = tmp_path / "plugin"
    added.mkdir()
    (added / "base.html").write_text(
        '{% extends "builtin/base.html" %}'
        "{% block head %}{{ super() }}{% block plugin_head %}{% endblock %}{% endblock %}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(EXTENSIONS, "template_folders", [tmp_path / "gone", added])
    root = make_project(
        tmp_path / "p",
        '-- templates/briefing.html --\n{% extends "builtin/briefing.html" %}\n'
        "{% block plugin_head %}<meta>{% endblock %}{% block other %}{% endblock %}\n",
    )
    assert _said(root) == [
        "templates/briefing.html:2:44: warning: `builtin/briefing.html` has no block `other`: "
        "its text is never shown"
    ]


def test_a_folder_at_a_theme_templates_name_is_warned_not_passed_by(tmp_path: Path) -> None:
    """Jinja's loader passes a folder `briefing.html/` by for the theme's file, in silence."""
    root = make_project(tmp_path, "-- templates/partials/toc.html/notes.txt --\nx\n")
    (root / "templates" / "briefing.html").mkdir()
    (root / "templates" / "blocks" / "custom.html").mkdir(parents=True)  # no theme's name

    assert _said(root) == [
        "templates/briefing.html:1:1: warning: a folder, not a template; the theme's"
        " `briefing.html` is used",
        "templates/partials/toc.html:1:1: warning: a folder, not a template; the theme's"
        " `partials/toc.html` is used",
    ]


def test_a_template_named_as_the_themes_in_another_case_is_warned(tmp_path: Path) -> None:
    """macOS and Windows find `Briefing.html` for `briefing.html` and build with it; Linux
    (CI, GitHub Pages) passes it by: the same project would give two sites."""
    root = make_project(
        tmp_path,
        "-- templates/Briefing.html --\nx\n-- templates/Partials/toc.html --\nx\n"
        "-- templates/blocks/TABLE.html --\nx\n-- templates/partials/Mine.html --\nx\n"
        "-- templates/footer.html --\nx\n-- templates/briefing.html --\nx\n",
    )

    assert _said(root) == [
        "templates/Briefing.html:1:1: warning: the theme's template is `briefing.html`: named so"
        " in another case, this file overrides it on macOS and Windows but not on Linux",
        "templates/Partials/toc.html:1:1: warning: the theme's template is `partials/toc.html`:"
        " named so in another case, this file overrides it on macOS and Windows but not on Linux",
        "templates/blocks/TABLE.html:1:1: warning: the theme's template is `blocks/table.html`:"
        " named so in another case, this file overrides it on macOS and Windows but not on Linux",
        f"templates/footer.html:1:1: warning: {UNUSED}",
        f"templates/partials/Mine.html:1:1: warning: {UNUSED}",
    ]


UNUSED = (
    "no page uses this template: it overrides no theme template, and no template includes, "
    "extends or imports it"
)


def test_a_template_that_no_page_uses_is_warned_with_the_name_meant(tmp_path: Path) -> None:
    """`partial/footer.html` for `partials/footer.html` left the theme's footer on every page,
    in silence. A template named by another (by a constant, a list of them, in any of the four
    tags), a layout and an override are used; a README is no template."""
    root = make_project(
        tmp_path,
        "-- templates/partial/footer.html --\n<p>Ours</p>\n"
        "-- templates/widgets/odd.xml --\nx\n"
        '-- templates/base.html --\n{% extends "builtin/base.html" %}{# {% include x %} #}\n'
        "{% block head %}{% include [\"a.html\", './b.html'] ignore missing with context %}"
        '{% import "c.html" as c %}{% from "d.html" import e as f, g %}{% endblock %}\n'
        '-- templates/a.html --\n{%- extends "e.html" -%}\n'
        "-- templates/b.html --\nb\n-- templates/c.html --\nc\n-- templates/d.html --\nd\n"
        "-- templates/e.html --\ne\n-- templates/briefing-wide.html --\nw\n"
        "-- templates/README.md --\nNotes.\n-- templates/briefing_memo.html --\nm\n",
    )

    problems = validate_templates(root)

    assert [format_diagnostic(p) for p in problems] == [
        f"templates/briefing_memo.html:1:1: warning: {UNUSED}\n"
        "  hint: did you mean `briefing-memo.html`? a layout's template is named "
        "`briefing-<layout>.html`",
        f"templates/partial/footer.html:1:1: warning: {UNUSED}\n"
        "  hint: did you mean `partials/footer.html`? a template takes the place of the "
        "theme's of its name",
        f"templates/widgets/odd.xml:1:1: warning: {UNUSED}\n"
        "  hint: name it as the theme template it takes the place of, or include it from one",
    ]
    assert validate_templates(root, plugins=True) == []  # a plugin may render any of them


@pytest.mark.parametrize(
    "naming",
    [
        '{% include "parts/" ~ kind ~ ".html" %}',
        "{% extends layout %}",
        '{% import "x.html" if a else "y.html" as m %}',
    ],
)
def test_no_template_is_told_unused_when_one_names_a_template_by_an_expression(
    tmp_path: Path, naming: str
) -> None:
    root = make_project(
        tmp_path, f"-- templates/partial/footer.html --\nx\n-- templates/index.html --\n{naming}\n"
    )
    assert _said(root) == []
