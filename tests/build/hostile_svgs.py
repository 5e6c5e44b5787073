"""SVGs that run script in a browser opened on its own, though no script shows in their text,
and plain ones: shared by the check's tests, the build's and Chromium's."""

from __future__ import annotations

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40">'
HIDDEN_BY_DECLARATIONS = {
    "entity in a link": b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY j "javascript">]>\n'
    + SVG
    + b'<a href="&j;:alert(document.domain)"><text x="5" y="20">click</text></a></svg>',
    "entity splitting the word": b'<!DOCTYPE svg [<!ENTITY s "script">]>\n'
    + SVG
    + b'<a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="java&s;:alert(1)">'
    b"<text>x</text></a></svg>",
    "parameter entity writing a script element": b'<?xml version="1.0"?>\n<!DOCTYPE svg [\n'
    b"<!ENTITY % p \"&#60;!ENTITY x '&#38;#60;script&#38;#62;alert(document.domain)"
    b"&#38;#60;/script&#38;#62;'&#62;\">\n%p;\n]>\n" + SVG + b"&x;<text>hi</text></svg>",
    "odd spacing and case": b'<!DOCTYPE svg [<! entity\tj "javascript">]>' + SVG + b"</svg>",
    "external parameter entity": b'<!DOCTYPE svg [<!ENTITY % e SYSTEM "e.dtd"> %e;]>'
    + SVG
    + b"</svg>",
    "default handler attribute": b"<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert('x')\">]>"
    + SVG
    + b"</svg>",
}
"""Script a browser makes from the declarations of the SVG's own DOCTYPE."""
HIDDEN_BY_XSLT = {
    "stylesheet in a data url": b'<?xml-stylesheet type="text/xsl" href="data:text/xsl,'
    b"%3Cxsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'%3E"
    b"%3Cxsl:template match='/'%3E%3Csvg xmlns='http://www.w3.org/2000/svg'%3E"
    b"%3Cxsl:element name='{concat(&quot;scr&quot;,&quot;ipt&quot;)}' "
    b"namespace='http://www.w3.org/2000/svg'%3Ealert(1)%3C/xsl:element%3E%3C/svg%3E"
    b'%3C/xsl:template%3E%3C/xsl:stylesheet%3E"?>\n' + SVG + b"<text>x</text></svg>",
    "stylesheet of the site": b'<?xml-stylesheet type="text/xsl" href="chart.svg"?>'
    + SVG
    + b"</svg>",
}
"""Script written by an XSLT stylesheet the SVG links, which the browser runs over it."""
HIDDEN_BY_ENCODING = {
    "utf-16": (
        '\ufeff<?xml version="1.0" encoding="UTF-16"?>\n'
        + SVG.decode()
        # The bytes of these three characters read `<svg> `, for the check's `<svg>` tag.
        + "<text>\u733c\u6776\u203e</text><script>alert(1)</script></svg>"
    ).encode("utf-16-le"),
    "utf-16 without a byte order mark": (
        '<?xml version="1.0" encoding="UTF-16"?>\n' + SVG.decode() + "<script>alert(1)</script>"
        "</svg>"
    ).encode("utf-16-be"),
    "iso-2022-jp": b'<?xml version="1.0" encoding="ISO-2022-JP"?>\n'
    + SVG
    + b"<scr\x1b(Bipt>alert(1)</scr\x1b(Bipt></svg>",
}
"""Script written in an encoding whose bytes a search of UTF-8 text does not read as such."""
HIDDEN_BY_QUOTING = {
    "handler after a > in a value": SVG + b'<rect x=">" onclick="alert(1)"/></svg>',
    "handler after an encoded quote": SVG + b'<rect x="&quot;>" onclick="alert(1)"/></svg>',
}
"""A handler past a `>` that does not end its tag, as a quoted value may hold one."""
PLAIN = {
    "svg 1.1 doctype": b'<?xml version="1.0" standalone="no"?>\n<!DOCTYPE svg PUBLIC '
    b'"-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
    + SVG
    + b"<text>hi</text></svg>",
    # Browsers load no external DTD, so what it declares never reaches the SVG.
    "external dtd": b'<!DOCTYPE svg SYSTEM "chart.dtd">\n' + SVG + b"<text>hi</text></svg>",
    "words in the text": SVG + b"<text>ENTITY, ATTLIST and DOCTYPE</text></svg>",
}
"""SVGs a browser shows without running anything."""
