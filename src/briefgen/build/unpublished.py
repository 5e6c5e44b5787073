"""The pages of briefings a build makes none for: a file with errors, whose page another file
may also claim (reported with its errors, not once they are mended), and a briefing the build
leaves out, a draft or one dated after today, which a broken link's hint names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.content.validate import SlugClaim, slug_claim, today
from briefgen.site.urls import briefing_path

if TYPE_CHECKING:
    from briefgen.build.cache import BuildState
    from briefgen.build.discover import LoadedSource
    from briefgen.build.options import Build, BuildOptions
    from briefgen.content.languages import SourceLanguage


def failed_claims(sources: list[LoadedSource], state: BuildState, build: Build) -> list[SlugClaim]:
    """Return the page each file with errors asks for, as its front matter's lines say: one
    that another file also makes is reported now, not after the other errors are fixed.

    Read from the peek each build makes of every source (cached or not), so a file whose
    errors are replayed from the cache takes part exactly as when it was parsed."""
    options, day = build.options, today().isoformat()
    claims = []
    for source in sources:
        record, peeked = state.sources.get(source.rel), source.language
        if record is None or peeked is None or record.entry is not None:
            continue
        if not any(d.is_error for d in record.diagnostics):
            continue
        if _why_left_out(peeked, options, day):
            continue  # it would be left out, and make no page, once its errors are fixed
        claim = slug_claim(peeked, build.config.language)
        if claim is not None:
            claims.append(claim)
    return claims


def left_out_pages(
    sources: list[LoadedSource], state: BuildState, build: Build
) -> dict[str, tuple[str, str]]:
    """Return the page folder of each briefing this build leaves out, a draft or one dated
    after today, with its file and why: a link to it is broken, and its hint says so."""
    options, day = build.options, today().isoformat()
    left: dict[str, tuple[str, str]] = {}
    for source in sources:
        record, peeked = state.sources.get(source.rel), source.language
        if record is None or peeked is None or record.entry is not None:
            continue
        why = _why_left_out(peeked, options, day)
        if why is None:
            continue
        claim = slug_claim(peeked, build.config.language)
        if claim is not None:
            left.setdefault(briefing_path(claim.slug, claim.lang_dir), (source.rel, why))
    return left


def _why_left_out(peeked: SourceLanguage, options: BuildOptions, day: str) -> str | None:
    """Return why this build leaves a briefing out (a draft, or one dated after `day`), as a
    broken link's hint says it; None when the build publishes it."""
    if peeked.draft and not options.drafts:
        return "a draft, which no build publishes while it has `draft: true` (`--drafts` shows it)"
    if peeked.day > day and not options.future:
        return f"dated {peeked.day}, and published on that day (`--future` publishes it now)"
    return None
