"""A second `briefgen serve` in one project: it would build into the first's folder."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_serve import Server
from tests.conftest import BRIEFING, run_briefgen

DRAFT = BRIEFING.format(title="Secret draft").replace("---\n", "---\ndraft: true\n", 1)


def test_a_second_serve_in_one_project_is_refused_and_the_first_serves_on(
    project: Path,
) -> None:
    (project / "content" / "secret.md").write_text(DRAFT, encoding="utf-8")
    first = Server(project)
    try:
        assert "Secret draft" not in first.fetch("")
        # Both built into .briefgen-cache/serve-site/: the first served the second's drafts,
        # or its base URL, and a save showed one of them `build lock held` over every page.
        second = run_briefgen("serve", "--drafts", "--port", "0", cwd=project, timeout=60)

        assert second.code == 1, second.stderr
        assert second.stderr.startswith(
            f".briefgen-cache/serve.lock:1:1: error: `briefgen serve` is already running "
            f"in this project (PID {first.process.pid})"
        )
        assert "serving at" not in second.stdout
        assert "Traceback" not in second.stderr
        assert "Secret draft" not in first.fetch("")
    finally:
        first.stop()
    # Once the first has stopped, a serve starts again.
    again = Server(project, "--drafts")
    try:
        assert "Secret draft" in again.fetch("")
    finally:
        again.stop()
