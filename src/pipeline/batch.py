"""One batch of raw files → article candidates and rejects; runs in a worker process.

Plain Python with no Prefect import, so a process pool can run it and tests can call it.
Whether a candidate is stored or is a duplicate is decided by the caller, across all batches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pipeline.actors import ArticleContext, Mention, gazetteer
from pipeline.clean import clean
from pipeline.ingest import Document, Rejected, read_inputs
from pipeline.models import Article, to_table
from pipeline.statements import statement_rows
from pipeline.text import body_id


@dataclass(frozen=True)
class BatchJob:
    """What one batch needs: files to read, and the ledger entries that concern them."""

    raw_root: str
    files: list[str]
    known: dict[str, str]
    run_id: str
    started_at: dt.datetime


@dataclass
class BatchOutput:
    """Article candidates (articles schema, plus their raw sizes), their actor mentions, rejects."""

    articles: pa.Table
    sizes: list[int]
    mentions: pa.Table
    mention_sources: list[str]
    statements: pa.Table
    statement_sources: list[str]
    rejects: list[Rejected] = field(default_factory=list)
    skipped: int = 0
    seen: int = 0


def process_batch(job: BatchJob) -> BatchOutput:
    """Read, decode and clean every input of the job's files."""
    rows: list[dict[str, object]] = []
    sizes: list[int] = []
    mentions: list[dict[str, object]] = []
    mention_sources: list[str] = []
    said: list[dict[str, object]] = []
    said_sources: list[str] = []
    rejects: list[Rejected] = []
    skipped = seen = 0
    root = Path(job.raw_root)
    for rel in job.files:
        for item in read_inputs(root / rel, rel):
            seen += 1
            if job.known.get(item.source_path) == item.raw_sha256:
                skipped += 1
            elif isinstance(item, Rejected):
                rejects.append(item)
            elif isinstance(result := _guarded(item, job), Rejected):
                rejects.append(result)
            else:
                rows.append(result.model_dump())
                sizes.append(item.size)
                named = gazetteer().actor_mentions(result.body)
                found = mention_rows(result.article_id, named)
                mentions += found
                mention_sources += [result.source_path] * len(found)
                context = ArticleContext.of(gazetteer(), result.body, result.published_on, named)
                statements = statement_rows(result.article_id, result.body, context)
                said += statements
                said_sources += [result.source_path] * len(statements)
    return BatchOutput(
        to_table("articles", rows),
        sizes,
        to_table("actor_mentions", mentions),
        mention_sources,
        to_table("statements", said),
        said_sources,
        rejects,
        skipped,
        seen,
    )


def mention_rows(article_id: str, named: list[tuple[Mention, str]]) -> list[dict[str, object]]:
    """Rows of `actor_mentions` for one article."""
    return [
        {"article_id": article_id, "actor_id": actor_id, "text": m.text, "char_start": m.start, "char_end": m.end} for m, actor_id in named
    ]


def _guarded(doc: Document, job: BatchJob) -> Article | Rejected:
    """Clean one document; a bug met on one input rejects that input instead of the whole run."""
    try:
        return to_article(doc, job)
    except Exception as exc:  # any bug: one reject row with the cause, run goes on
        detail = f"pipeline bug while cleaning: {type(exc).__name__}: {exc}"
        return Rejected(doc.source_path, doc.raw_sha256, doc.size, "internal_error", detail[:500])


def to_article(doc: Document, job: BatchJob) -> Article | Rejected:
    """Clean one document into a validated Article, or a reject when no text remains."""
    text, title = doc.text, doc.meta.get("title")
    if doc.is_html:
        extracted = extract_html(text)
        if isinstance(extracted, str):
            return Rejected(doc.source_path, doc.raw_sha256, doc.size, "empty", extracted)
        text, html_meta = extracted
        doc = Document(doc.source_path, doc.raw_sha256, doc.size, text, meta={**html_meta, **doc.meta})
        title = doc.meta.get("title")
    cleaned = clean(text, title=title)
    if not cleaned.body.strip():
        why = "the input holds no text" if not text.strip() else "no article text left once page furniture is removed"
        return Rejected(doc.source_path, doc.raw_sha256, doc.size, "empty", why)
    published = doc.meta.get("published_on")
    return Article(
        article_id=body_id(cleaned.body),
        source_path=doc.source_path,
        raw_sha256=doc.raw_sha256,
        language=cleaned.language,
        outlet=doc.meta.get("outlet") or cleaned.outlet,
        published_on=_iso_date(published) or cleaned.published_on,
        dateline=cleaned.dateline,
        headline=cleaned.headline,
        body=cleaned.body,
        run_id=job.run_id,
        ingested_at=job.started_at,
    )


def _iso_date(value: str | None) -> dt.date | None:
    """Parse an ISO date stated by a container; None when absent or not ISO."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def extract_html(page: str) -> tuple[str, dict[str, str]] | str:
    """Extract article text and title/date/site name from a saved page, or say why not."""
    import trafilatura  # imported here: slow to import, and only HTML inputs need it

    found = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    found = found.as_dict() if found is not None and not isinstance(found, dict) else (found or {})
    text = str(found.get("text") or "")
    if not text.strip():
        return "HTML page with no extractable article text"
    title = str(found.get("title") or "")
    if title and text.startswith(title):
        text = text[len(title) :]
    meta = {"title": title, "outlet": found.get("sitename"), "published_on": found.get("date")}
    return text, {k: v.strip() for k, v in meta.items() if isinstance(v, str) and v.strip()}
