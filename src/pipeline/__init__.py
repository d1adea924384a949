"""Arabic news → articles, statements and commitments.

The hot modules may run compiled: `scripts/compile_native.py` (run by `make`) builds them with mypyc into
`build/native`. The build is put in front of the sources only when it was made from exactly the sources
beside it, so an edited module runs as Python until the next build; `PIPELINE_PURE_PYTHON=1` never uses it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

NATIVE = Path(__file__).resolve().parents[2] / "build" / "native"


def source_digests() -> dict[str, str]:
    """The SHA-256 of every module of the package, by file name: what a compiled build must match."""
    here = Path(__file__).parent
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(here.glob("*.py"))}


def _use_native() -> bool:
    """Put the compiled build in front of the sources when it is current; say whether it is."""
    manifest = NATIVE / "manifest.json"
    if os.environ.get("PIPELINE_PURE_PYTHON") or not manifest.is_file():
        return False
    try:
        built = json.loads(manifest.read_text())
    except (OSError, ValueError):
        return False
    if built.get("sources") != source_digests():
        return False
    __path__.insert(0, str(NATIVE / "pipeline"))
    sys.path.append(str(NATIVE))  # the compiled modules share one runtime library, imported by its top-level name
    return True


COMPILED = _use_native()
"""Whether this process runs the compiled build (the benchmark reports it)."""
