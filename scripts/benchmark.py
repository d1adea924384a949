"""Benchmark: the ingest flow over the whole corpus (../shared/corpus), read in place.

Reports articles/s, peak RSS (the run's process plus its worker processes) and the share of wall time
that Prefect adds: the same steps are run through the flow and once as plain functions. Each flow run
is `pipeline run` in a new process, as a user runs it (an in-process rerun would find Prefect's server
already started), `--repeat` times into new warehouses; the median counts, as this machine's speed varies.

    .venv/bin/python scripts/benchmark.py [--corpus DIR] [--limit-files N] [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

import pipeline
from pipeline import run as steps
from pipeline import store
from pipeline.batch import BatchOutput

REPO = Path(__file__).resolve().parents[1]


class PeakRss:
    """Sample the memory of this process and its descendants until stopped; keep the peaks.

    `peak` sums every process's RSS (as the figures before 2026-12-06 did: pages the fork server shares
    with its workers count once per process, and this harness counts too); `peak_pss` sums the proportional
    set sizes of the run's processes alone, so a shared page counts once: the memory the run really takes.
    """

    def __init__(self, every: float = 0.1) -> None:
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(every,), daemon=True)

    def _sample(self, every: float) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            try:
                children = me.children(recursive=True)
                total = me.memory_info().rss + sum(c.memory_info().rss for c in children)
                pss = sum(c.memory_full_info().pss for c in children)
            except psutil.Error:
                continue
            self.peak = max(self.peak, total)
            self.peak_pss = max(self.peak_pss, pss)
            time.sleep(every)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def link_corpus(corpus: Path, raw: Path, limit: int | None) -> int:
    """Symlink the corpus shards into a raw folder (never copied); return their count."""
    shards = sorted(corpus.glob("*.jsonl.gz"))[:limit]
    for shard in shards:
        (raw / shard.name).symlink_to(shard.resolve())
    return len(shards)


def plain_run(raw: Path, warehouse: Path) -> dict[str, float]:
    """The flow's steps without Prefect: same batches, same process pool, same writes.

    Returns:
        CPU seconds per stage, summed over the workers.
    """
    plan = steps.plan_run(raw, warehouse)
    inline = plan.raw_bytes < steps.INLINE_BYTES
    groups = steps.groups(plan.jobs, steps.TASK_GROUPS)
    outputs: list[BatchOutput | None] = [None] * len(plan.jobs)
    with ThreadPoolExecutor(max_workers=len(groups) or 1) as threads:  # as the flow's task runner does
        done = threads.map(lambda indexes: steps.run_batches([plan.jobs[i] for i in indexes], inline), groups)
        for indexes, results in zip(groups, done, strict=True):
            for index, output in zip(indexes, results, strict=True):
                outputs[index] = output
    steps.shutdown_pool()
    finished = [o for o in outputs if o is not None]
    steps.commit(plan, steps.resolve(plan, finished, None))
    return {stage: sum(o.seconds.get(stage, 0.0) for o in finished) for stage in finished[0].seconds} if finished else {}


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--limit-files", type=int, default=None, help="only the first N shards")
    parser.add_argument("--repeat", type=int, default=3, help="flow runs; the median is reported")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"benchmark: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        shards = link_corpus(args.corpus, raw, args.limit_files)
        runs: list[float] = []
        peaks: list[int] = []
        pss_peaks: list[int] = []
        for n in range(max(1, args.repeat)):
            with PeakRss() as rss:
                start = time.perf_counter()
                command = [sys.executable, "-m", "pipeline.cli", "run", "--raw", str(raw), "--warehouse", str(Path(tmp) / f"flow{n}")]
                summary = subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()
                runs.append(time.perf_counter() - start)
            peaks.append(rss.peak)
            pss_peaks.append(rss.peak_pss)
        flow_seconds = statistics.median(runs)
        start = time.perf_counter()
        stages = plain_run(raw, Path(tmp) / "plain")
        plain_seconds = time.perf_counter() - start
        with store.connect(Path(tmp) / "flow0") as con:
            seen, articles, duplicates, rejects = con.execute("select inputs_seen, articles, duplicates, rejects from runs").fetchone()  # type: ignore[misc]
    figures = {
        "compiled": pipeline.COMPILED,  # the mypyc build (make native) in use, or plain Python
        "shards": shards,
        "inputs": seen,
        "articles": articles,
        "duplicates": duplicates,
        "rejects": rejects,
        "ledger_balanced": seen == articles + duplicates + rejects,
        "flow_seconds": round(flow_seconds, 1),
        "flow_seconds_runs": [round(s, 1) for s in runs],
        "inputs_per_second": round(seen / flow_seconds),
        "peak_rss_mb": round(max(peaks) / 2**20),
        "peak_rss_mb_runs": [round(p / 2**20) for p in peaks],
        "peak_pss_mb": round(max(pss_peaks) / 2**20),
        "plain_seconds": round(plain_seconds, 1),
        "prefect_overhead_seconds": round(flow_seconds - plain_seconds, 1),
        "prefect_overhead_share": round((flow_seconds - plain_seconds) / flow_seconds, 3),
        **{f"cpu_seconds_{stage}": round(value, 1) for stage, value in stages.items()},
    }
    print(summary, file=sys.stderr)
    print(json.dumps(figures, indent=2) if args.json else "\n".join(f"{k:<26} {v}" for k, v in figures.items()))
    return 0 if figures["ledger_balanced"] else 1


if __name__ == "__main__":
    sys.exit(main())
