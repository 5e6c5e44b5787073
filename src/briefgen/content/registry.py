"""The block registry: the one place that knows which block kinds exist.

A block kind is one object that recognises its Markdown node (or fence info string), builds
its model, writes its JSON and JSON Schema, writes it back as Markdown, and names its
template. briefgen's own kinds register exactly as a plugin's do, so the parser, the JSON
writer and the Markdown writer ask the registry and never test for a kind by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from markdown_it.token import Token
    from markdown_it.tree import SyntaxTreeNode

    from briefgen.content.tables import BlockContext
    from briefgen.diagnostics import Diagnostic, SourcePos
    from briefgen.model import Block, RichText

B = TypeVar("B", bound="Block")
B_co = TypeVar("B_co", bound="Block", covariant=True)

JsonObject = dict[str, object]


class Builder(Protocol):
    """What a block kind's `build` may use: the shared context and nested-block parsing."""

    @property
    def ctx(self) -> BlockContext:
        """The file's source lines, settings and diagnostics."""
        ...

    def blocks(
        self, nodes: Sequence[SyntaxTreeNode], caption: RichText | None = None
    ) -> list[Block]:
        """Return the model blocks of nested nodes (a quote's or list item's content);
        `caption` is the first node's, from a line before the nodes."""
        ...

    def is_caption(self, node: SyntaxTreeNode, following: SyntaxTreeNode) -> bool:
        """Return whether `node` is a caption line (`Table: …`) for the `following` block."""
        ...

    def caption(
        self, tokens: Sequence[Token], pos: SourcePos, following: SyntaxTreeNode
    ) -> RichText | None:
        """Return the caption these inline tokens give the `following` block, if they are one."""
        ...

    def kind_above(self) -> BlockKind[Any] | None:
        """Return the kind of the block right above the one being built, in the same run (a
        table above a paragraph), or None for the first block or an unclaimed node."""
        ...

    def block_above(self) -> Block | None:
        """Return the block built from the node right above the one being built, in the same
        run (a table above a list), or None for the first block or a node that made none."""
        ...

    def image_below(self) -> bool:
        """Return whether the block right below the one being built, in the same run, is a
        paragraph that starts with an image (a figure)."""
        ...

    def unread_caption(
        self, tokens: Sequence[Token], pos: SourcePos, following: SyntaxTreeNode
    ) -> Diagnostic | None:
        """Warn of inline tokens at `pos`, right before `following`, that read like its
        caption line but are none (`Table 1.`); for a paragraph a kind reads itself."""
        ...

    def stray_block_caption(self, tokens: Sequence[Token], pos: SourcePos) -> Diagnostic | None:
        """Return a warning when these inline tokens start like a caption but caption nothing."""
        ...

    def emphasised_stray(
        self, tokens: Sequence[Token], pos: SourcePos, following: SyntaxTreeNode | None
    ) -> Diagnostic | None:
        """Return a warning when these inline tokens start with a caption line in bold or
        italics (`**Table 1:** x`) and no block of its kind is `following` them."""
        ...

    def cut_off(self, node: SyntaxTreeNode) -> RichText | None:
        """Return, as text, the source of a quote or list item the nesting limit emptied."""
        ...


class JsonWriter(Protocol):
    """What a block kind's `to_json` may use to write nested blocks."""

    def blocks(self, blocks: Sequence[Block]) -> list[JsonObject]:
        """Return nested blocks as JSON objects."""
        ...


class MarkdownWriter(Protocol):
    """What a block kind's `to_markdown` may use to write nested blocks and inline text."""

    def blocks(self, blocks: Sequence[Block]) -> str:
        """Return nested blocks as Markdown, separated by blank lines."""
        ...

    def inline(self, text: RichText) -> str:
        """Return inline Markdown that renders to `text`."""
        ...

    def line_safe(self, markdown: str) -> str:
        """Escape line starts that Markdown would read as block syntax (`#`, `>`, `1.`)."""
        ...

    @property
    def previous(self) -> Sequence[Block]:
        """The blocks written before this one in the same run (a list after a list is set apart)."""
        ...

    @property
    def previous_markdown(self) -> str:
        """The Markdown the block just before this one was written as ("" for the first)."""
        ...


class BuildBlock(Protocol[B_co]):
    """Build a block from a node; `caption` is the text of a caption line just before it."""

    def __call__(
        self, node: SyntaxTreeNode, builder: Builder, caption: RichText | None
    ) -> B_co | None: ...


@dataclass(frozen=True, slots=True)
class BlockKind(Generic[B]):
    """One kind of block and everything briefgen does with it."""

    name: str
    """Equals the model's `kind`, the JSON `type` and the template `blocks/<name>.html`."""
    block_type: type[B]
    """The model class this kind builds."""
    build: BuildBlock[B]
    to_json: Callable[[B, JsonWriter], JsonObject]
    """The block's fields as JSON, without `type` and `line` (the writer adds them)."""
    schema: Mapping[str, object]
    """JSON Schema of the fields `to_json` writes, property by property."""
    to_markdown: Callable[[B, MarkdownWriter], str]
    optional_schema: Mapping[str, object] = field(default_factory=dict)
    """JSON Schema of the fields `to_json` writes only for some blocks (a callout's title)."""
    node_types: tuple[str, ...] = ()
    """markdown-it node types this kind claims (`paragraph`, `table`, …)."""
    fence_infos: tuple[str, ...] = ()
    """Fence info strings this kind claims (```` ```table ````); they win over `fence`."""
    caption_prefix: str | None = None
    """A paragraph starting with this text just before the block is its caption."""
    schema_defs: Mapping[str, object] = field(default_factory=dict)
    """Named sub-schemas `schema` refers to as `#/$defs/<name>` (a list's `item`)."""

    @property
    def template(self) -> str:
        """Return the template that renders this kind."""
        return f"blocks/{self.name}.html"


@dataclass
class BlockRegistry:
    """Every block kind and Markdown plugin in use, looked up by node, fence or model class."""

    kinds: dict[str, BlockKind[Any]] = field(default_factory=dict)
    _by_node: dict[str, BlockKind[Any]] = field(default_factory=dict)
    _by_fence: dict[str, BlockKind[Any]] = field(default_factory=dict)
    _by_type: dict[type, BlockKind[Any]] = field(default_factory=dict)

    def add(self, kind: BlockKind[Any]) -> None:
        """Register a kind; a later registration of a node type or fence wins."""
        if kind.name in self.kinds:
            raise ValueError(f"block kind `{kind.name}` is already registered")
        self.kinds[kind.name] = kind
        self._by_node.update(dict.fromkeys(kind.node_types, kind))
        self._by_fence.update(dict.fromkeys(kind.fence_infos, kind))
        self._by_type[kind.block_type] = kind

    def for_node(self, node: SyntaxTreeNode) -> BlockKind[Any] | None:
        """Return the kind that claims a node, or None when no kind does."""
        if node.type == "fence" and (kind := self.for_fence(node.info)):
            return kind
        return self._by_node.get(node.type)

    def for_fence(self, info: str) -> BlockKind[Any] | None:
        """Return the kind that claims a fence's info string, or None for a code fence."""
        return self._by_fence.get(info.strip().split(" ")[0])

    def for_block(self, block: Block) -> BlockKind[Any]:
        """Return the kind that built a block."""
        return self._by_type[type(block)]

    def key(self) -> str:
        """Return the registered kinds' names, for cache keys."""
        return ",".join(self.kinds)
