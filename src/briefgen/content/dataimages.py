"""`data:` images: the bytes a `data:image/…` URL holds, or why it holds none a page may show.

Read as RFC 2397 says and vnu checks: the data is percent-decoded first, as browsers do; base64
must then be padded, whole. Browsers also read unpadded data and `;BASE64`, but vnu refuses
both, so they are errors that say what to change. Whether the bytes are a picture browsers
show whole is the build's to say, as it says it of a file's (build/images.py).
"""

from __future__ import annotations

import base64
import binascii
import urllib.parse


def data_image(src: str) -> bytes | str:
    """Return the bytes a `data:` URL holds, or what makes it hold no picture."""
    header, comma, data = src.partition(",")
    parameters = header.split(";")[1:]
    encoded = parameters[-1:] == ["base64"]  # only in lower case, for vnu
    if encoded:
        parameters.pop()
    elif parameters[-1:] and parameters[-1].lower() == "base64":
        written = parameters[-1]
        return f"writes `;{written}`, which HTML validators refuse: write `;base64` in lower case"
    if not comma or any("=" not in parameter for parameter in parameters):
        return "is not a data: URL like `data:image/png;base64,…`"
    raw = urllib.parse.unquote_to_bytes(data)
    if not encoded:
        return raw
    try:
        return base64.b64decode(raw, validate=True)
    except binascii.Error:
        if len(raw.rstrip(b"=")) % 4 and _is_base64(raw + b"=" * (-len(raw) % 4)):
            return (
                "holds base64 without its `=` padding, which HTML validators refuse:"
                " pad it with `=` to a multiple of 4 characters"
            )
        return "holds data that is not valid base64"


def _is_base64(data: bytes) -> bool:
    """Return whether `data` decodes as whole, padded base64."""
    try:
        base64.b64decode(data, validate=True)
    except binascii.Error:
        return False
    return True
