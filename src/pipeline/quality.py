"""Quality: score a run against a gold set (SPEC §5) and check figures against pinned floors."""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline import store
from pipeline.ingest import decode_text
from pipeline.text import search_key, spec_tokens

FLOORS_FILE = Path(__file__).parent / "floors.json"
METADATA_FIELDS = ("published_on", "outlet", "dateline", "headline")


def token_f1(a: str, b: str) -> float:
    """F1 of the two texts' token multisets under SPEC §5 normalization."""
    ta, tb = Counter(spec_tokens(a)), Counter(spec_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(tb.values()), common / sum(ta.values())
    return 2 * precision * recall / (precision + recall)


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """Load the gold files of a set (every JSON file but links.json), sorted by name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json")) if p.name != "links.json"]


def evaluate(gold_dir: Path, raw_dir: Path, run_flow: Callable[[Path, Path], str]) -> dict[str, Any]:
    """Run the pipeline on the raw files into a temporary warehouse and score it."""
    gold = load_gold(gold_dir)
    with tempfile.TemporaryDirectory(prefix="pipeline-eval-") as tmp:
        run_flow(raw_dir, Path(tmp))
        con = store.connect(Path(tmp))
        result = con.sql("SELECT source_path, outlet, CAST(published_on AS VARCHAR), dateline, headline, body FROM articles")
        rows = {r[0]: dict(zip(("outlet", "published_on", "dateline", "headline", "body"), r[1:], strict=True)) for r in result.fetchall()}
        con.close()
    return score(gold, rows, raw_dir)


def score(gold: list[dict[str, Any]], articles: dict[str, dict[str, Any]], raw_dir: Path) -> dict[str, Any]:
    """Compute the metadata and body-cleaning figures of SPEC §5."""
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: list[str] = []
    for g in gold:
        name = str(g["file"])
        art = articles.get(name)
        if art is None:
            misses.append(f"{name}: no article stored")
            art = {"body": ""}
        for field in METADATA_FIELDS:
            if g.get(field) is None:
                continue
            totals[field] += 1
            ok = _metadata_ok(field, str(g[field]), art.get(field))
            hits[field] += ok
            if not ok:
                misses.append(f"{name}: {field} gold={g[field]!r} got={art.get(field)!r}")
        body_key = f" {search_key(str(art['body']))} "
        not_body = {search_key(str(line)) for line in g.get("not_body_lines", [])}
        for key in not_body - {""}:
            totals["not_body_absent"] += 1
            absent = f" {key} " not in body_key
            hits["not_body_absent"] += absent
            if not absent:
                misses.append(f"{name}: furniture kept: {key[:80]}")
        for line in decode_text((raw_dir / name).read_bytes()).splitlines():
            key = search_key(line)
            if key and key not in not_body:
                totals["body_present"] += 1
                present = f" {key} " in body_key
                hits["body_present"] += present
                if not present:
                    misses.append(f"{name}: body line lost: {key[:80]}")
    figures: dict[str, Any] = {k: round(hits[k] / totals[k], 4) for k in totals}
    figures["counts"] = {k: f"{hits[k]}/{totals[k]}" for k in totals}
    figures["articles"] = len(gold)
    figures["misses"] = misses
    return figures


def _metadata_ok(field: str, gold: str, got: object) -> bool:
    """Compare one metadata field as SPEC §5 says: normalized equality, headline by token F1."""
    if got is None:
        return False
    if field == "headline":
        return token_f1(gold, str(got)) >= 0.8
    return search_key(gold) == search_key(str(got))


def load_floors(gold_name: str) -> dict[str, float]:
    """Return the floors pinned for a gold set (by folder name), empty when none are pinned."""
    floors = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return dict(floors.get(gold_name, {}))


def below_floors(figures: dict[str, Any], floors: dict[str, float]) -> dict[str, tuple[object, float]]:
    """Return the figures under their floor (missing figures count as under)."""
    return {k: (figures.get(k), v) for k, v in floors.items() if not isinstance(figures.get(k), float) or figures[k] < v}


def render(figures: dict[str, Any]) -> str:
    """Render figures as an aligned text table, then the misses."""
    counts = figures.get("counts", {})
    lines = [f"{'figure':<20} {'value':>7}  count"]
    for key, value in figures.items():
        if isinstance(value, float):
            lines.append(f"{key:<20} {value:>7.3f}  {counts.get(key, '')}")
    below = figures.get("below_floors") or {}
    lines.append(f"floors: {'BELOW: ' + ', '.join(below) if below else 'all met'}")
    lines += ["", "misses:"] + [f"  {m}" for m in figures.get("misses", [])]
    return "\n".join(lines)
