"""Corpus report on actor mentions: per-article counts, the most named actors, a random sample.

    .venv/bin/python scripts/actors_report.py [--warehouse DIR] [--out FILE] [--seed N]

Without --warehouse, the flow first ingests all of ../shared/corpus (read in place) into
bench-out/corpus-warehouse. The sample (100 mentions with their context) is written to --out
for a person to judge, one line each: `[ ]` to mark right or wrong.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from pipeline import store
from pipeline.cli import run_flow

REPO = Path(__file__).resolve().parents[1]


def ensure_warehouse(corpus: Path, warehouse: Path) -> None:
    """Ingest the corpus into the warehouse unless a run already did."""
    if store.committed_runs(warehouse):
        return
    with tempfile.TemporaryDirectory(prefix="corpus-raw-") as tmp:
        for shard in sorted(corpus.glob("*.jsonl.gz")):
            (Path(tmp) / shard.name).symlink_to(shard.resolve())
        print(run_flow(Path(tmp), warehouse), file=sys.stderr)


def main() -> int:
    """Print the report and write the judged sample file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--warehouse", type=Path, default=REPO / "bench-out" / "corpus-warehouse")
    parser.add_argument("--out", type=Path, default=REPO / "bench-out" / "actor-mentions-sample.md")
    parser.add_argument("--seed", type=float, default=0.42)
    args = parser.parse_args()
    ensure_warehouse(args.corpus, args.warehouse)
    con = store.connect(args.warehouse)
    con.execute(f"select setseed({args.seed})")
    per_article = "select count(m.article_id) n from articles a left join actor_mentions m using (article_id) group by a.article_id"
    ((articles, mentions, with_any, p50, p90),) = con.execute(
        f"""select (select count(*) from articles), count(*), count(distinct article_id),
                   (select median(n) from ({per_article})), (select quantile_cont(n, 0.9) from ({per_article}))
            from actor_mentions"""
    ).fetchall()
    print(f"{articles} articles, {mentions} mentions: {mentions / articles:.1f} per article (median {p50}, p90 {p90})")
    print(f"{with_any} articles name at least one actor")
    print("\n50 most mentioned actors:")
    top = con.execute(
        """select m.actor_id, a.name_ar, a.kind, count(*) n, count(distinct article_id) docs
           from actor_mentions m join actors a using (actor_id) group by all order by n desc limit 50"""
    ).fetchall()
    for actor_id, name, kind, n, docs in top:
        print(f"  {n:>7} {docs:>6}  {actor_id:<28} {kind:<16} {name}")
    sample = con.execute(
        """select m.actor_id, m.text, substr(a.body, greatest(m.char_start - 60, 0) + 1, least(m.char_start, 60)),
                  substr(a.body, m.char_end + 1, 60), a.source_path
           from actor_mentions m join articles a using (article_id) order by random() limit 100"""
    ).fetchall()
    lines = ["# 100 random actor mentions (judge each: right actor in context?)", ""]
    for i, (actor_id, text, before, after, source) in enumerate(sample, start=1):
        flat = lambda s: s.replace("\n", " ")  # noqa: E731  # one line per mention
        lines.append(f"{i:>3}. [ ] `{actor_id}` … {flat(before)}【{text}】{flat(after)} … ({source})")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nsample written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
