"""What the dev server shows now: the epochs its reload events announce."""

from __future__ import annotations

from briefgen.dev.state import SiteState


def test_site_state_epochs_differ_between_runs_of_serve() -> None:
    """A tab from an earlier run reconnects by itself: if the new run announced the epoch it
    holds (both used to start at 1), it kept showing the old page after the restart."""
    earlier, later = SiteState("/"), SiteState("/")
    for _ in range(3):
        earlier.publish((), site_changed=True)
    assert abs(later.epoch - earlier.epoch) > 1000
