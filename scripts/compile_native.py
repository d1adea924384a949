"""Compile the extraction's hot modules to C extensions with mypyc (part of mypy), into build/native.

The same code, type-checked and compiled: 3,000 corpus articles extract in about 0.7 of the time and
clean in about 0.9, with identical rows. `pipeline/__init__.py` puts the build in front of the sources only
while it was built from exactly the sources beside it (the manifest holds their hashes), so an edited
module runs as Python until the next build. `make` runs this before `run`, `test` and `bench`; it does
nothing when the build is current. Without a C compiler it says so in one line and the package stays Python.

    .venv/bin/python scripts/compile_native.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from pipeline import NATIVE, source_digests  # noqa: E402  # the package says where its build goes and how it is checked

# Compiled: the stages run on every article. Left as Python: modules that load data by their own path
# (lexicon, quality), hold Pydantic models (models), run once per run or use Prefect (run, store, cli, batch),
# or that a test patches (dates).
MODULES = (
    "text",
    "segment",
    "cues",
    "actors",
    "syntax",
    "chains",
    "slots",
    "document",
    "statements",
    "commitment_cues",
    "commitment_checks",
    "commitments",
    "links",
    "article",
    "clean",
)


def main() -> int:
    """Build into build/native unless the build there is current; print one line saying what happened."""
    digests = source_digests()
    manifest = NATIVE / "manifest.json"
    if manifest.is_file() and json.loads(manifest.read_text()).get("sources") == digests:
        print(f"compile_native: {NATIVE.relative_to(REPO)} is current")
        return 0
    work = NATIVE.with_name("native-src")
    log = work / "build.log"
    failed = work / "failed.json"  # the sources mypyc failed on: not tried again until they change
    if failed.is_file() and json.loads(failed.read_text()) == digests:
        print(f"compile_native: mypyc failed on these sources before (see {log.relative_to(REPO)}); plain Python", file=sys.stderr)
        return 0
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(REPO / "src" / "pipeline", work / "pipeline", ignore=shutil.ignore_patterns("__pycache__", "*.so", "lexicons"))
    command = [sys.executable, "-m", "mypyc", "--ignore-missing-imports", *(f"pipeline/{m}.py" for m in MODULES)]
    with log.open("w") as out:
        done = subprocess.run(command, cwd=work, stdout=out, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        shutil.rmtree(NATIVE, ignore_errors=True)
        failed.write_text(json.dumps(digests))
        print(f"compile_native: mypyc failed (see {log.relative_to(REPO)}); the package runs as plain Python", file=sys.stderr)
        return 0
    fresh = NATIVE.with_name("native.new")
    shutil.rmtree(fresh, ignore_errors=True)
    (fresh / "pipeline").mkdir(parents=True)
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    for module in MODULES:
        shutil.move(work / "pipeline" / f"{module}{suffix}", fresh / "pipeline")
    for shared in work.glob(f"*__mypyc{suffix}"):  # the modules' common runtime, imported by its top-level name
        shutil.move(shared, fresh)
    (fresh / "manifest.json").write_text(json.dumps({"modules": list(MODULES), "sources": digests}, indent=1))
    shutil.rmtree(NATIVE, ignore_errors=True)
    fresh.rename(NATIVE)
    print(f"compile_native: compiled {len(MODULES)} modules into {NATIVE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
