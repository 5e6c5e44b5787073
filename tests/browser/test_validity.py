"""Run the Nu HTML Checker once over every HTML file of the built site."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, cast
from urllib.parse import unquote, urlsplit

import pytest

if TYPE_CHECKING:
    from .harness import ServedSite

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]


def format_message(site: ServedSite, message: dict[str, object]) -> str:
    """Return one vnu message as 'path:line:col: type: message' plus the offending extract."""
    url = str(message.get("url", ""))
    # vnu writes file:/tmp/... (one slash); report the path relative to the site root.
    local = Path(unquote(urlsplit(url).path)) if url.startswith("file:") else None
    path = local.relative_to(site.root).as_posix() if local else url
    line = message.get("lastLine", message.get("firstLine", "?"))
    column = message.get("firstColumn", message.get("lastColumn", "?"))
    extract = str(message.get("extract", "")).replace("\n", " ").strip()
    text = f"{path}:{line}:{column}: {message.get('type')}: {message.get('message')}"
    return f"{text}\n    {extract}" if extract else text


def test_nu_checker_finds_no_errors_in_any_page(
    vnu_command: list[str], built_site: ServedSite
) -> None:
    """Every HTML file is valid HTML according to the Nu HTML Checker (errors only)."""
    files = [str(built_site.root / page) for page in built_site.pages]
    command = [*vnu_command, "--format", "json", "--errors-only", *files]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=240)
    try:
        report = json.loads(done.stderr or done.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"vnu did not print JSON (exit {done.returncode}):\n{done.stderr}")
    messages = cast("list[dict[str, object]]", report.get("messages", []))
    problems = [format_message(built_site, m) for m in messages if m.get("type") != "info"]
    if problems or done.returncode != 0:
        summary = f"Nu HTML Checker (exit {done.returncode}) on {len(files)} files:\n"
        pytest.fail(summary + "\n".join(problems or [done.stderr]))
