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
        said = con.sql(
            "SELECT a.source_path, s.speaker, s.speaker_countries, s.content, s.direct FROM statements s JOIN articles a USING (article_id)"
        ).fetchall()
        for path, speaker, countries, content, direct in said:
            rows[path].setdefault("statements", []).append(
                {"speaker": speaker, "speaker_countries": countries, "content": content, "direct": direct}
            )
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
    _score_statements(gold, articles, hits, totals, misses)
    figures: dict[str, Any] = {k: round(hits[k] / totals[k], 4) for k in totals if k not in ("statement_gold", "statement_pred")}
    tp, n_gold, n_pred = hits["statement_gold"], totals["statement_gold"], totals["statement_pred"]
    figures["statement_precision"] = round(tp / n_pred, 4) if n_pred else 0.0
    figures["statement_recall"] = round(tp / n_gold, 4) if n_gold else 0.0
    p, r = figures["statement_precision"], figures["statement_recall"]
    figures["statement_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    figures["counts"] = {k: f"{hits[k]}/{totals[k]}" for k in totals}
    figures["articles"] = len(gold)
    figures["misses"] = misses
    return figures


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], field: str) -> list[tuple[int, int]]:
    """Pair gold and predicted items one-to-one by token F1 of `field` ≥ 0.5, best pairs first."""
    pairs = sorted(
        ((token_f1(str(g[field]), str(p[field])), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for f1, gi, pi in pairs:
        if f1 >= 0.5 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _score_statements(
    gold: list[dict[str, Any]], articles: dict[str, dict[str, Any]], hits: Counter[str], totals: Counter[str], misses: list[str]
) -> None:
    """Statement P/R (optional gold neither missed nor false), speaker countries and direct agreement."""
    for g in gold:
        name = str(g["file"])
        wanted = list(g.get("statements") or [])
        got = list(articles.get(name, {}).get("statements") or [])
        pairs = match(wanted, got, "content")
        matched_optional = {pi for gi, pi in pairs if wanted[gi].get("optional")}
        totals["statement_gold"] += sum(1 for w in wanted if not w.get("optional"))
        totals["statement_pred"] += len(got) - len(matched_optional)
        hits["statement_gold"] += sum(1 for gi, _ in pairs if not wanted[gi].get("optional"))
        for gi, pi in pairs:
            totals["speaker_countries"] += 1
            same = sorted(wanted[gi].get("speaker_countries") or []) == sorted(got[pi]["speaker_countries"] or [])
            hits["speaker_countries"] += same
            if not same:
                ours = f"{got[pi]['speaker']!r} → {got[pi]['speaker_countries']}"
                misses.append(f"{name}: speaker {ours} gold {wanted[gi]['speaker']!r} → {wanted[gi].get('speaker_countries')}")
            totals["direct"] += 1
            hits["direct"] += wanted[gi]["direct"] == got[pi]["direct"]
        found = {gi for gi, _ in pairs}
        misses += [
            f"{name}: statement missed: {w['speaker']} | {w['content'][:70]}"
            for gi, w in enumerate(wanted)
            if gi not in found and not w.get("optional")
        ]
        paired = {pi for _, pi in pairs}
        misses += [f"{name}: statement extra: {p['speaker']} | {p['content'][:70]}" for pi, p in enumerate(got) if pi not in paired]


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
