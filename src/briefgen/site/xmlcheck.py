"""Whether a feed or sitemap a project's own template renders is well-formed XML.

The theme's `feed.xml` and `sitemap.xml` are tested to give well-formed XML whatever the
content (every value they print is escaped). A project's override of either is trusted code,
but a slip in it (an element left open, a bare `&`) was published as it came out: feed readers
and search engines then drop the whole file, with nothing said at build time. Read with
expat, which fetches nothing.
"""

from __future__ import annotations


def xml_problem(text: str) -> str | None:
    """Return why `text` is not well-formed XML, with its line and column; None when it is."""
    # Loaded here: only a project's own feed or sitemap is read back, and loading expat is
    # 2 M instructions, 0.2% of the default build.
    from xml.parsers import expat

    parser = expat.ParserCreate()
    try:
        parser.Parse(text.encode("utf-8"), True)
    except expat.ExpatError as error:
        where = f"line {error.lineno}, column {error.offset + 1}"
        return f"{expat.ErrorString(error.code)} at {where} of its output"
    return None
