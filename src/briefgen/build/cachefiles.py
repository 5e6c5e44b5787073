"""A cache file's JSON document: a header naming its version and format, the CRC-32 of its
value, and the value last; written whole and atomically, read back only when all three hold.

The state, its shards, the settings' and the catalogs' caches are such files
(`build/cache.py`, `shards.py`, `configcache.py`, `catalogcache.py`).
"""

from __future__ import annotations

import json
import os
import zlib
from typing import TYPE_CHECKING

from briefgen.build.cachejson import CacheShapeError
from briefgen.files import read_regular_file

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path


MAX_CACHE_FILE_BYTES = 256 * 1024 * 1024
"""Largest cache file read (256 MB; at 10,000 briefings the largest is a few MB): a cache
restored from elsewhere (a CI cache's tarball) may hold anything, and a sparse file of 3 GB,
read whole, took all the memory (exit 70) where a damaged cache is to be ignored."""


def read_cache_file(path: Path) -> bytes:
    """Return a cache file's bytes, checked as a file and within MAX_CACHE_FILE_BYTES, or raise
    an OSError (FileTooLargeError past the limit) for the caller to ignore the file."""
    return read_regular_file(path, MAX_CACHE_FILE_BYTES)


def read_document(path: Path, header: Mapping[str, object]) -> object:
    """Return the value of a cache file written with `header`, or None (missing, unreadable,
    damaged, or written by other code)."""
    try:
        return decode_document(read_cache_file(path), header)
    except (OSError, CacheShapeError):
        return None


def decode_document(raw: bytes, header: Mapping[str, object]) -> object:
    """Return the value of a cache file's bytes written with `header`, or None when they are
    another version's or format's. Raise CacheShapeError when they are no cache file at all
    (cut short, not JSON): another version is ignored quietly, a damaged file is reported."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise CacheShapeError("not JSON") from None
    if not isinstance(data, dict):
        raise CacheShapeError("not a JSON object")
    if any(data.get(k) != v for k, v in header.items()):
        return None
    if "value" not in data:
        raise CacheShapeError("no value")
    if not sum_holds(raw, data):
        raise CacheShapeError("its bytes are not those it was saved with")
    return data["value"]


_VALUE_KEY = b', "value": '
"""What comes before a cache file's value, which is written last (`write_document`)."""


def sum_holds(raw: bytes, data: Mapping[str, object]) -> bool:
    """Return whether a cache file's value has the bytes its `sum` was taken of.

    A byte changed inside a string (a disk's bit flip, an edit in place) leaves valid JSON
    of the right shape, which no other check sees: a title so changed in an entry would be
    published by the next page that lists it, and a build from nothing shows the true one.
    The sum is no proof against forgery (anyone who can write the file can sum it); it
    costs a CRC-32 of the bytes already read.
    """
    at = raw.find(_VALUE_KEY)
    end = len(raw.rstrip()) - 1  # spaces after the JSON change no value
    if at < 0 or raw[end : end + 1] != b"}":
        return False
    return data.get("sum") == zlib.crc32(memoryview(raw)[at + len(_VALUE_KEY) : end])


def write_document(path: Path, header: Mapping[str, object], value: object) -> bytes:
    """Write a cache file atomically (a temporary file, then a rename); return its bytes.

    The value comes last, after the CRC-32 of its JSON (`sum_holds`)."""
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    body = json.dumps(value).encode()
    head = json.dumps({**header, "sum": zlib.crc32(body)}).encode()
    data = head[:-1] + _VALUE_KEY + body + b"}"
    try:
        temp.write_bytes(data)
        try:
            temp.replace(path)
        except IsADirectoryError:
            # A folder at the file's name (a tarball restored over the cache, a `mkdir`): no
            # build could save until it went. The cache folder is briefgen's own.
            import shutil  # only then: not on a no-change build's start-up

            shutil.rmtree(path)
            temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return data
