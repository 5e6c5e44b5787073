"""briefgen: a static-site generator for policy briefings."""

__version__ = "0.1.0"
