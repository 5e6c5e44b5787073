"""Model to files: settings, URLs, templates, outputs, JSON and the link check."""
