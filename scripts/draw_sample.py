"""Draw random statements and commitments of a corpus run for a blind reading (docs/judgments/).

Each drawn row is written with what a judge needs to read it by SPEC §4: the row's fields and the
article's headline, dateline and body up to a little after the row (earlier sentences introduce people).
The output holds corpus text: write it outside the repository (the verdicts, not the text, are kept).

    python scripts/draw_sample.py --warehouse /tmp/wh --seed 20261206 --n 100 --out /tmp/judge

With `--new-since OTHER` only the rows whose id the other run (the code before a change) does not hold are drawn: a
reading of what a change added or reshaped, which a draw from all rows rarely meets.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from pipeline import store

CONTEXT_BEFORE = 2500  # characters of the body before the row: enough for the article's introductions
CONTEXT_AFTER = 300

TABLES = {
    "statements": ("statement_id", "speaker, speaker_countries, cue, content, direct, via"),
    "commitments": ("commitment_id", "committer, committer_countries, kind, cue, reaffirmed, action, conditions, timeframe"),
}


def draw(warehouse: Path, seed: int, n: int, out: Path, new_since: Path | None = None) -> None:
    """Write `<table>.sample.jsonl` for statements and commitments: n rows each (or all, when fewer), drawn with the
    seed; with `new_since`, only among the rows whose id that other warehouse does not hold."""
    con = store.connect(warehouse)
    before = store.connect(new_since) if new_since else None
    out.mkdir(parents=True, exist_ok=True)
    for table, (key, columns) in TABLES.items():
        ids = sorted(r[0] for r in con.sql(f"SELECT {key} FROM {table}").fetchall())
        if before is not None:
            old = {r[0] for r in before.sql(f"SELECT {key} FROM {table}").fetchall()}
            ids = [i for i in ids if i not in old]
        chosen = random.Random(seed).sample(ids, min(n, len(ids)))
        rows = []
        for number, row_id in enumerate(chosen, start=1):
            cursor = con.cursor().execute(
                f"SELECT {columns}, t.char_start, t.char_end, a.headline, a.dateline, a.body, a.source_path "
                f"FROM {table} t JOIN articles a USING (article_id) WHERE {key} = ?",
                [row_id],
            )
            names = [d[0] for d in cursor.description]
            record = dict(zip(names, cursor.fetchone(), strict=True))
            body = record.pop("body")
            start, end = record["char_start"], record["char_end"]
            record["text_before"] = body[max(0, start - CONTEXT_BEFORE) : start]
            record["text_after"] = body[end : end + CONTEXT_AFTER]
            rows.append({"n": number, key: row_id, **record})
        path = out / f"{table}.sample.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows), encoding="utf-8")
        print(f"{table}: {len(ids):,} rows, {len(chosen)} drawn with seed {seed} -> {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--new-since", type=Path, help="draw only rows whose id this other warehouse does not hold")
    args = parser.parse_args()
    draw(args.warehouse, args.seed, args.n, args.out, args.new_since)


if __name__ == "__main__":
    main()
