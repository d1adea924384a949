"""Shared paths and builders for the tests (real text from ../shared)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from pipeline.actors import ArticleContext, gazetteer
from pipeline.commitments import find_commitments
from pipeline.document import Document, analyse
from pipeline.slots import FoundCommitment
from pipeline.statements import Found, find_statements

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = SHARED / "raw-samples"
GOLD_DEV = SHARED / "gold" / "dev"
GOLD_DEV2 = SHARED / "gold" / "dev2"
GOLD_DEV3 = SHARED / "gold" / "dev3"
CORPUS = SHARED / "corpus"
SAMPLE_000 = SAMPLES / "000_7f19207b78a2acc9.txt"
SAMPLE_002 = SAMPLES / "002_6ca39d9e9a070d2d.txt"


def sample_text(path: Path = SAMPLE_000) -> str:
    """Return a real report's text."""
    return path.read_text(encoding="utf-8")


def legacy_text() -> str:
    """Return a real report reduced to what ISO-8859-6 and Windows-1256 can both encode."""
    text = (GOLD_DEV2 / "raw" / "d007.txt").read_text(encoding="utf-8")
    return "".join(ch for ch in text if _encodable(ch))


def _encodable(ch: str) -> bool:
    """Tell whether both legacy Arabic code pages can encode a character."""
    try:
        ch.encode("iso-8859-6")
        ch.encode("cp1256")
    except UnicodeEncodeError:
        return False
    return True


def corpus_records(limit: int) -> list[dict[str, str]]:
    """Read the first `limit` records of the first corpus shard."""
    out = []
    with gzip.open(sorted(CORPUS.glob("*.jsonl.gz"))[0], "rt", encoding="utf-8") as handle:
        for line in handle:
            out.append(json.loads(line))
            if len(out) >= limit:
                break
    return out


def analysed(
    text: str,
    context: ArticleContext | None = None,
    published_on: dt.date | None = None,
    dateline: str | None = None,
    outlet: str | None = None,
) -> Document:
    """Analyse a text as the pipeline analyses an article body (with the context given, else the text's own)."""
    return analyse(text, gazetteer(), published_on, context, dateline, outlet)


def statements_of(text: str, context: ArticleContext | None = None) -> list[Found]:
    """The statements the pipeline finds in a text."""
    return find_statements(analysed(text, context), gazetteer())


def commitments_of(text: str, context: ArticleContext | None = None) -> list[FoundCommitment]:
    """The commitments the pipeline finds in a text, with its statements found first."""
    doc = analysed(text, context)
    return find_commitments(doc, find_statements(doc, gazetteer()), gazetteer())
