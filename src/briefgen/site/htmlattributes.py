"""One HTML attribute and its value, read alike by the link check (pageurls.py) and by the
search for the Markdown line of a broken link or a duplicate id (places.py)."""

from __future__ import annotations

from briefgen.patterns import pattern

ATTRIBUTE = pattern(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
"""One attribute of a start tag with its value, double-quoted, single-quoted or bare (groups
1 to 4): read one after another, `href=x` inside an alt text or a title is text, and `id="x"`
inside another attribute's quotes is no id."""
