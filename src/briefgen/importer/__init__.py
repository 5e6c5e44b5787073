"""Plain text to the typed model to canonical Markdown, for `briefgen import`."""
