"""Carry a published file over into the stage when what it was made from has not changed.

An output is kept when the last build made it with the key this build would use and the file
is as it was written (size and mtime, or its hash): a hard link into the stage, with its
scanned links, so an unchanged briefing is neither parsed nor rendered again.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, cast

from briefgen.site.outputs import Published

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from briefgen.build.cache import BuildState, CachedSource
    from briefgen.build.stage import Stage
    from briefgen.files import Stamp


def published_apart(stage: Stage, old: BuildState) -> dict[str, Published]:
    """Return the intact published outputs keyed apart from their briefing (PDFs), which a
    briefing rendered again may carry over instead of making."""
    return {
        rel: Published(old.outputs[rel], old.stamps[rel][0], record)
        for rel, record in old.keyed_apart.items()
        if rel in old.outputs and stage.intact.stamp(rel) is not None
    }


def carry_over_unchanged(
    briefings: Sequence[tuple[str, CachedSource]], stage: Stage, old: BuildState, state: BuildState
) -> set[str]:
    """Keep every output of each briefing (its source, and its record, whose key holds),
    recording those kept in `state`; return the sources whose outputs must be made again.

    An edit of a large site keeps some 47,000 files of briefings it does not make again: a
    few passes over all of them, in set operations, check and keep the outputs of every
    briefing with all its outputs intact, in the stage as published and its own alone. A
    briefing with one that is not (shared with another briefing, already made by this
    build, not in the stage as published, of no known key) is carried by `keep_outputs`, all
    or nothing, first: keeping a file may change the stage (a folder swapped for a link made
    a real one again), so the others are checked again after it. Each output is kept with
    its own key: the briefing's, or its own for one keyed apart, which the unchanged source
    (whose digest covers the build's fingerprint) still gives.
    """
    rels = [rel for _, source in briefings for rel in source.outputs]
    shared = {rel for rel, count in Counter(rels).items() if count > 1}
    keys = old.outputs
    again: set[str] = set()
    pending = list(briefings)
    while pending:
        outputs = {rel for _, source in pending for rel in source.outputs}
        blocked = stage.not_keepable_at_once(outputs) | (outputs & state.outputs.keys())
        blocked |= (outputs & shared) | (outputs - keys.keys())
        if not blocked:
            break
        for rel, source in pending:
            if blocked.isdisjoint(source.outputs):
                continue
            if keep_outputs(source.outputs, stage, old, state):
                state.sources[rel] = source
            else:
                again.add(rel)
        pending = [(rel, source) for rel, source in pending if blocked.isdisjoint(source.outputs)]
    stamps = stage.intact.stamps([rel for _, source in pending for rel in source.outputs])
    if None in stamps.values():  # some changed since published: made again (`keep_outputs` too)
        kept: dict[str, Stamp] = {}
        for rel, source in pending:
            found = [stamps[out] for out in source.outputs]
            if None in found:
                again.add(rel)
            else:
                kept.update(zip(source.outputs, cast("list[Stamp]", found), strict=True))
                state.sources[rel] = source
    else:  # as a whole (the usual case): no Python-level step per briefing or per file
        kept = cast("dict[str, Stamp]", stamps)
        state.sources.update(pending)
    stage.keep_all(kept)
    state.outputs.update(zip(kept, map(keys.__getitem__, kept), strict=True))
    state.keyed_apart.update((rel, old.keyed_apart[rel]) for rel in old.keyed_apart.keys() & kept)
    state.links.carry_all(kept.keys())
    return again


def keep_outputs(outputs: Iterable[str], stage: Stage, old: BuildState, state: BuildState) -> bool:
    """Keep every one of `outputs` with the key it was made from, or none when one changed."""
    reusable: list[tuple[str, str, Stamp]] = []
    # The loop of `_reusable`, inlined: it runs for every published file at every build.
    keys, published = old.outputs, stage.intact.stamp
    for rel in outputs:
        key = keys.get(rel)
        if key is None:
            return False
        stamp = published(rel)
        if stamp is None:
            return False
        reusable.append((rel, key, stamp))
    kept: list[str] = []
    apart, links, made = old.keyed_apart, state.links, state.outputs
    for rel, key, stamp in reusable:  # `_keep`, inlined
        if rel in made:
            continue  # an image two briefings show: the other one has already made it
        if not stage.keep(rel, stamp):
            for undo in kept:
                stage.forget(undo)
                del state.outputs[undo]
                state.keyed_apart.pop(undo, None)
                links.drop(undo)
            return False
        kept.append(rel)
        state.outputs[rel] = key
        if rel in apart:
            state.keyed_apart[rel] = apart[rel]
        links.carry(rel)
    return True


def _reusable(rel: str, key: str, stage: Stage, old: BuildState) -> Stamp | None:
    """Return the published file's stamp when it was made from `key` and is as it was written."""
    if old.outputs.get(rel) != key:
        return None
    return stage.intact.stamp(rel)


def carry_over(rel: str, key: str, stage: Stage, old: BuildState, state: BuildState) -> bool:
    """Keep a published file whose inputs did not change (with its scanned links)."""
    stamp = _reusable(rel, key, stage, old)
    return stamp is not None and _keep(rel, key, stamp, stage, old, state)


def _keep(
    rel: str, key: str, stamp: Stamp, stage: Stage, old: BuildState, state: BuildState
) -> bool:
    if not stage.keep(rel, stamp):
        return False
    state.outputs[rel] = key
    if rel in old.keyed_apart:
        state.keyed_apart[rel] = old.keyed_apart[rel]
    state.links.carry(rel)
    return True
