"""Store: Parquet datasets under the warehouse folder and the DuckDB catalog over them.

Layout: `<warehouse>/<table>/<run_id>.parquet`, one file per table per run, each written to a
hidden temporary name and renamed into place. A run is visible once `runs/<run_id>.parquet`
exists: the views filter every table by committed runs, and files of runs that never committed
are removed by the next run. `actors` is reference data, replaced whole (`actors/actors.parquet`).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.feather as feather
import pyarrow.parquet as pq

from pipeline.models import SCHEMAS, TABLES

CATALOG = "warehouse.duckdb"
REFERENCE_TABLES = ("actors",)
RUN_TABLES = tuple(name for name in TABLES if name not in REFERENCE_TABLES)
# Tables without their own run_id are visible through the committed articles they belong to.
_VISIBILITY = {
    "articles": "run_id IN (SELECT run_id FROM runs)",
    "inputs": "run_id IN (SELECT run_id FROM runs)",
    "rejects": "run_id IN (SELECT run_id FROM runs)",
    "statements": "article_id IN (SELECT article_id FROM articles)",
    "commitments": "article_id IN (SELECT article_id FROM articles)",
    "actor_mentions": "article_id IN (SELECT article_id FROM articles)",
}


class WarehouseError(RuntimeError):
    """The warehouse cannot be read as asked."""


def read_filtered(name: str, parts: list[str], dropped: set[str], source: str) -> pa.Table:
    """Read staged parts whole, leaving out rows whose `source` is in `dropped` (for small tables)."""
    tables = [_without(read_staged(part), dropped, source).cast(SCHEMAS[name]) for part in parts]
    return pa.concat_tables(tables) if tables else SCHEMAS[name].empty_table()


def write_filtered(root: Path, name: str, run_id: str, parts: list[str], dropped: set[str], source: str) -> int:
    """Stream staged parts into a table's file for the run, leaving out rows whose `source` is in `dropped`.

    One part is in memory at a time; the file is written under a temporary name and renamed.

    Returns:
        The number of rows written.
    """
    written = 0
    with _atomic(table_path(root, name, run_id)) as tmp, pq.ParquetWriter(tmp, SCHEMAS[name], compression="zstd") as writer:
        for part in parts:
            table = _without(read_staged(part), dropped, source)
            writer.write_table(table.cast(SCHEMAS[name]))
            written += table.num_rows
    return written


def _without(table: pa.Table, dropped: set[str], source: str) -> pa.Table:
    """A staged part without the rows of dropped sources, and without the source column.

    The dropped set (duplicates) is small and most parts hold none of it: far cheaper than testing every row
    against the set of kept sources, whose hash table is rebuilt for every part.
    """
    column = table.column(source)
    if dropped and (here := [s for s in pc.unique(column).to_pylist() if s in dropped]):
        table = table.filter(pc.invert(pc.is_in(column, value_set=pa.array(here, pa.string()))))
    return table.drop_columns([source])


def write_staged(table: pa.Table, path: Path) -> None:
    """Write a staged part as an uncompressed Arrow IPC file.

    A part lives only until the commit. For 5,000 bodies, it is written in 0.037 s instead of Parquet's
    0.078 s, and read in 0.002 s instead of 0.151 s.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    feather.write_feather(table, path, compression="uncompressed")


def read_staged(path: str, columns: list[str] | None = None) -> pa.Table:
    """Read a staged part (memory-mapped)."""
    return feather.read_table(path, columns=columns, memory_map=True)


def staging_dir(root: Path, run_id: str) -> Path:
    """Where a run's workers stage their parts (hidden: no view reads it)."""
    return root / ".staging" / run_id


def clear_staging(root: Path) -> None:
    """Remove every staged part (of this run after commit, or of crashed runs)."""
    shutil.rmtree(root / ".staging", ignore_errors=True)


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a hidden temporary name, fsync it, then rename it into place."""
    with _atomic(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """Yield a hidden temporary name beside `path`; once written, fsync it and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex}.tmp"
    try:
        yield tmp
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def table_path(root: Path, name: str, run_id: str) -> Path:
    """Return the file a run writes for a table."""
    return root / name / (f"{name}.parquet" if name in REFERENCE_TABLES else f"{run_id}.parquet")


def write_table(root: Path, name: str, table: pa.Table, run_id: str) -> Path:
    """Write one table of one run, checked against its declared schema."""
    if not table.schema.equals(SCHEMAS[name]):
        raise ValueError(f"{name}: schema differs from the model:\n{table.schema}")
    path = table_path(root, name, run_id)
    write_atomic(table, path)
    return path


def committed_runs(root: Path) -> set[str]:
    """Return the ids of runs that committed (wrote their runs row)."""
    return {p.stem for p in (root / "runs").glob("*.parquet")}


def remove_uncommitted(root: Path) -> list[Path]:
    """Delete the files of runs that never committed, and stale temporary files."""
    committed = committed_runs(root)
    clear_staging(root)
    removed = []
    for name in RUN_TABLES:
        for path in (root / name).glob("*.parquet"):
            if path.stem not in committed:
                path.unlink()
                removed.append(path)
        for tmp in (root / name).glob(".*.tmp"):
            tmp.unlink()
    return removed


def read_committed(root: Path, name: str, columns: list[str]) -> pa.Table:
    """Read some columns of a table's committed files, in run order."""
    committed = committed_runs(root)
    tables = [pq.read_table(p, columns=columns) for p in sorted((root / name).glob("*.parquet")) if p.stem in committed]
    return pa.concat_tables(tables) if tables else pa.schema([SCHEMAS[name].field(c) for c in columns]).empty_table()


def read_column_pairs(root: Path, name: str, key: str, value: str) -> dict[str, str]:
    """Read two string columns of a table's committed files into a dict (later runs win)."""
    table = read_committed(root, name, [key, value])
    return dict(zip(table.column(key).to_pylist(), table.column(value).to_pylist(), strict=True))


def view_statements(root: Path) -> list[str]:
    """Return the SQL that defines one view per table over the Parquet files under `root`."""
    statements = []
    for name in ("runs", *(n for n in TABLES if n != "runs")):
        pattern = str((root / name).resolve() / "*.parquet").replace("'", "''")
        source = f"SELECT * FROM read_parquet('{pattern}', union_by_name = true)"
        where = f" WHERE {_VISIBILITY[name]}" if name in _VISIBILITY else ""
        statements.append(f"CREATE OR REPLACE VIEW {name} AS {source}{where}")
    return statements


def write_catalog(root: Path) -> Path:
    """(Re)build `warehouse.duckdb` with its views, atomically, so readers never see it half made."""
    path = root / CATALOG
    tmp = root / f".{CATALOG}.{uuid.uuid4().hex}.tmp"
    try:
        with duckdb.connect(str(tmp)) as con:
            for sql in view_statements(root):
                con.execute(sql)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
    return path


def connect(root: Path) -> duckdb.DuckDBPyConnection:
    """Open an in-memory DuckDB with the warehouse views, wherever the folder now lives."""
    if not committed_runs(root):
        raise WarehouseError(f"no completed run in {root}: run `pipeline run` first")
    con = duckdb.connect()
    for sql in view_statements(root):
        con.execute(sql)
    return con
