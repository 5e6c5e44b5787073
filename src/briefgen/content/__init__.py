"""Text to model: Markdown, front matter, blocks, tables, slugs and validation; no disk."""
