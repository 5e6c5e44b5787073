"""Files saved as UTF-16 or UTF-32, told apart from broken UTF-8 before they are decoded.

Windows writes UTF-16 where a user asks for "Unicode" (Notepad's choice of that name,
PowerShell 5's `>` and `Out-File`). With its BOM such a file is not UTF-8 at byte 0, whose
usual cause, Latin-1, is the wrong hint; without one, ASCII text in UTF-16 is valid UTF-8
holding a NUL after every letter, which would be a "control character" error per letter. So
each reader of a project's text files asks here first, and says what the file is, once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, error

if TYPE_CHECKING:
    from briefgen.diagnostics import Diagnostic

_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)
"""Byte order marks, longest first: UTF-32's little-endian one starts as UTF-16's does."""
_SAMPLE = 256
"""Bytes looked at for the pattern of NULs: a file's first lines (`---`, `title:`, `msgid`,
`{%`, a setting's name) are ASCII, whose wide characters each hold NULs in the same places."""
_WIDE_NULS = {
    "UTF-32": (({2, 3}, {0}), ({0, 1}, {3})),
    "UTF-16": (({1, 3}, {0, 2}), ({0, 2}, {1, 3})),
}
"""For each encoding, little- then big-endian: the places among each 4 bytes that ASCII text
fills with NULs, and those it never does."""


def wide_encoding(data: bytes) -> str | None:
    """Return `UTF-16` or `UTF-32` for text saved so, by its byte order mark or, without one,
    by NULs in every character's high bytes; None for anything else."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:_SAMPLE]
    if b"\x00" not in sample or len(sample) < 8:
        return None
    counts = [sample[place::4].count(0) for place in range(4)]
    quarter = len(sample) // 4
    for name, orders in _WIDE_NULS.items():
        for nul, never in orders:
            # Most of a place's bytes: a non-ASCII letter's high byte is not NUL (`é` is 00E9).
            if all(counts[p] * 2 > quarter for p in nul) and all(
                counts[p] * 8 <= quarter for p in never
            ):
                return name
    return None


def wide_encoding_error(path: str, data: bytes) -> Diagnostic | None:
    """Return the error for a file saved as UTF-16 or UTF-32, at its line 1; else None."""
    name = wide_encoding(data)
    if name is None:
        return None
    hint = "save it as UTF-8: an editor's Save As offers the encoding"
    return error(SourcePos(path, 1), f"the file is saved as {name}, not UTF-8", hint)


def writable_text(text: str) -> bool:
    """Return whether UTF-8 can write `text`: False for one holding a lone surrogate, which a
    template's string (`{{ '\\udcff' }}`) or a plugin's (`os.fsdecode` of a name that is not
    UTF-8) may hold, and which no file written as UTF-8, nor a UTF-8 file name, can."""
    if text.isascii():  # O(1): most paths and values
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
