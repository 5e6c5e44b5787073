"""A caption line a block drops for its own caption: its note references are not counted.

A caption line (`Table: Rates[^1]`) is read before the block below it is built, so its note
references are numbered then; a ```` ```table ```` fence whose own `caption:` wins drops it.
Counted, such a reference gave its note a back-link to an id no element has, and the build
failed its own link check at the generated page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefgen.content.tables import BlockContext
    from briefgen.model import Block, RichText


def uncounted_caption(
    block: Block | None,
    caption: RichText | None,
    ctx: BlockContext,
    counted: int | None,
    uncaptioned: Callable[[], Block | None],
) -> Block | None:
    """Return `block`, built with a caption line's `caption`; when it shows another caption,
    the block `uncaptioned` builds again with the notes counted as before the line (`counted`;
    None when the caption is no line's). The first build's diagnostics stand (they say which
    caption won); the second's repeat them."""
    if counted is None or caption is None or block is None:
        return block
    if getattr(block, "caption", caption) is caption:
        return block
    ctx.notes.uncount(counted)
    found = len(ctx.diagnostics)
    rebuilt = uncaptioned()
    del ctx.diagnostics[found:]
    return rebuilt
