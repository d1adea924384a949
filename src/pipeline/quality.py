"""Quality: score a run against a gold set (SPEC §5) and check figures against pinned floors."""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline import store
from pipeline.ingest import decode_text
from pipeline.text import search_key, spec_tokens

Tally = dict[str, float]
"""Hits per figure (floats: conditions add partial credit)."""
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


ITEMS = {
    # kind: (table, text field, countries field, agreement fields, SQL columns)
    "statement": ("statements", "content", "speaker_countries", ("direct",), "speaker, speaker_countries, content, direct"),
    "commitment": (
        "commitments",
        "action",
        "committer_countries",
        ("kind", "reaffirmed"),
        "committer, committer_countries, action, kind, reaffirmed, conditions, cluster_id",
    ),
}


def evaluate(gold_dir: Path, raw_dir: Path, run_flow: Callable[[Path, Path], str]) -> dict[str, Any]:
    """Run the pipeline on the raw files into a temporary warehouse and score it."""
    gold = load_gold(gold_dir)
    links_file = gold_dir / "links.json"
    links = json.loads(links_file.read_text(encoding="utf-8")) if links_file.exists() else []
    with tempfile.TemporaryDirectory(prefix="pipeline-eval-") as tmp:
        run_flow(raw_dir, Path(tmp))
        con = store.connect(Path(tmp))
        result = con.sql("SELECT source_path, outlet, CAST(published_on AS VARCHAR), dateline, headline, body FROM articles")
        rows = {r[0]: dict(zip(("outlet", "published_on", "dateline", "headline", "body"), r[1:], strict=True)) for r in result.fetchall()}
        for kind, (table, *_, columns) in ITEMS.items():
            cursor = con.execute(f"SELECT a.source_path, {columns} FROM {table} t JOIN articles a USING (article_id) ORDER BY t.char_start")
            names = [d[0] for d in cursor.description][1:]
            for path, *values in cursor.fetchall():
                rows[path].setdefault(kind, []).append(dict(zip(names, values, strict=True)))
        con.close()
    return score(gold, rows, raw_dir, links)


def score(gold: list[dict[str, Any]], articles: dict[str, dict[str, Any]], raw_dir: Path, links: list[Any] | None = None) -> dict[str, Any]:
    """Compute the figures of SPEC §5: metadata, body cleaning, statements, commitments, links."""
    hits: Tally = defaultdict(float)
    totals: Counter[str] = Counter()
    misses: list[str] = []
    for g in gold:
        name = str(g["file"])
        art = articles.get(name)
        if art is None:
            misses.append(f"{name}: no article stored")
            art = {"body": ""}
        _score_metadata(g, art, hits, totals, misses)
        _score_body(g, art, raw_dir, hits, totals, misses)
    figures: dict[str, Any] = {}
    pairs = {kind: _score_items(kind, gold, articles, hits, totals, misses) for kind in ITEMS}
    for kind in ITEMS:
        tp, n_gold, n_pred = hits[f"{kind}_gold"], totals[f"{kind}_gold"], totals[f"{kind}_pred"]
        figures.update(prf(kind, tp, n_pred, n_gold))
    figures.update(_score_links(links or [], gold, articles, pairs["commitment"]))
    internal = {f"{kind}_{side}" for kind in ITEMS for side in ("gold", "pred")}
    figures.update({k: round(hits[k] / totals[k], 4) for k in totals if k not in internal})
    figures["counts"] = {k: f"{hits[k]:g}/{totals[k]}" for k in totals}
    figures["articles"] = len(gold)
    figures["misses"] = misses
    return figures


def prf(name: str, tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    """Precision, recall and F1 as `<name>_precision` …, 0 where undefined."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {f"{name}_precision": round(p, 4), f"{name}_recall": round(r, 4), f"{name}_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _score_metadata(g: dict[str, Any], art: dict[str, Any], hits: Tally, totals: Counter[str], misses: list[str]) -> None:
    """Metadata fields with a non-null gold value."""
    for field in METADATA_FIELDS:
        if g.get(field) is None:
            continue
        totals[field] += 1
        ok = _metadata_ok(field, str(g[field]), art.get(field))
        hits[field] += ok
        if not ok:
            misses.append(f"{g['file']}: {field} gold={g[field]!r} got={art.get(field)!r}")


def _score_body(g: dict[str, Any], art: dict[str, Any], raw_dir: Path, hits: Tally, totals: Counter[str], misses: list[str]) -> None:
    """Furniture lines absent from the body, other raw lines present in it."""
    name = str(g["file"])
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


def _score_items(
    kind: str, gold: list[dict[str, Any]], articles: dict[str, dict[str, Any]], hits: Tally, totals: Counter[str], misses: list[str]
) -> dict[str, list[tuple[int, int]]]:
    """P/R of one item kind (optional gold neither missed nor false), then agreement on matched pairs."""
    _, text, countries, agree, _ = ITEMS[kind]
    speaker = "speaker" if kind == "statement" else "committer"
    out = {}
    for g in gold:
        name = str(g["file"])
        wanted = list(g.get(f"{kind}s") or [])
        got = list(articles.get(name, {}).get(kind) or [])
        pairs = out[name] = match(wanted, got, text)
        matched_optional = {pi for gi, pi in pairs if wanted[gi].get("optional")}
        totals[f"{kind}_gold"] += sum(1 for w in wanted if not w.get("optional"))
        totals[f"{kind}_pred"] += len(got) - len(matched_optional)
        hits[f"{kind}_gold"] += sum(1 for gi, _ in pairs if not wanted[gi].get("optional"))
        for gi, pi in pairs:
            w, p = wanted[gi], got[pi]
            totals[countries] += 1
            same = sorted(w.get(countries) or []) == sorted(p[countries] or [])
            hits[countries] += same
            if not same:
                misses.append(f"{name}: {speaker} {p[speaker]!r} → {p[countries]} gold {w[speaker]!r} → {w.get(countries)}")
            for field in agree:
                totals[field] += 1
                hits[field] += w.get(field) == p[field]
                if w.get(field) != p[field]:
                    misses.append(f"{name}: {kind} {field} {p[field]} gold {w.get(field)}: {p[speaker]} | {p[text][:50]}")
            if kind == "commitment":
                totals["conditions"] += 1
                hits["conditions"] += _conditions_f1(w.get("conditions") or [], p.get("conditions") or [])
        found, paired = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        misses += [
            f"{name}: {kind} missed: {w[speaker]} | {w[text][:70]}"
            for gi, w in enumerate(wanted)
            if gi not in found and not w.get("optional")
        ]
        misses += [f"{name}: {kind} extra: {p[speaker]} | {p[text][:70]}" for pi, p in enumerate(got) if pi not in paired]
    return out


def _conditions_f1(gold: list[str], pred: list[str]) -> float:
    """Token F1 of all conditions together (1 when both are empty)."""
    if not gold and not pred:
        return 1.0
    return token_f1(" ".join(gold), " ".join(pred))


def _score_links(
    links: list[Any], gold: list[dict[str, Any]], articles: dict[str, dict[str, Any]], pairs: dict[str, list[tuple[int, int]]]
) -> dict[str, float]:
    """Pairwise precision and recall of cross-article commitment links (predicted: same cluster_id). A predicted pair
    with a commitment matched to an optional gold item that no gold link names counts neither way (SPEC §5: optional
    items are neither missed when absent nor false when found)."""
    to_pred = {(name, gi): (name, pi) for name, ps in pairs.items() for gi, pi in ps}
    gold_pairs = set()
    for group in links:
        members = [to_pred.get((str(f), int(i))) for f, i in group]
        gold_pairs |= {frozenset((a, b)) for a in members for b in members if a and b and a != b and a[0] != b[0]}
    linked = {(str(f), int(i)) for group in links for f, i in group}
    items = {str(g["file"]): g.get("commitments") or [] for g in gold}
    unscored = {pred for (name, gi), pred in to_pred.items() if items[name][gi].get("optional") and (name, gi) not in linked}
    clusters: dict[str, list[tuple[str, int]]] = {}
    for g in gold:
        name = str(g["file"])
        for pi, item in enumerate(articles.get(name, {}).get("commitment") or []):
            if item.get("cluster_id"):
                clusters.setdefault(item["cluster_id"], []).append((name, pi))
    pred_pairs = {
        frozenset((a, b)) for members in clusters.values() for a in members for b in members if a[0] != b[0] and not {a, b} & unscored
    }
    tp = len(gold_pairs & pred_pairs)
    n_gold = sum(len(group) * (len(group) - 1) // 2 for group in links)
    return {
        "links_precision": round(tp / len(pred_pairs), 4) if pred_pairs else 0.0,
        "links_recall": round(tp / n_gold, 4) if n_gold else 0.0,
    }


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
