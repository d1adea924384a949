"""The ingest flow: wires `pipeline.run` into Prefect tasks. No logic lives here."""

from __future__ import annotations

import sys
from pathlib import Path

from prefect import flow, get_run_logger, runtime, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote
from rich.progress import Progress

from pipeline import run as steps
from pipeline.batch import BatchJob, BatchOutput


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def plan(raw: str, warehouse: str) -> steps.Plan:
    """List and batch the inputs, read the ledger (or take the plan made before Prefect started)."""
    return steps.take_plan(Path(raw), Path(warehouse))


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE, task_run_name="batches-{group}")
def ingest_batches(jobs: list[BatchJob], group: int, inline: bool) -> list[BatchOutput]:
    """Read, decode, clean and extract a group of batches (in worker processes for big runs)."""
    return steps.run_batches(jobs, inline)


@task(retries=3, retry_delay_seconds=1, cache_policy=NO_CACHE)
def commit(the_plan: steps.Plan, outcome: steps.Outcome) -> None:
    """Write the tables, then the runs row, then the DuckDB catalog."""
    steps.commit(the_plan, outcome)


@flow(name="ingest", task_runner=ThreadPoolTaskRunner(max_workers=steps.TASK_GROUPS), log_prints=False)  # type: ignore[arg-type]  # Prefect's generic runner type
def ingest(raw: str = "raw", warehouse: str = "warehouse") -> str:
    """Turn every new input under `raw` into articles, duplicates or rejects in `warehouse`."""
    logger = get_run_logger()
    the_plan = plan(raw, warehouse)
    inline = the_plan.raw_bytes < steps.INLINE_BYTES
    futures = {}
    for n, indexes in enumerate(steps.groups(the_plan.jobs, steps.TASK_GROUPS)):
        jobs = [the_plan.jobs[i] for i in indexes]
        future = ingest_batches.submit(quote(jobs), n, inline)  # type: ignore[call-overload]  # Prefect unwraps quote()
        futures[future] = indexes
    outputs: list[BatchOutput | None] = [None] * len(the_plan.jobs)
    with Progress(disable=not sys.stderr.isatty(), transient=True) as progress:
        bar = progress.add_task("ingest", total=len(the_plan.jobs))
        for future in as_completed(list(futures)):
            for index, output in zip(futures[future], future.result(), strict=True):
                outputs[index] = output
            progress.advance(bar, len(futures[future]))
    steps.shutdown_pool()
    outcome = steps.resolve(the_plan, [o for o in outputs if o is not None], str(runtime.flow_run.id))
    commit(quote(the_plan), quote(outcome))  # type: ignore[call-overload]  # Prefect unwraps quote()
    text = steps.summary(outcome)
    logger.info(text)
    return text
