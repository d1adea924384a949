"""Versioned lexicon files (TSV under `lexicons/`): loading and validation."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"


class LexiconError(ValueError):
    """A lexicon file is malformed."""


def lexicon_version(name: str) -> int:
    """Return the `# version: N` a lexicon file declares on its first line."""
    first = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()[0]
    if not first.startswith("# version:"):
        raise LexiconError(f"{name}: first line must be '# version: N'")
    return int(first.split(":", 1)[1])


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Load a lexicon: comment lines start with '#', then a header row, then one entry a line."""
    lexicon_version(name)
    lines = [ln for ln in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, row in enumerate(rows, start=1):
        if None in row or any(value is None for value in row.values()):
            raise LexiconError(f"{name}: entry {number} does not have the header's columns: {row}")
        if not row.get("example", "x").strip():
            raise LexiconError(f"{name}: entry {number} has no example")
    return rows


def conjugate(row: dict[str, str]) -> list[tuple[str, str]]:
    """Every (form, kind) of a cue lexicon row."""
    forms = []
    if p := row["perfect"]:
        forms += [(p + suffix, "verb") for suffix in ("", "ت", "ا", "تا", "وا")]
    if i := row["imperfect"]:
        forms += [(prefix + i + suffix, "verb") for prefix in "يت" for suffix in ("", "ان", "ون")]
    if q := row["participle"]:
        forms += [(q + suffix, "participle") for suffix in ("ا", "ة", "ين", "ان", "ون", "تين")]
    forms += [(f, "participle" if f.startswith("م") and f != row["perfect"] else "verb") for f in row["extra"].split("|") if f]
    return forms
