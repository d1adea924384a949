"""Cross-article links: commitments of different articles that report the same real-world commitment.

Two commitments are the same when they are of the same kind, by the same states, reported within
`WINDOW` of each other, and their actions share most of their word stems (Jaccard ≥ `THRESHOLD` on
stems without clitics and suffixes, so that two outlets' translations of one communiqué meet:
`حماية أفراد ومستشارين الولايات المتحدة` ~ `حماية الأفراد والمستشارين الأمريكيين`). Every commitment
gets a `cluster_id`: the id of the first commitment of its cluster. A commitment of a later run joins a
stored cluster; stored rows are never rewritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pipeline.text import spec_tokens

THRESHOLD = 0.4
WINDOW = dt.timedelta(days=10)
MIN_STEMS = 2  # `قريبا` alone says too little to link on
PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل")
SUFFIXES = ("ات", "ين", "ون", "يه", "ه", "ي")


@dataclass(frozen=True)
class Member:
    """What linking needs of one commitment."""

    commitment_id: str
    article_id: str
    kind: str
    countries: tuple[str, ...]
    action: str
    published_on: dt.date | None
    cluster_id: str | None = None


def stems(action: str) -> frozenset[str]:
    """The word stems of an action: SPEC tokens without one proclitic and one suffix, three letters or more."""
    out = set()
    for word in spec_tokens(action):
        word = next((word[len(p) :] for p in PREFIXES if word.startswith(p) and len(word) - len(p) >= 3), word)
        word = next((word[: -len(s)] for s in SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3), word)
        if len(word) >= 3:
            out.add(word)
    return frozenset(out)


def cluster_ids(new: list[Member], stored: list[Member]) -> list[str]:
    """The cluster id of each new commitment, joining stored clusters or earlier new ones where they match."""
    blocks: dict[tuple[str, tuple[str, ...]], list[tuple[Member, frozenset[str], str]]] = {}
    for m in stored:
        if m.countries and m.cluster_id:
            blocks.setdefault((m.kind, m.countries), []).append((m, stems(m.action), m.cluster_id))
    out = []
    for m in new:
        block = blocks.setdefault((m.kind, m.countries), []) if m.countries else []
        own = stems(m.action)
        best, cluster = THRESHOLD, m.commitment_id
        for other, their, their_cluster in block:
            if other.article_id == m.article_id or not _near(m.published_on, other.published_on) or min(len(own), len(their)) < MIN_STEMS:
                continue
            score = len(own & their) / len(own | their)
            if score >= best:
                best, cluster = score, their_cluster
        out.append(cluster)
        if m.countries:
            block.append((m, own, cluster))
    return out


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether two publication dates are within the window (an unknown date is near any)."""
    return a is None or b is None or abs(a - b) <= WINDOW
