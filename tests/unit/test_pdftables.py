"""Laying a print page out again for a wide table reads WeasyPrint's boxes, which no public
API gives: a WeasyPrint whose boxes read otherwise prints the table as first laid out."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.site import pdftables


@dataclass
class _Page:
    """A page of a WeasyPrint that keeps its boxes under another name than `_page_box`."""

    page_box: object = None


@dataclass
class _Html:
    """A parsed page whose render counts its calls."""

    renders: list[object] = field(default_factory=list)

    def render(self) -> object:
        document = type("Document", (), {"pages": [_Page()]})()
        self.renders.append(document)
        return document


def test_lay_out_keeps_the_first_layout_when_weasyprint_names_its_boxes_otherwise() -> None:
    parsed: list[_Html] = []

    def parse() -> _Html:
        parsed.append(_Html())
        return parsed[-1]

    document = pdftables.lay_out(parse)

    assert len(parsed) == 1
    assert document is parsed[0].renders[0]
