"""The tree of block nodes the block kinds read, built from markdown-it's token stream.

The nodes are markdown-it's own SyntaxTreeNode (a subclass of it), equal to
`SyntaxTreeNode(tokens)`'s, but built in one pass with a stack: its constructor copies each
container's token list once per nesting level, which cost a tenth of building the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# markdown-it's own pair type, so the nodes built here equal its own.
from markdown_it.tree import SyntaxTreeNode, _NesterTokens

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token


class BlockNode(SyntaxTreeNode):
    """A tree's node, not its root, whose `type` and `map` are read from its token once, when
    it is made.

    SyntaxTreeNode works both out at each read: `type` through `is_root` and, for a
    container, `removesuffix`; `map` through `_attribute_token` and a new tuple. The block
    kinds read them about 830 times a corpus briefing, 3% of a compile. Their values are the
    same: no token's type or map changes once the parse is done (a test compares every node
    with SyntaxTreeNode's).
    """

    __slots__ = ("map", "type")

    type: str  # slots in place of SyntaxTreeNode's properties
    map: tuple[int, int] | None

    @classmethod
    def of(cls, token: Token) -> BlockNode:
        """Return a node, not yet in a tree, for `token`: a container's for its opening one."""
        node = cls.__new__(cls)
        node.token = None if token.nesting else token
        node.nester_tokens = None
        node._parent = None
        node._children = []
        node.type = token.type.removesuffix("_open") if token.nesting else token.type
        node.map = tuple(token.map) if token.map else None  # type: ignore[assignment]
        return node


def block_tree(tokens: Sequence[Token]) -> SyntaxTreeNode:
    """Build the tree of block nodes, with each inline run kept flat in `meta["inline"]`.

    SyntaxTreeNode recurses into inline children too, and emphasis is not capped by
    maxNesting (`*` x 50,000 nests 25,000 deep), so the inline runs must stay flat.
    """
    root = SyntaxTreeNode()  # its `map` is an error, as in markdown-it's tree
    stack: list[SyntaxTreeNode] = [root]
    openings: list[Token] = []
    for token in tokens:
        if token.type == "inline" and token.children is not None:
            token.meta["inline"], token.children = token.children, None
        if token.nesting == -1:
            node = stack.pop()
            node.nester_tokens = _NesterTokens(openings.pop(), token)
            continue
        # A token with inline children outside a block is made into nodes as markdown-it does.
        node = SyntaxTreeNode([token], create_root=False) if token.children else BlockNode.of(token)
        node._parent = stack[-1]
        stack[-1]._children.append(node)
        if token.nesting == 1:
            stack.append(node)
            openings.append(token)
    if len(stack) != 1:
        raise ValueError(f"unclosed tokens starting {openings[0]}")
    return root


def release_tree(root: SyntaxTreeNode) -> None:
    """Unlink each node from its parent once the model is built, so the tree is freed as soon
    as it is dropped rather than by the cycle collector (each child points back at its parent):
    without it, collecting the trees cost 1% (corpus) to 3% (default briefing) of a compile."""
    pending = [root]
    while pending:
        node = pending.pop()
        node._parent = None
        pending.extend(node._children)
