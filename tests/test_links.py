"""Cross-article links: two outlets' reports of one communiqué share cluster ids, across runs too."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from pipeline import store
from pipeline.cli import run_flow
from pipeline.links import Member, cluster_ids, stems
from tests.helpers import SAMPLE_000, SAMPLE_002

DAY = dt.date(2023, 8, 9)


def _member(cid: str, article: str, action: str, kind: str = "pledge", countries: tuple[str, ...] = ("IRQ",), on: dt.date = DAY) -> Member:
    return Member(cid, article, kind, countries, action, on)


def test_stems_meet_across_two_translations_of_one_action() -> None:
    a = stems("حماية أفراد ومستشارين الولايات المتحدة والتحالف الدولي والقوافل والمنشآت الدبلوماسية")
    b = stems("حماية الأفراد والمستشارين الأمريكيين والتحالف الدولي والقوافل والمنشآت الدبلوماسية")
    assert len(a & b) / len(a | b) >= 0.7


def test_same_kind_states_and_course_in_two_articles_share_a_cluster() -> None:
    new = [
        _member("a1", "A", "حماية أفراد ومستشارين الولايات المتحدة والتحالف الدولي والقوافل"),
        _member("b1", "B", "حماية الأفراد والمستشارين الأمريكيين والتحالف الدولي والقوافل"),
        _member("b2", "B", "حماية الأفراد والمستشارين الأمريكيين والتحالف الدولي والقوافل", kind="intent"),  # another kind
        _member("c1", "C", "حماية الأفراد والمستشارين الأمريكيين والتحالف الدولي", countries=("IRQ", "USA")),  # other states
        _member("d1", "D", "حماية الأفراد والمستشارين الأمريكيين والتحالف الدولي", on=DAY + dt.timedelta(days=40)),  # too late
        _member("a2", "A", "حماية الأفراد والمستشارين الأمريكيين والتحالف الدولي والقوافل"),  # A again: joins through B
        _member("e1", "E", "حماية الأفراد"),  # too little in common
    ]
    assert cluster_ids(new, []) == ["a1", "a1", "b2", "c1", "d1", "a1", "e1"]
    assert cluster_ids(
        [_member("a3", "A", "حماية أفراد ومستشارين الولايات المتحدة")], [_member("x", "A", "حماية أفراد ومستشارين الولايات المتحدة")]
    ) == ["a3"]


def test_a_later_run_joins_a_stored_cluster_without_rewriting_it(tmp_path: Path) -> None:
    raw, warehouse = tmp_path / "raw", tmp_path / "warehouse"
    raw.mkdir()
    shutil.copy(SAMPLE_000, raw)
    run_flow(raw, warehouse)
    shutil.copy(SAMPLE_002, raw)
    run_flow(raw, warehouse)
    with store.connect(warehouse) as con:
        shared = con.execute(
            """select count(distinct cluster_id) from commitments c join articles a using (article_id)
               group by cluster_id having count(distinct a.source_path) = 2"""
        ).fetchall()
        runs = con.execute("select count(distinct a.run_id) from commitments c join articles a using (article_id)").fetchall()
    assert len(shared) == 3  # the three commitments the gold links (protection, consultation, committee)
    assert runs == [(2,)]
