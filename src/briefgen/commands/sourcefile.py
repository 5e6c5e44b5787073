"""What `new` and `import` share: the slug a title gives, and writing the briefing they made
into the project: only one that builds, checked as the build checks it, atomically, never
through a symlink or over a folder, and never outside the project."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.content.images import ImageFile, ImageSettings
from briefgen.content.parse import parse_briefing
from briefgen.content.slugs import dated_slug, slug_from_title
from briefgen.content.validate import validate_briefing
from briefgen.diagnostics import BriefgenError, SourcePos, error, excerpt
from briefgen.files import is_inside, make_folders, write_file_atomically
from briefgen.project import BRIEFING_SUFFIX, CONTENT_DIR
from briefgen.site.config import load_config

if TYPE_CHECKING:
    import datetime as dt

    from briefgen.build.images import ProjectImages
    from briefgen.diagnostics import Diagnostic
    from briefgen.model import SiteConfig
    from briefgen.report import Reporter


def project_config(root: Path) -> SiteConfig:
    """Return the project's settings, which the file a command writes is checked with as the
    build will read it (its images' hosts, its language). The build reports their problems."""
    config, _ = load_config(root)
    return config


def slug_for_title(title: str, day: dt.date, reporter: Reporter) -> str:
    """Return the slug of a briefing with this title written on `day`, saying so when it is
    not the title's words in full: cut short, or dated for a title with no letters."""
    slug, cut = slug_from_title(title)
    if not slug:
        slug = dated_slug(day)
        reporter.info(f"the title has no letters to spell a slug with; using {slug}")
    elif cut:
        reporter.info(f"the title's slug was cut to {len(slug)} characters; --slug sets one")
    return slug


def briefing_rel(slug: str, lang: str | None) -> str:
    """Return the path in the project of the briefing `slug` in `lang`: `content/<slug>.md`,
    or with the language's suffix, which makes it the translation of that file."""
    suffix = f".{lang}" if lang is not None else ""
    return f"{CONTENT_DIR}/{slug}{suffix}{BRIEFING_SUFFIX}"


def write_source_file(
    root: Path,
    rel: str,
    text: str,
    *,
    config: SiteConfig,
    overwrite: bool,
    forcible: bool,
    images_from: Path | None = None,
) -> list[Diagnostic]:
    """Write a file `new` or `import` made and return the build's warnings about it, or raise
    BriefgenError naming what stood in the way.

    A file with errors, which the build would refuse, is never written; an image it names
    that is not in the project yet is a warning (`_ImagesToCome`; `images_from` is where the
    article came from). A symlink (dangling or not) is refused rather than written through,
    and so is a folder on the way (`content/`) linked outside the project; a folder is never
    replaced, and a full disk or read-only project is an error that leaves the old file.
    `forcible` says the command has `--force`, which its hints may offer (`taken_name_hint`).
    """
    warnings = _check_as_built(root, rel, text, config, images_from)
    path = root / rel
    at = SourcePos(rel, 1)
    folder = rel.rpartition("/")[0]
    if not is_inside(os.path.realpath(path.parent), os.path.realpath(root)):
        message = f"{folder} leads outside the project (a symlink); not writing through it"
        raise BriefgenError([error(at, message, "make it a folder inside the project")])
    for above in [*Path(rel).parents][-2::-1]:  # `content`, then any folder below it
        holder = root / above
        if not holder.is_dir() and (holder.is_symlink() or holder.exists()):
            what = "a file, not a folder" if holder.exists() else "a symlink to nothing"
            message = f"{above.as_posix()} is {what}; cannot write {rel} in it"
            raise BriefgenError([error(at, message, f"make {above.as_posix()} a folder")])
    hint = taken_name_hint(path, forcible=forcible)
    if path.is_symlink():
        raise BriefgenError([error(at, f"{rel} is a symlink; not writing through it", hint)])
    if path.is_dir():
        raise BriefgenError([error(at, f"{rel} is a folder, not a file", hint)])
    if path.exists() and not overwrite:
        raise BriefgenError([error(at, f"{rel} already exists; not overwriting it", hint)])
    try:
        make_folders(path.parent)
        write_file_atomically(path, text, overwrite=overwrite)
    except FileExistsError:
        raise BriefgenError(
            [error(at, f"{rel} already exists; not overwriting it", hint)]
        ) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise BriefgenError([error(at, f"cannot write {rel}: {reason}")]) from None
    return warnings


def taken_name_hint(path: Path, *, forcible: bool) -> str:
    """Return the hint at a briefing's file that something already holds: `--force` (a
    `forcible` command's, `import`'s) overwrites a file, but never a symlink or a folder, so
    for those it offers another name alone."""
    if path.is_symlink() or path.is_dir():
        return "move it away, or pass --slug to choose another name"
    if forcible:
        return "pass --force to overwrite it, or --slug to pick another name"
    return "edit that file, or pass --slug to choose another name"


def _check_as_built(
    root: Path, rel: str, markdown: str, config: SiteConfig, images_from: Path | None
) -> list[Diagnostic]:
    """Parse and validate what is about to be written as the build will, with the project's
    settings and image files, and return its warnings, for the command to say what the build
    will; raise its errors, so a file that would not build is never written (a title too long
    for the 64 KB of front matter, an image outside content/ or from a host briefgen.yaml
    does not allow, a file that is no image)."""
    images = ImageSettings.of(config, _ImagesToCome(root, config, images_from))
    briefing, diagnostics = parse_briefing(
        rel,
        markdown,
        unsafe_html=config.unsafe_html,
        default_language=config.language,
        images=images,
    )
    if briefing is not None:
        diagnostics += validate_briefing(briefing)
    failures = [d for d in diagnostics if d.is_error]
    if failures:
        raise BriefgenError(failures)
    return diagnostics


class _ImagesToCome:
    """The project's image files as the build finds them, but for one that is not there yet:
    an article's images are copied into content/ after it is imported (a Google Docs export
    keeps them beside its .md), so a link to none is a warning that says where the file goes,
    where the build gives an error."""

    def __init__(self, root: Path, config: SiteConfig, beside: Path | None) -> None:
        self.root = root
        self.printed = config.pdf
        self.beside = beside
        """The folder the article came from, which may hold the image to copy."""
        self._files: ProjectImages | None = None

    def find(self, path: str) -> ImageFile | str:
        """Return the image at a project path, one to come, or why the page cannot show it."""
        if os.path.lexists(self.root / path):
            return self._project_images().find(path)
        hint = "copy the image there before you build"
        top, _, rest = path.partition("/")
        copy = None if self.beside is None or top != CONTENT_DIR else self.beside / rest
        # os.path's answer is False for a name too long, where Path.is_file raises.
        if copy is not None and os.path.isfile(copy):  # noqa: PTH113
            hint = f"copy {copy.as_posix()} there before you build"
        return ImageFile(path, to_come=(f"no file `{excerpt(path, 60)}` yet", hint))

    def embedded(self, src: str, data: bytes) -> ImageFile | str:
        """Return the `data:` image `src`, read as the build reads it."""
        return self._project_images().embedded(src, data)

    def site_image(self, site_path: str) -> ImageFile | str:
        """Return the image file a page loads from `site_path`, read as the build reads it."""
        return self._project_images().site_image(site_path)

    def spelling(self, path: str) -> str | None:
        """Return the file's name on disk when only its case differs, as the build does."""
        return self._project_images().spelling(path)

    def meant(self, path: str) -> str | None:
        """Return the file a link to the missing `path` most likely meant, as the build does."""
        return self._project_images().meant(path)

    def _project_images(self) -> ProjectImages:
        if self._files is None:
            # Imported when first needed: build.images brings in the plugin guard (0.1 to
            # 0.2 s), which `new` and an article with no image never need.
            from briefgen.build.images import ProjectImages

            self._files = ProjectImages(self.root, "", printed=self.printed)
        return self._files
