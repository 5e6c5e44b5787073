"""What plugins add to the theme: Jinja filters, globals and template folders.

`plugins.py` fills this in when a plugin registers; `render.py` reads it when it builds the
Jinja environment. Living below both, it lets neither import the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


@dataclass
class Extensions:
    """The filters, globals and template folders plugins registered in this process."""

    filters: dict[str, Callable[..., object]] = field(default_factory=dict)
    globals: dict[str, object] = field(default_factory=dict)
    template_folders: list[Path] = field(default_factory=list)
    """Searched after the project's templates/ and before the theme, in registration order."""


EXTENSIONS = Extensions()
"""The one registry of theme extensions per process (pool workers load plugins themselves)."""
