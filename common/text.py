"""Two small things several parts need: safe text for a reader's screen, and whole-or-nothing file writes."""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

# ANSI CSI and OSC sequences, other ESC pairs, and C0/C1 controls except newline and tab.
CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?|\x1b.|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_control(text: str | None) -> str:
    """Text a submission controls, unable to rewrite the screen of whoever reads it."""
    return CONTROL.sub("", text or "")


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write to a temporary file beside `path` and rename it into place: a crash never leaves half a file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(fd, "wb") if isinstance(text, bytes) else os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
