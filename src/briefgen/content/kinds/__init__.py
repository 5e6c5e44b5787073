"""briefgen's own block kinds, registered exactly as a plugin registers its kinds.

`registry()` is the registry in use: these kinds plus whatever plugins added.
"""

from __future__ import annotations

import functools

from briefgen.content.kinds import (
    callout,
    code,
    figure,
    lists,
    paragraph,
    quote,
    rawhtml,
    rule,
    table,
)
from briefgen.content.registry import BlockRegistry

BUILTIN_KINDS = (
    paragraph.KIND,
    lists.KIND,
    table.KIND,
    quote.KIND,
    callout.KIND,
    code.KIND,
    rule.KIND,
    figure.KIND,
    rawhtml.KIND,
)


@functools.cache
def registry() -> BlockRegistry:
    """Return the registry in use (one per process; plugins add to it when loaded)."""
    blocks = BlockRegistry()
    for kind in BUILTIN_KINDS:
        blocks.add(kind)
    return blocks
