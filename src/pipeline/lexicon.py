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


PERFECT_AGREEMENT = {"": "m", "ت": "f", "ا": "d", "تا": "d", "وا": "p"}
IMPERFECT_AGREEMENT = {"ي": "m", "ت": "f"}
PARTICIPLE_AGREEMENT = {"ا": "m", "ة": "f", "ين": "p", "ان": "d", "ون": "p", "تين": "d"}


def conjugate(row: dict[str, str]) -> list[tuple[str, str, str]]:
    """Every (form, kind, agreement) of a cue lexicon row.

    Agreement is what the form says of its subject: `m` or `f` singular, `d` dual, `p` plural, `` unknown
    (`وقالت` is said by a feminine subject: a ministry, a state, a woman; `وأضاف` by a masculine one)."""
    forms = []
    if p := row["perfect"]:
        forms += [(p + suffix, "verb", agree) for suffix, agree in PERFECT_AGREEMENT.items()]
    if i := row["imperfect"]:
        for prefix, agree in IMPERFECT_AGREEMENT.items():
            forms += [(prefix + i + suffix, "verb", {"": agree, "ان": "d", "ون": "p"}[suffix]) for suffix in ("", "ان", "ون")]
    if q := row["participle"]:
        # A defective participle (`داعٍ`, `نافٍ`: فاعٍ) keeps its ي before a vowel ending: `داعيا`, `داعية`, `داعيان`
        # (not `داعا`, which would read `وداعا`, farewell); its plurals drop it: `داعين`, `داعون`.
        defective = len(q) == 3 and q[1] == "ا"
        forms += [
            (q + ("ي" if defective and suffix in ("ا", "ة", "ان", "تين") else "") + suffix, "participle", agree)
            for suffix, agree in PARTICIPLE_AGREEMENT.items()
        ]
    for extra in filter(None, row["extra"].split("|")):  # `نفت:f`: an irregular form and what it says of its subject
        f, _, agree = extra.partition(":")
        forms.append((f, "participle" if f.startswith("م") and f != row["perfect"] else "verb", agree))
    return forms
