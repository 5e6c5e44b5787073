"""Unicode's tag characters (U+E0000 to U+E007F): text no reader sees, in any editor or page.

Each tag character from U+E0020 to U+E007E mirrors an ASCII character, and none is drawn, so
a run of them carries words a reader never sees while a copy, a search engine or a language
model reads them ("ASCII smuggling"). The one use the page has for them is an emoji's tag
sequence, the flags of Scotland, England and Wales: U+1F3F4, tags, then U+E007F. Any other run
is a warning at its first character, naming the text it hides; the page shows it as written.
In a file's name they are a warning at the file: slugs leave them out (`slugs.transliterate`),
as a transliteration would spell each as the letter it mirrors, hidden text made visible in
the page's address.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.diagnostics import SourcePos, excerpt, placed, warning
from briefgen.patterns import pattern

if TYPE_CHECKING:
    import re

    from briefgen.diagnostics import Diagnostic

_TAG_RUN = pattern("[\U000e0000-\U000e007f]+")
"""A run of tag characters."""
_FLAG_BASE = "\U0001f3f4"
"""The waving black flag, which an emoji tag sequence follows."""
_CANCEL_TAG = "\U000e007f"


def hidden_tag_warnings(path: str, text: str) -> list[Diagnostic]:
    """Return a warning at each run of tag characters in `text` that is no emoji's flag."""
    if not _past_the_bmp(text) or _TAG_RUN.search(text) is None:
        return []
    # Many are counted, past the first, as a file's diagnostics alike are (capped_kinds).
    return [
        warning(at, _message(run[0]), _HINT)
        for at, run in placed(path, text, _TAG_RUN.finditer(text))
        if not _flag(run)
    ]


def _past_the_bmp(text: str) -> bool:
    """Whether `text` holds a character past U+FFFF, as every tag character is: one that takes
    two UTF-16 code units. Most files hold none, and this tells it 25 times faster than a search
    of the tags' class, which tests every character of the text against it in turn."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


def file_name_warning(path: str) -> Diagnostic | None:
    """Return a warning at the file `path` when its name holds tag characters no emoji flag
    uses, or None."""
    name = path.rsplit("/", 1)[-1]
    if name.isascii():
        return None
    hidden = "".join(run[0] for run in _TAG_RUN.finditer(name) if not _flag(run))
    if not hidden:
        return None
    message = _message(hidden, " in the file's name")
    hint = "rename the file without them; they are left out of its page's address"
    return warning(SourcePos(path, 1), message, hint)


_HINT = "delete them: no editor or page shows them (only an emoji flag such as Wales' uses them)"


def _message(run: str, where: str = "") -> str:
    """Say what a run of tag characters (`where` they are) hides: the ASCII text its
    characters mirror."""
    hidden = "".join(chr(ord(char) - 0xE0000) for char in run if "\U000e0020" <= char < _CANCEL_TAG)
    codes = f"U+{ord(run[0]):04X}" + (f" and {len(run) - 1} more" if len(run) > 1 else "")
    said = f": `{excerpt(hidden, 40)}`" if hidden.strip() else ""
    return f"Unicode tag characters ({codes}){where} hide text no reader sees{said}"


def _flag(run: re.Match[str]) -> bool:
    """Whether a run of tags is an emoji flag's: right after U+1F3F4, ended by U+E007F."""
    text, start = run.string, run.start()
    return start > 0 and text[start - 1] == _FLAG_BASE and run[0].endswith(_CANCEL_TAG)
