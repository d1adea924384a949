"""One article through the extraction stages, in order: this is the one place that shows the order; and the
rows each stage adds to its table (`mention_rows`, `statement_rows`, `commitment_rows`)."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

from pipeline.actors import Gazetteer, Mention
from pipeline.commitments import find_commitments
from pipeline.document import analyse
from pipeline.models import Article
from pipeline.slots import FoundCommitment
from pipeline.statements import Found, find_statements


@dataclass
class ArticleRows:
    """The rows one article adds to the derived tables, and the seconds each stage took."""

    actor_mentions: list[dict[str, object]]
    statements: list[dict[str, object]]
    commitments: list[dict[str, object]]
    seconds: dict[str, float] = field(default_factory=dict)


def process_article(article: Article, g: Gazetteer) -> ArticleRows:
    """Analyse a stored article, then find its statements, then the commitments made in them.

    Args:
        article: the cleaned article (its body is what every span points into).
        g: the gazetteer.
    """
    t0 = time.perf_counter()
    doc = analyse(article.body, g, article.published_on, dateline=article.dateline, outlet=article.outlet)
    t1 = time.perf_counter()
    said = find_statements(doc, g)
    t2 = time.perf_counter()
    committed = find_commitments(doc, said, g)
    t3 = time.perf_counter()
    return ArticleRows(
        mention_rows(article.article_id, doc.mentions),
        statement_rows(article.article_id, doc.body, said),
        commitment_rows(article.article_id, doc.body, committed),
        {"mentions": t1 - t0, "statements": t2 - t1, "commitments": t3 - t2},
    )


def mention_rows(article_id: str, named: list[tuple[Mention, str]]) -> list[dict[str, object]]:
    """Rows of `actor_mentions` for one article."""
    return [
        {"article_id": article_id, "actor_id": actor_id, "text": m.text, "char_start": m.start, "char_end": m.end} for m, actor_id in named
    ]


def statement_id(article_id: str, start: int, end: int) -> str:
    """A stable id for a span of an article."""
    return hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:20]


def statement_rows(article_id: str, body: str, found: list[Found]) -> list[dict[str, object]]:
    """Rows of the `statements` table for one article, from its statements found by `find_statements`."""
    return [
        {
            "statement_id": statement_id(article_id, f.content_start, f.content_end),
            "article_id": article_id,
            "speaker": f.speaker,
            "speaker_actor_ids": list(f.speaker_actor_ids),
            "speaker_countries": list(f.speaker_countries),
            "cue": f.cue,
            "content": body[f.content_start : f.content_end],
            "direct": f.direct,
            "via": f.via,
            "char_start": f.content_start,
            "char_end": f.content_end,
        }
        for f in found
    ]


def commitment_rows(article_id: str, body: str, found: list[FoundCommitment]) -> list[dict[str, object]]:
    """Rows of the `commitments` table for one article, from its commitments found by `find_commitments`."""
    return [
        {
            "commitment_id": hashlib.sha256(f"{article_id}:c:{c.action_start}:{c.action_end}".encode()).hexdigest()[:20],
            "article_id": article_id,
            "statement_id": statement_id(article_id, c.statement.content_start, c.statement.content_end) if c.statement else None,
            "committer": c.committer,
            "committer_actor_ids": list(c.actor_ids),
            "committer_countries": list(c.countries),
            "kind": c.kind,
            "cue": c.cue,
            "reaffirmed": c.reaffirmed,
            "action": body[c.action_start : c.action_end],
            "conditions": c.conditions,
            "timeframe": c.timeframe,
            "due_by": c.due_by,
            "beneficiary_actor_ids": list(c.beneficiaries),
            "char_start": c.action_start,
            "char_end": c.action_end,
            "cluster_id": None,
        }
        for c in found
    ]
