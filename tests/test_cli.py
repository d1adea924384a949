"""The `pipeline` command as a user runs it: a real subprocess, real output, one-line errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, SAMPLES

PIPELINE = [sys.executable, "-m", "pipeline.cli"]


def _run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*PIPELINE, *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False)


def test_run_then_query_prints_a_table(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    ran = _run("run", "--raw", str(raw), "--warehouse", str(tmp_path / "wh"))
    assert ran.returncode == 0, ran.stderr
    assert "stored 2 new articles" in ran.stdout
    query = _run("query", "select outlet, count(*) from articles group by 1 order by 2 desc", "--warehouse", str(tmp_path / "wh"))
    assert query.returncode == 0, query.stderr
    assert "ألترا عراق" in query.stdout and "السيمر" in query.stdout and "count_star()" in query.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "--raw", "/nonexistent/raw"], "raw folder not found"),
        (["query", "select 1", "--warehouse", "/nonexistent/wh"], "no completed run"),
        (["eval", "--gold", "/nonexistent/gold"], "gold folder not found"),
    ],
)
def test_user_errors_are_one_line_without_traceback(args: list[str], message: str) -> None:
    result = _run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_bad_sql_is_one_line(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    from pipeline.cli import run_flow

    run_flow(raw, tmp_path / "wh")
    result = _run("query", "select nope from articles", "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert "nope" in result.stderr


@pytest.mark.parametrize("command", ["run", "query", "eval", "serve"])
def test_every_command_has_help(command: str) -> None:
    result = _run(command, "--help")
    assert result.returncode == 0 and "usage: pipeline" in result.stdout


def test_serve_without_a_server_says_what_to_do() -> None:
    result = subprocess.run(
        [*PIPELINE, "serve", "--interval", "60"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={k: v for k, v in __import__("os").environ.items() if k != "PREFECT_API_URL"},
    )
    assert result.returncode == 2 and "prefect server start" in result.stderr
