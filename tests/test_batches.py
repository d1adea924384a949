"""Big JSON Lines files are cut into line ranges so that workers share them evenly; nothing is lost."""

from __future__ import annotations

import gc
import gzip
import json
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from pipeline import run, store
from pipeline.cli import run_flow
from pipeline.ingest import read_inputs
from tests.helpers import SAMPLE_000, SAMPLE_002, corpus_records, sample_text


def test_a_big_jsonl_file_is_cut_into_contiguous_line_ranges_covering_every_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{"text": f"{sample_text()}\n\n{n}"} for n in range(50)]
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()))
    monkeypatch.setattr(run, "BATCH_BYTES", path.stat().st_size)  # the file weighs 4x its gzip size: 4 slices
    slices = run._slices(tmp_path, path)
    assert [s.part for s in slices] == [(0, 4), (1, 4), (2, 4), (3, 4)]
    whole = [i.source_path for i in read_inputs(path, "feed.jsonl.gz")]
    pieces = [[i.source_path for i in read_inputs(path, "feed.jsonl.gz", s.part)] for s in slices]
    assert [len(p) for p in pieces] == [13, 13, 13, 11]
    assert [p for piece in pieces for p in piece] == whole == [f"feed.jsonl.gz#{n}" for n in range(1, 51)]


def test_an_unreadable_big_file_is_one_reject_however_many_parts_it_has(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(b"\x1f\x8b" + b"not gzip at all " * 400)
    monkeypatch.setattr(run, "BATCH_BYTES", path.stat().st_size)
    slices = run._slices(tmp_path, path)
    assert len(slices) == 4
    found = [i for s in slices for i in read_inputs(path, "feed.jsonl.gz", s.part)]
    assert [(type(i).__name__, i.source_path) for i in found] == [("Rejected", "feed.jsonl.gz")]


def test_small_files_are_one_slice_each(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(corpus_records(1)[0]["text"] if corpus_records(1) else "نص", encoding="utf-8")
    assert [s.part for s in run._slices(tmp_path, tmp_path / "a.txt")] == [None]


def test_a_big_run_is_prepared_before_prefect_and_stores_what_a_small_run_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for sample in (SAMPLE_000, SAMPLE_002):
        shutil.copy(sample, raw)
    run_flow(raw, tmp_path / "inline")  # under INLINE_BYTES: one process, nothing prepared
    monkeypatch.setattr(run, "INLINE_BYTES", 0)  # the same files as a big run: planned and started before Prefect
    run_flow(raw, tmp_path / "prepared")
    assert not run._started and not run._prepared  # every prepared batch was collected by the flow
    counts = (
        "select (select count(*) from articles), (select count(*) from statements), "
        "(select list(commitment_id order by 1) from commitments)"
    )
    results = []
    for name in ("inline", "prepared"):
        with store.connect(tmp_path / name) as con:
            results.append(con.execute(counts).fetchall())
    assert results[0] == results[1]
    assert results[0][0][0] == 2 and len(results[0][0][2]) >= 10


def test_batch_tasks_starting_together_share_one_worker_pool() -> None:
    start = threading.Barrier(run.TASK_GROUPS)

    def pool_of_a_task(_: int) -> int:
        start.wait()  # every task thread asks for the pool at the same moment
        return id(run._pool())

    try:
        with ThreadPoolExecutor(run.TASK_GROUPS) as tasks:
            assert len(set(tasks.map(pool_of_a_task, range(run.TASK_GROUPS)))) == 1
    finally:
        run.shutdown_pool()
    assert run._workers is None


def test_workers_start_with_the_lexicons_frozen_out_of_garbage_collection() -> None:
    try:
        assert run._pool().submit(gc.get_freeze_count).result() > 10_000  # the gazetteer and cue lexicons
        assert run._pool().submit(gc.get_threshold).result()[0] == 10_000
    finally:
        run.shutdown_pool()
