"""Includes: the included template's text goes up as one string, the text Jinja's include writes."""

from __future__ import annotations

import jinja2
import pytest

from briefgen.site.environment import _Environment

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
    assert ours.get_template(name).render() == jinjas.get_template(name).render()


def test_includes_pass_the_included_text_up_as_one_string() -> None:
    ours, jinjas = _environments()
    assert list(ours.get_template("plain").generate()) == ["a", "-<&>012", "b"]
    assert len(list(jinjas.get_template("plain").generate())) > 3
