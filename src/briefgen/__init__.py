"""briefgen: a static-site generator for policy briefings."""

from briefgen import dataclasscode

__version__ = "0.1.0"

# Before any module of the package defines its records.
dataclasscode.install()
