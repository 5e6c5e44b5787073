"""What plugins add to rendering: Jinja filters and globals, and folders of templates.

Filled by `briefgen.plugins` before a build renders anything; the Jinja environment reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


@dataclass
class SiteExtensions:
    """Template-side additions, in the order plugins registered them."""

    filters: dict[str, Callable[..., object]] = field(default_factory=dict)
    globals: dict[str, object] = field(default_factory=dict)
    template_folders: list[Path] = field(default_factory=list)
    """Searched after the project's templates/ and before the built-in theme."""


EXTENSIONS = SiteExtensions()
"""The one set of extensions of this process."""
