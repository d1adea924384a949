"""Process-wide settings: where Prefect keeps its state, and how quiet it is.

Must run before `prefect` is imported: Prefect reads its settings at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

PREFECT_DEFAULTS = {
    # The telemetry lookup fails offline and logs errors.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # First start migrates the database: 20-27 s on 2 cores, longer than the 20 s default.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
}


def configure_prefect(home: Path | None = None) -> None:
    """Point Prefect at a project-local home (`./.prefect` by default) and quiet it, unless set."""
    os.environ.setdefault("PREFECT_HOME", str((home or Path.cwd() / ".prefect").resolve()))
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
