"""Front matter values YAML reads otherwise than their author meant, each explained.

`draft: "false"` or `draft: off` is text: valid YAML, so only the message can say what was
misread and how to write it.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_BOOLEAN_MEANINGS = {
    **dict.fromkeys(("true", "yes", "y", "on", "1"), "true"),
    **dict.fromkeys(("false", "no", "n", "off", "0"), "false"),
}
"""What a word meant as a boolean: `true` and `false` quoted, YAML 1.1's words, 1 and 0."""


def boolean_problem(key: str, value: object, written: str) -> tuple[str, str]:
    """Return the message and hint for `key`, written `written`, that is not true or false.

    The hint spells what the author meant: `draft: off` was meant false, and a hint of
    `draft: true` would leave the briefing out of the site."""
    word = written.strip().lower()
    meaning = _BOOLEAN_MEANINGS.get(word)
    message = f"`{key}`: expected true or false, got `{written}`"
    if isinstance(value, str) and word in ("true", "false"):
        # Unquoted, YAML would have read the word as a boolean: the quotes made it text.
        message = f'`{key}`: expected true or false, got the text "{written}"'
        return message, f"remove the quotes: {key}: {word}"
    if isinstance(value, str) and meaning:
        message += ", which YAML 1.2 reads as text"
    hint = f"write {key}: {meaning}" if meaning else f"write {key}: true or {key}: false"
    return message, hint
