"""One article through the extraction stages, in order: this is the one place that shows the order."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from pipeline.actors import Gazetteer, Mention
from pipeline.commitments import commitment_rows, find_commitments
from pipeline.document import analyse
from pipeline.models import Article
from pipeline.statements import find_statements, statement_rows


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
