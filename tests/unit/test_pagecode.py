"""Templates compiled by briefgen's code generator write the text Jinja's own code writes.

Includes pass the included template's text up as one string, written values are escaped
without a `Markup` made of each, and `x.name` is read by Python's `getattr` where `x` has it
(site/environment.py).
"""

from __future__ import annotations

import jinja2
import markupsafe
import pytest

from briefgen.site.environment import _Environment, escape_text


class _Html:
    """A value that gives its own HTML, as a theme's or a plugin's object may."""

    def __html__(self) -> str:
        return "<b>&</b>"


class _Text(str):
    """A string of a class of its own."""


class _Record:
    """An object whose attributes a template reads: a plain one, a property, a nested one."""

    name = "<record>"
    inner: _Record | None = None

    @property
    def shown(self) -> str:
        return self.name.upper()


_NESTED = _Record()
_NESTED.inner = _Record()


VALUES: dict[str, object] = {
    "plain text": "plain",
    "text to escape": '<a href="x">Tom & Jerry\'s</a>',
    "markup": markupsafe.Markup("<em>&amp;</em>"),
    "a subclass of str": _Text("<i>"),
    "an object with __html__": _Html(),
    "a number": 3.5,
    "none": None,
    "a list": ["<", 1],
}

PARTS = {
    "part": "{{ x | default('-') }}<&>{% for i in range(3) %}{{ i }}{% endfor %}",
    "named": "part",
}
INCLUDES = {
    "plain": "a{% include 'part' %}b",
    "in a loop, with a local": "{% for x in [1, '<'] %}{% include 'part' %}{% endfor %}",
    "into a set block": "{% set s %}<{% include 'part' %}>{% endset %}{{ s }}|{{ s | length }}",
    "in a macro": "{% macro m(x) %}[{% include 'part' %}]{% endmacro %}{{ m(2) }}{{ m('&') }}",
    "in a filter block": "{% filter upper %}{% include 'part' %}{% endfilter %}",
    "in a call block": "{% macro m() %}({{ caller() }}){% endmacro %}"
    "{% call m() %}{% include 'part' %}{% endcall %}",
    "missing, ignored": "{% include 'none' ignore missing %}.",
    "missing, ignored, found": "{% include 'part' ignore missing %}.",
    "the first of a list there is": "{% include ['none', 'part'] %}",
    "by a variable's name": "{% set name = 'part' %}{% include name %}",
    "by a computed name": "{% include 'pa' ~ 'rt' %}",
    "without context": "{% include 'part' without context %}",
    "in a child's block": "{% extends 'base' %}{% block b %}{% include 'part' %}{% endblock %}",
    "values written": "{% for v in values %}{{ v }}|{{ v ~ '<' }}|{% endfor %}",
    "values written in a set block": "{% set s %}{% for v in values %}{{ v }}{% endfor %}"
    "{% endset %}{{ s }}{{ s | length }}",
    "values written, autoescaping off": "{% autoescape false %}{{ values }}{% endautoescape %}",
    "attributes": "{{ r.name }}{{ r.shown }}{{ r.inner.shown }}{{ r.inner.name ~ r.name }}",
    "an item read as an attribute": "{{ d.key }}{{ d.items | default('method') is callable }}",
    "an attribute in a macro, a call and a loop filter": "{% macro m(x) %}{{ x.name }}"
    "{% endmacro %}{{ m(x=r.inner) }}{% for v in [r, r.inner] if v.inner %}{{ v.shown }}"
    "{% endfor %}",
    "an attribute neither has, tested": "{{ r.nothing is defined }}{{ d.nothing is defined }}",
}


def _environments() -> tuple[jinja2.Environment, jinja2.Environment]:
    templates = {**PARTS, **INCLUDES, "base": "<{% block b %}{% endblock %}>"}
    loader = jinja2.DictLoader(templates)
    ours = _Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    return ours, jinja2.Environment(
        loader=loader, autoescape=True, undefined=jinja2.StrictUndefined
    )


@pytest.mark.parametrize("name", INCLUDES)
def test_includes_write_what_jinjas_include_writes(name: str) -> None:
    ours, jinjas = _environments()
    given = {"values": list(VALUES.values()), "r": _NESTED, "d": {"key": "<value>"}}
    assert ours.get_template(name).render(given) == jinjas.get_template(name).render(given)


def test_attributes_are_read_without_environment_getattr_where_they_are_attributes() -> None:
    ours, _ = _environments()
    asked: list[str] = []
    getattr_of = ours.getattr

    def spy(obj: object, attribute: str) -> object:
        asked.append(attribute)
        return getattr_of(obj, attribute)

    ours.getattr = spy  # type: ignore[method-assign]
    page = ours.from_string("{{ r.inner.name }}{{ d.key }}{{ r.nothing is defined }}")
    assert page.render(r=_NESTED, d={"key": "<v>"}) == "&lt;record&gt;&lt;v&gt;False"
    assert asked == ["key", "nothing"]  # an item, and what neither has: Jinja's own way


def test_a_missing_attribute_is_undefined_as_jinja_makes_it() -> None:
    ours, jinjas = _environments()
    for env in (ours, jinjas):
        with pytest.raises(jinja2.UndefinedError, match="has no attribute 'nothing'"):
            env.from_string("{{ r.nothing }}").render(r=_NESTED)


@pytest.mark.parametrize("value", VALUES.values(), ids=VALUES)
def test_escape_text_is_the_text_of_markupsafes_escape(value: object) -> None:
    assert escape_text(value) == str(markupsafe.escape(value))


def test_escape_text_raises_for_an_undefined_value_as_escape_does() -> None:
    with pytest.raises(jinja2.UndefinedError):
        escape_text(jinja2.StrictUndefined(name="gone"))


def test_includes_pass_the_included_text_up_as_one_string() -> None:
    ours, jinjas = _environments()
    assert list(ours.get_template("plain").generate()) == ["a", "-<&>012", "b"]
    assert len(list(jinjas.get_template("plain").generate())) > 3


def test_written_values_are_escaped_text_not_markup_made_for_each() -> None:
    ours, jinjas = _environments()
    template = "{{ v }}{{ m }}"
    events = list(ours.from_string(template).generate(v="<", m=markupsafe.Markup("<br>")))
    assert events == ["&lt;", "<br>"]
    assert [type(e) for e in events] == [str, markupsafe.Markup]
    made = [type(e) for e in jinjas.from_string(template).generate(v="<", m="")]
    assert made == [markupsafe.Markup, markupsafe.Markup]
