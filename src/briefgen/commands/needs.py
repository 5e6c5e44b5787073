"""`python -m briefgen.commands.needs pdf|search`: exit 0 when the project in the current
folder turns that feature on in `briefgen.yaml`, 1 when it does not.

The Pages workflow `briefgen init` writes installs WeasyPrint (and Pango) or Pagefind only
for a project that needs them, so it asks briefgen's own reading of the settings. A search
of the file's lines missed what YAML allows: a byte-order mark, a quoted key (`"pdf": true`),
a flow mapping (`{pdf: true}`), a value on the next line. Settings that cannot be read need
nothing installed: the workflow's check step then reports what is wrong with them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from briefgen.diagnostics import BriefgenError
from briefgen.site.config import load_config

FEATURES = ("pdf", "search")


def needs(feature: str, root: Path) -> bool:
    """Return True when the settings of the project at `root` turn `feature` on; False when
    they cannot be read at all (a folder named `briefgen.yaml`), which the check reports."""
    try:
        config, _ = load_config(root)
    except BriefgenError:
        return False
    return bool(config.pdf if feature == "pdf" else config.search)


def main(arguments: list[str]) -> int:
    """Answer for the one feature named; exit 2 for anything else, as a usage error."""
    if len(arguments) != 1 or arguments[0] not in FEATURES:
        sys.stderr.write(f"usage: python -m briefgen.commands.needs {{{','.join(FEATURES)}}}\n")
        return 2
    return 0 if needs(arguments[0], Path.cwd()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
