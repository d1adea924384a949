"""The compiled build (`scripts/compile_native.py`, run by `make`): used only while current, same rows as Python."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import NATIVE
from tests.helpers import GOLD_DEV3, REPO

needs_build = pytest.mark.skipif(not (NATIVE / "manifest.json").is_file(), reason="needs build/native: run `make native`")

EXTRACT = """
import datetime as dt, json, sys
from pathlib import Path
import pipeline
from pipeline.actors import gazetteer
from pipeline.article import process_article
from pipeline.batch import BatchJob, to_article
from pipeline.ingest import read_inputs
job = BatchJob("", [], {}, "run", dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), "", 0)
rows = []
for path in sys.argv[1:]:
    for item in read_inputs(Path(path), Path(path).name, None):
        article = to_article(item, job)
        found = process_article(article, gazetteer())
        rows.append([article.model_dump(mode="json"), found.actor_mentions, found.statements, found.commitments])
print(json.dumps({"compiled": pipeline.COMPILED, "rows": rows}, ensure_ascii=False, default=str, sort_keys=True))
"""


def _extract(files: list[Path], **env: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", EXTRACT, *map(str, files)], capture_output=True, text=True, check=True, env={**os.environ, **env}
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@needs_build
def test_the_compiled_build_extracts_exactly_what_python_extracts() -> None:
    files = sorted((REPO / "raw").glob("*.txt")) + sorted((GOLD_DEV3 / "raw").glob("*.txt"))[:20]
    compiled = _extract(files)
    python = _extract(files, PIPELINE_PURE_PYTHON="1")
    assert compiled["compiled"] is True and python["compiled"] is False
    assert sum(len(r[2]) for r in python["rows"]) > 50  # type: ignore[attr-defined]  # statements to compare
    assert compiled["rows"] == python["rows"]


@needs_build
def test_a_build_made_from_other_sources_is_not_used(tmp_path: Path) -> None:
    shutil.copytree(REPO / "src" / "pipeline", tmp_path / "src" / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(NATIVE, tmp_path / "build" / "native")
    probe = "import pipeline, pipeline.syntax as s; print(pipeline.COMPILED, s.__file__)"

    def where() -> list[str]:
        env = {**os.environ, "PYTHONPATH": str(tmp_path / "src")}
        return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env).stdout.split()

    assert where() == ["True", str(tmp_path / "build" / "native" / "pipeline" / Path(where()[1]).name)]
    with (tmp_path / "src" / "pipeline" / "chains.py").open("a") as f:
        f.write("# edited after the build\n")
    assert where() == ["False", str(tmp_path / "src" / "pipeline" / "syntax.py")]
