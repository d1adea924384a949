"""Corpus reports over ../shared/corpus: actor mentions, statements, commitments, each with a random sample to judge.

    .venv/bin/python scripts/corpus_report.py [--warehouse DIR] [--out DIR] [--seed N]

Without a committed run in --warehouse, the flow first ingests all of ../shared/corpus (read in place)
into it. Prints per-article counts and frequency tables, and writes files of 100 random rows with their
context (`actor-mentions-sample.md`, `statements-sample.md`, `commitments-sample.md`) for a person to
judge: `[ ]` a line. The metadata report gives, per outlet, the share of articles with a date, a dateline
and a headline, and writes 50 random articles whose input opens (first 300 characters) with a place name or
an agency tag, with the dateline read (`datelines-sample.jsonl`), to judge the dateline.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import tempfile
from pathlib import Path

import duckdb

from pipeline import store
from pipeline.clean import _agency_alternation, _places
from pipeline.cli import run_flow
from pipeline.text import fold_letters, strip_diacritics

REPO = Path(__file__).resolve().parents[1]


def ensure_warehouse(corpus: Path, warehouse: Path) -> None:
    """Ingest the corpus into the warehouse unless a run already did."""
    if store.committed_runs(warehouse):
        return
    with tempfile.TemporaryDirectory(prefix="corpus-raw-") as tmp:
        for shard in sorted(corpus.glob("*.jsonl.gz")):
            (Path(tmp) / shard.name).symlink_to(shard.resolve())
        print(run_flow(Path(tmp), warehouse), file=sys.stderr)


def per_article(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """Rows per article of a table: mean, median, 90th percentile, share of articles with any."""
    counts = f"select count(t.article_id) n from articles a left join {table} t using (article_id) group by a.article_id"
    ((mean, median, p90, share),) = con.execute(
        f"select avg(n), median(n), quantile_cont(n, 0.9), avg((n > 0)::int) from ({counts})"
    ).fetchall()
    return f"{table} per article: mean {mean:.2f}, median {median}, p90 {p90}; {share:.0%} of articles have at least one"


def table(con: duckdb.DuckDBPyConnection, title: str, sql: str) -> None:
    """Print a query result under a title."""
    print(f"\n{title}:")
    for row in con.execute(sql).fetchall():
        print("  " + "  ".join(str(v) for v in row))


def write_sample(path: Path, title: str, rows: list[tuple[str, ...]]) -> None:
    """Write numbered sample lines to judge, one per row."""
    lines = [f"# {title}", ""]
    for i, row in enumerate(rows, start=1):
        lines.append(f"{i:>3}. [ ] " + " | ".join(str(v).replace("\n", " ") for v in row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nsample written to {path}")


def main() -> int:
    """Print the reports and write the samples."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--warehouse", type=Path, default=REPO / "bench-out" / "corpus-warehouse")
    parser.add_argument("--out", type=Path, default=REPO / "bench-out")
    parser.add_argument("--seed", type=float, default=0.42)
    args = parser.parse_args()
    ensure_warehouse(args.corpus, args.warehouse)
    args.out.mkdir(parents=True, exist_ok=True)
    con = store.connect(args.warehouse)
    print(per_article(con, "actor_mentions"))
    table(
        con,
        "50 most mentioned actors (mentions, articles, id, kind, name)",
        """select count(*) n, count(distinct article_id), m.actor_id, a.kind, a.name_ar
           from actor_mentions m join actors a using (actor_id) group by all order by n desc limit 50""",
    )
    con.execute(f"select setseed({args.seed})")
    context = (
        "substr(a.body, greatest(t.char_start - 60, 0) + 1, least(t.char_start, 60)), "
        "'【' || t.text || '】', substr(a.body, t.char_end + 1, 60)"
    )
    write_sample(
        args.out / "actor-mentions-sample.md",
        "100 random actor mentions: right actor in context?",
        con.execute(
            f"select t.actor_id, {context}, a.source_path "
            "from actor_mentions t join articles a using (article_id) order by random() limit 100"
        ).fetchall(),
    )
    print("\n" + per_article(con, "statements"))
    table(con, "cues (count, cue as written)", "select count(*) n, cue from statements group by cue order by n desc limit 40")
    table(
        con,
        "speaker countries (count, countries)",
        "select count(*) n, speaker_countries from statements group by 2 order by n desc limit 15",
    )
    con.execute(f"select setseed({args.seed})")
    write_sample(
        args.out / "statements-sample.md",
        "100 random statements: speaker | cue | content | direct | countries — a statement with the right speaker and content?",
        con.execute(
            """select s.speaker, s.cue, s.content, s.direct, s.speaker_countries, a.source_path
               from statements s join articles a using (article_id) order by random() limit 100"""
        ).fetchall(),
    )
    print("\n" + per_article(con, "commitments"))
    table(con, "kinds (count, kind, reaffirmed)", "select count(*) n, kind, reaffirmed from commitments group by all order by n desc")
    table(con, "cues (count, cue as written)", "select count(*) n, cue from commitments group by cue order by n desc limit 40")
    table(
        con,
        "committer countries (count, countries)",
        "select count(*) n, committer_countries from commitments group by 2 order by n desc limit 15",
    )
    table(
        con,
        "with conditions, timeframe, due_by, statement (shares)",
        """select avg((len(conditions) > 0)::int), avg((timeframe is not null)::int), avg((due_by is not null)::int),
                  avg((statement_id is not null)::int) from commitments""",
    )
    con.execute(f"select setseed({args.seed})")
    write_sample(
        args.out / "commitments-sample.md",
        "100 random commitments: committer | cue | kind | action | conditions | timeframe | countries | sentence — a commitment?",
        con.execute(
            """select c.committer, c.cue, c.kind, c.action, c.conditions, c.timeframe, c.committer_countries,
                      substr(a.body, greatest(c.char_start - 120, 0) + 1, least(c.char_start, 120)) || '【…】', a.source_path
               from commitments c join articles a using (article_id) order by random() limit 100"""
        ).fetchall(),
    )
    table(
        con,
        "cross-article links (clusters of 2+ articles, commitments in them)",
        """select count(*), sum(n) from (select cluster_id, count(*) n, count(distinct article_id) a
           from commitments group by 1 having a > 1)""",
    )
    con.execute(f"select setseed({args.seed})")
    write_sample(
        args.out / "links-sample.md",
        "30 random linked pairs: kind | countries | action of one article | action of another — the same commitment?",
        con.execute(
            """with linked as (select cluster_id from commitments group by 1 having count(distinct article_id) > 1
                               order by random() limit 30)
               select any_value(c.kind), any_value(c.committer_countries), min(c.action), max(c.action)
               from commitments c join linked using (cluster_id) group by cluster_id"""
        ).fetchall(),
    )
    metadata(con, args.corpus, args.out, args.seed)
    return 0


def metadata(con: duckdb.DuckDBPyConnection, corpus: Path, out: Path, seed: float) -> None:
    """Per outlet, the shares of articles with a date, a dateline and a headline; and 50 random articles whose
    input's first 300 characters hold a place or an agency tag, with what was read, to judge the dateline."""
    table(
        con,
        "metadata per outlet (articles, with outlet, with date, with dateline, with headline)",
        """select outlet, count(*) n, avg((outlet is not null)::int)::decimal(4,3), avg((published_on is not null)::int)::decimal(4,3),
                  avg((dateline is not null)::int)::decimal(4,3), avg((headline is not null)::int)::decimal(4,3)
           from articles group by outlet order by n desc limit 40""",
    )
    rows = con.execute("select source_path, dateline, outlet, published_on from articles order by source_path").fetchall()
    places = "|".join(re.escape(p) for p in sorted(_places(), key=len, reverse=True))
    marked = re.compile(f"(?<!\\w)(?:{places})(?!\\w)|\\(\\s*(?:{_agency_alternation()})\\s*\\)")
    drawn: list[dict[str, object]] = []
    for path, dateline, outlet, published in random.Random(seed).sample(rows, len(rows)):
        opening = _input_opening(corpus, path)
        if opening and marked.search(fold_letters(strip_diacritics(opening))):
            drawn.append(
                {
                    "n": len(drawn) + 1,
                    "source_path": path,
                    "opening": opening,
                    "dateline": dateline,
                    "outlet": outlet,
                    "published_on": str(published),
                }
            )
        if len(drawn) == 50:
            break
    sample = out / "datelines-sample.jsonl"
    sample.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in drawn), encoding="utf-8")
    print(f"\n50 articles opening with a place or an agency tag, with the dateline read: {sample}")


def _input_opening(corpus: Path, source_path: str) -> str:
    """The first 300 characters of a corpus record's text (`shard.jsonl.gz#line`)."""
    shard, _, line = source_path.partition("#")
    with gzip.open(corpus / shard, "rt", encoding="utf-8") as fh:
        for number, record in enumerate(fh, start=1):
            if number == int(line or 0):
                return str(json.loads(record).get("text", ""))[:300]
    return ""


if __name__ == "__main__":
    sys.exit(main())
