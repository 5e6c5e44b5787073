"""How deep briefgen builds nested quotes and lists, and how deep markdown-it parses them.

The model and the templates recurse once per level, so below FLATTENED_FROM a quote or list
item is shown as its source text, with a warning. markdown-it parses deeper than that: at
its own limit it stops parsing, and a list item there runs to the end of the file, taking
every later section with it.
"""

from __future__ import annotations

FLATTENED_FROM = 19
"""The token level (a quote is one, a list two: the list and its item) from which briefgen
shows a quote or list item as its source text, with a warning."""
FLATTENED_NODES = frozenset({"blockquote", "list_item", "dd"})
"""Nodes shown as their source text from FLATTENED_FROM: those whose content markdown-it
parses one level deeper, so its nesting limit can empty them. A paragraph or table at that
level, inside a quote or list item above it, is built as usual."""
LIST_LEVELS = FLATTENED_FROM // 2
"""How many lists deep a list is built: each level takes two, the list and its item."""
PARSED_NESTING = 2 * FLATTENED_FROM + 2
"""How deep markdown-it parses (its `maxNesting`). At its limit it stops parsing and a list
item runs to the end of the file, taking every later section with it; parsing deeper than
briefgen builds lets a list flattened at FLATTENED_FROM end where its own lines end."""
