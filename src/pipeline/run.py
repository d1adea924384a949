"""A run, as plain functions the Prefect flow wires: plan batches, resolve outcomes, commit.

Outcomes are decided here, across all batches in file order, so that which copy of a text is
"the article" and which are duplicates does not depend on which worker finished first.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import uuid
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pyarrow as pa

from pipeline import links, store
from pipeline.actors import gazetteer
from pipeline.batch import SOURCE, STAGED, BatchJob, BatchOutput, Slice, process_batch
from pipeline.ingest import Rejected, inner_suffix, list_files
from pipeline.models import Run, to_table

BATCH_BYTES = 12_000_000
"""Files are grouped, and big JSON Lines files cut, into batches of about this many raw bytes (gzip counts 4×)."""
BATCH_FILES = 2_000
TASK_GROUPS = 4
"""Batches are shared among this many Prefect tasks, each queuing its share on the worker pool (few
tasks: little client overhead competing with the workers for the CPU; each group is retried alone)."""
INLINE_BYTES = 4_000_000
"""Below this much raw input a run does not start worker processes."""


@dataclass
class Plan:
    """What a run will do: its id, where it reads and writes, and its batches."""

    run_id: str
    started_at: dt.datetime
    raw_root: Path
    warehouse: Path
    jobs: list[BatchJob]
    stored_ids: set[str]
    raw_bytes: int


@dataclass
class Outcome:
    """The tables a run stores, and its counts."""

    tables: dict[str, pa.Table]
    run: Run
    reject_reasons: dict[str, int] = field(default_factory=dict)
    parts: dict[str, list[str]] = field(default_factory=dict)
    duplicates: set[str] = field(default_factory=set)
    """Source paths of the candidates that are duplicates: their staged rows are left out."""


def new_run_id(now: dt.datetime) -> str:
    """Return a sortable, unique run id."""
    return f"{now:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"


def plan_run(raw_root: Path, warehouse: Path) -> Plan:
    """Check the folders, clear what a crashed run left, read the ledger and batch the files.

    Raises:
        FileNotFoundError: the raw folder does not exist.
    """
    if not raw_root.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_root}")
    warehouse.mkdir(parents=True, exist_ok=True)
    store.remove_uncommitted(warehouse)
    known = store.read_column_pairs(warehouse, "inputs", "source_path", "raw_sha256")
    stored_ids = set(store.read_column_pairs(warehouse, "articles", "article_id", "run_id"))
    now = dt.datetime.now(dt.UTC)
    run_id = new_run_id(now)
    files = list_files(raw_root)
    slices = [piece for f in files for piece in _slices(raw_root, f)]
    staging = str(store.staging_dir(warehouse, run_id))
    jobs = [
        BatchJob(str(raw_root), batch, _known_for(known, [s.rel for s in batch]), run_id, now, staging, index)
        for index, batch in enumerate(_batches(slices))
    ]
    return Plan(run_id, now, raw_root, warehouse, jobs, stored_ids, sum(s.weight for s in slices))


def _slices(raw_root: Path, path: Path) -> list[Slice]:
    """A file as one slice, or a big JSON Lines file cut into parts of about BATCH_BYTES each.

    The parts' line ranges are found by the workers, which read the file anyway: planning reads no file.
    """
    rel, weight = str(path.relative_to(raw_root)), _weight(path)
    parts = -(-weight // BATCH_BYTES)
    if parts < 2 or inner_suffix(path) not in (".jsonl", ".ndjson"):
        return [Slice(rel, None, weight)]
    return [Slice(rel, (k, parts), weight // parts) for k in range(parts)]


def job_weight(job: BatchJob) -> int:
    """A batch's estimated raw size, for scheduling the largest first."""
    return sum(s.weight for s in job.files)


def _weight(path: Path) -> int:
    """Estimate a file's raw text size (gzip text expands about 4×)."""
    size = path.stat().st_size
    return size * 4 if path.suffix.lower() == ".gz" else size


def _batches(slices: list[Slice]) -> list[list[Slice]]:
    """Group consecutive slices into batches bounded by bytes and by count."""
    batches: list[list[Slice]] = [[]]
    total = 0
    for piece in slices:
        if batches[-1] and (total + piece.weight > BATCH_BYTES or len(batches[-1]) >= BATCH_FILES):
            batches.append([])
            total = 0
        batches[-1].append(piece)
        total += piece.weight
    return [b for b in batches if b]


def _known_for(known: dict[str, str], files: list[str]) -> dict[str, str]:
    """Return the ledger entries of the given files (`a.jsonl` and `a.jsonl#3` alike)."""
    wanted = set(files)
    return {path: sha for path, sha in known.items() if path.split("#", 1)[0] in wanted}


_workers: ProcessPoolExecutor | None = None
_workers_lock = threading.Lock()


def _pool() -> ProcessPoolExecutor:
    """One worker process per core, started by forkserver (forking a threaded server is unsafe).

    The fork server loads the gazetteer and cue lexicons once (`pipeline.warm`); workers inherit them.
    Batch tasks run in threads: the lock makes sure they share one pool (without it, four tasks
    starting together made four pools, eight workers on two cores).
    """
    global _workers
    with _workers_lock:
        if _workers is None:
            context = get_context("forkserver")
            context.set_forkserver_preload(["pipeline.warm", "pipeline.batch"])
            _workers = ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=context)
        return _workers


_prepared: dict[tuple[Path, Path], Plan] = {}
_started: dict[tuple[str, int], Future[BatchOutput]] = {}


def prepare(raw_root: Path, warehouse: Path) -> None:
    """Plan a big run and start its batches on the worker pool now, while Prefect's server starts.

    The flow's plan task then takes this plan (`take_plan`), and its batch tasks collect the batches
    already running (`run_batches`); a retried task runs its batches again. Small runs are not prepared.
    """
    if not raw_root.is_dir() or sum(_weight(f) for f in list_files(raw_root)) < INLINE_BYTES:
        return
    plan = plan_run(raw_root, warehouse)
    _prepared[(raw_root.resolve(), warehouse.resolve())] = plan
    for job in sorted(plan.jobs, key=job_weight, reverse=True):  # largest first, as `groups` shares them
        _started[(job.run_id, job.index)] = _pool().submit(process_batch, job)


def take_plan(raw_root: Path, warehouse: Path) -> Plan:
    """The plan `prepare` made for these folders, else a new one."""
    return _prepared.pop((raw_root.resolve(), warehouse.resolve()), None) or plan_run(raw_root, warehouse)


def run_batches(jobs: list[BatchJob], inline: bool) -> list[BatchOutput]:
    """Process several batches: all queued on the worker pool at once, results in order."""
    if inline:
        return [process_batch(job) for job in jobs]
    futures = [
        _started.pop((job.run_id, job.index)) if (job.run_id, job.index) in _started else _pool().submit(process_batch, job) for job in jobs
    ]
    return [f.result() for f in futures]


def groups(jobs: list[BatchJob], count: int) -> list[list[int]]:
    """Split batch indexes into `count` groups of about equal weight, largest batches first."""
    bins: list[list[int]] = [[] for _ in range(min(count, len(jobs)))]
    loads = [0] * len(bins)
    for index in sorted(range(len(jobs)), key=lambda i: -job_weight(jobs[i])):
        lightest = loads.index(min(loads))
        bins[lightest].append(index)
        loads[lightest] += job_weight(jobs[index])
    return bins


def shutdown_pool() -> None:
    """Stop the worker processes, if any were started."""
    _prepared.clear()
    _started.clear()
    global _workers
    with _workers_lock:
        workers, _workers = _workers, None
    if workers is not None:
        workers.shutdown(cancel_futures=True)  # batches a failed run never collected are dropped


def resolve(plan: Plan, outputs: list[BatchOutput], finished_flow_run_id: str | None) -> Outcome:
    """Decide article or duplicate for every candidate, in file order, and build the small tables."""
    duplicates: set[str] = set()
    inputs: list[dict[str, object]] = []
    seen = set(plan.stored_ids)
    for o in outputs:
        for path, sha, size, article_id in zip(o.paths, o.hashes, o.sizes, o.ids, strict=True):
            duplicate = article_id in seen
            seen.add(article_id)
            if duplicate:
                duplicates.add(path)
            inputs.append(_ledger_row(path, sha, size, "duplicate" if duplicate else "article", article_id, plan.run_id))
    rejects = [r for o in outputs for r in o.rejects]
    inputs += [_ledger_row(r.source_path, r.raw_sha256, r.size, "reject", None, plan.run_id) for r in rejects]
    tables = {
        "inputs": to_table("inputs", inputs),
        "rejects": to_table("rejects", [_reject_row(r, plan) for r in rejects]),
        "actors": to_table("actors", gazetteer().table_rows()),
    }
    run = Run(
        run_id=plan.run_id,
        started_at=plan.started_at,
        finished_at=dt.datetime.now(dt.UTC),
        inputs_seen=sum(o.seen for o in outputs),
        skipped=sum(o.skipped for o in outputs),
        articles=sum(len(o.paths) for o in outputs) - len(duplicates),
        duplicates=len(duplicates),
        rejects=len(rejects),
        statements=0,  # counted as the staged parts are written
        commitments=0,
        flow_run_id=finished_flow_run_id,
        raw_root=str(plan.raw_root.resolve()),
    )
    reasons: dict[str, int] = {}
    for r in rejects:
        reasons[r.reason] = reasons.get(r.reason, 0) + 1
    parts = {name: [o.parts[name] for o in outputs] for name in STAGED}
    return Outcome(tables, run, reasons, parts, duplicates)


def _ledger_row(source_path: str, sha: str, size: int, outcome: str, article_id: str | None, run_id: str) -> dict[str, object]:
    """Return one row of the inputs ledger."""
    return {"source_path": source_path, "raw_sha256": sha, "size": size, "outcome": outcome, "article_id": article_id, "run_id": run_id}


def _reject_row(r: Rejected, plan: Plan) -> dict[str, object]:
    """Return the rejects row of a reject."""
    return {
        "source_path": r.source_path,
        "raw_sha256": r.raw_sha256,
        "reason": r.reason,
        "detail": r.detail,
        "run_id": plan.run_id,
        "at": plan.started_at,
    }


def commit(plan: Plan, outcome: Outcome) -> None:
    """Write every table, then the runs row (which makes the run visible), then the catalog.

    Commitments are linked across articles (`cluster_id`) before they are written.
    """
    big = {name: parts for name, parts in outcome.parts.items() if name != "commitments"}
    with ThreadPoolExecutor(max_workers=len(big) or 1) as threads:  # Parquet I/O releases the GIL
        futures = {
            name: threads.submit(store.write_filtered, plan.warehouse, name, plan.run_id, parts, outcome.duplicates, SOURCE)
            for name, parts in big.items()
        }
        commitments = _linked_commitments(plan, outcome)
        counts = {name: future.result() for name, future in futures.items()} | {"commitments": commitments.num_rows}
    store.write_table(plan.warehouse, "commitments", commitments, plan.run_id)
    for name, table in outcome.tables.items():
        store.write_table(plan.warehouse, name, table, plan.run_id)
    outcome.run = outcome.run.model_copy(update={"statements": counts["statements"], "commitments": counts["commitments"]})
    store.write_table(plan.warehouse, "runs", to_table("runs", [outcome.run.model_dump()]), plan.run_id)
    store.write_catalog(plan.warehouse)
    store.clear_staging(plan.warehouse)


def _linked_commitments(plan: Plan, outcome: Outcome) -> pa.Table:
    """The run's commitments with their cluster ids, joining each other's and the stored ones' clusters."""
    new = store.read_filtered("commitments", outcome.parts["commitments"], outcome.duplicates, SOURCE)
    staged = [store.read_staged(p, columns=["article_id", "published_on"]) for p in outcome.parts["articles"]]
    dates = (
        dict(zip(*(pa.concat_tables(staged).column(c).to_pylist() for c in ("article_id", "published_on")), strict=True)) if staged else {}
    )
    columns = ["commitment_id", "article_id", "kind", "committer_countries", "action", "cluster_id"]
    stored = store.read_committed(plan.warehouse, "commitments", columns).to_pylist()
    stored_dates = store.read_column_pairs(plan.warehouse, "articles", "article_id", "published_on")
    members = [_member(row, dates) for row in new.select(columns).to_pylist()]
    ids = links.cluster_ids(members, [_member(row, stored_dates) for row in stored])
    return new.set_column(new.schema.get_field_index("cluster_id"), "cluster_id", pa.array(ids, pa.string()))


def _member(row: dict[str, Any], dates: dict[str, Any]) -> links.Member:
    """A commitment row as linking sees it."""
    return links.Member(
        row["commitment_id"], row["article_id"], row["kind"], tuple(sorted(row["committer_countries"])), row["action"],
        dates.get(row["article_id"]), row["cluster_id"],
    )  # fmt: skip


def summary(outcome: Outcome) -> str:
    """Say in a few lines what a run stored, rejected and skipped."""
    run = outcome.run
    lines = [
        f"run {run.run_id}: {run.inputs_seen} inputs seen in {run.raw_root}",
        f"  stored {run.articles} new articles, {run.duplicates} duplicates, {run.rejects} rejects, "
        f"{run.skipped} skipped (already in the ledger)",
    ]
    if run.articles == 0 and run.duplicates == 0 and run.rejects == 0:
        lines.append("  nothing new to store")
    lines += [f"  reject {reason}: {count}" for reason, count in sorted(outcome.reject_reasons.items())]
    return "\n".join(lines)
