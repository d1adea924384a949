"""The real flow over the gold sets' raw files, scored through DuckDB against the gold (SPEC §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import quality
from pipeline.cli import run_flow
from tests.helpers import GOLD_DEV, GOLD_DEV2, GOLD_DEV3, SAMPLES

SETS = {"dev": (GOLD_DEV, SAMPLES), "dev2": (GOLD_DEV2, GOLD_DEV2 / "raw"), "dev3": (GOLD_DEV3, GOLD_DEV3 / "raw")}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict[str, object]]:
    gold, raw = SETS[request.param]
    return request.param, quality.evaluate(Path(gold), Path(raw), run_flow)


def test_gold_figures_meet_their_pinned_floors(scored: tuple[str, dict[str, object]]) -> None:
    name, figures = scored
    floors = quality.load_floors(name)
    assert floors, f"no floors pinned for {name}"
    assert quality.below_floors(figures, floors) == {}, figures["misses"]


def test_every_gold_article_is_stored(scored: tuple[str, dict[str, object]]) -> None:
    _, figures = scored
    assert not [m for m in figures["misses"] if "no article stored" in str(m)]  # type: ignore[union-attr]


def test_dev_metadata_is_exact() -> None:
    figures = quality.score(quality.load_gold(GOLD_DEV), {}, SAMPLES)
    assert figures["published_on"] == 0.0  # sanity: the scorer fails an empty run
