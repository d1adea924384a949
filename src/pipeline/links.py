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
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

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
    return frozenset(stem for word in spec_tokens(action) if len(stem := _stem(word)) >= 3)


@lru_cache(maxsize=1 << 16)  # actions share most of their words: a run stems each word once
def _stem(word: str) -> str:
    """A word without one proclitic and one suffix, keeping three letters or more."""
    word = next((word[len(p) :] for p in PREFIXES if word.startswith(p) and len(word) - len(p) >= 3), word)
    return next((word[: -len(s)] for s in SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3), word)


def cluster_ids(new: list[Member], stored: list[Member]) -> list[str]:
    """The cluster id of each new commitment, joining stored clusters or earlier new ones where they match."""
    blocks: dict[tuple[str, tuple[str, ...]], _Block] = {}
    for m in stored:
        if m.countries and m.cluster_id:
            blocks.setdefault((m.kind, m.countries), _Block()).add(m, stems(m.action), m.cluster_id)
    out = []
    for m in new:
        own = stems(m.action)
        block = blocks.setdefault((m.kind, m.countries), _Block()) if m.countries else None
        cluster = (block.best(m, own) if block is not None else None) or m.commitment_id
        out.append(cluster)
        if block is not None:
            block.add(m, own, cluster)
    return out


@dataclass
class _Block:
    """The commitments of one kind and one set of states, with an index from stem to member."""

    members: list[tuple[Member, frozenset[str], str]] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=dict)

    def add(self, m: Member, own: frozenset[str], cluster: str) -> None:
        """Add a member and its cluster."""
        for stem in own:
            self.index.setdefault(stem, []).append(len(self.members))
        self.members.append((m, own, cluster))

    def best(self, m: Member, own: frozenset[str]) -> str | None:
        """The cluster of the most similar member of another article within the window, if similar enough."""
        if len(own) < MIN_STEMS:
            return None
        shared = Counter(k for stem in own for k in self.index.get(stem, ()))
        best, cluster = THRESHOLD, None
        for k, count in sorted(shared.items()):  # in order added: the same ids on every run (stems are a set)
            other, their, their_cluster = self.members[k]
            score = count / (len(own) + len(their) - count)
            if score >= best and len(their) >= MIN_STEMS and other.article_id != m.article_id and _near(m.published_on, other.published_on):
                best, cluster = score, their_cluster
        return cluster


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether two publication dates are within the window (an unknown date is near any)."""
    return a is None or b is None or abs(a - b) <= WINDOW
