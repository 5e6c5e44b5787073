"""briefgen: a static-site generator for policy briefings.

Importing the package does nothing more: `python -m briefgen` imports it before its entry
point can catch Ctrl-C, so what a command needs first (`dataclasscode.install`) is done there
(`__main__.run`)."""

__version__ = "0.1.0"
