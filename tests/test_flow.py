"""The real flow end to end: Parquet written, DuckDB views over it, the ledger complete."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import store
from pipeline.cli import run_flow
from pipeline.models import SCHEMAS
from tests.conftest import FlowRun, folder_digest


def _sql(run: FlowRun, sql: str) -> list[tuple[object, ...]]:
    with store.connect(run.warehouse) as con:
        return con.sql(sql).fetchall()


def test_every_input_ends_as_article_duplicate_or_reject(flow_run: FlowRun) -> None:
    ((seen, articles, duplicates, rejects),) = _sql(flow_run, "select inputs_seen, articles, duplicates, rejects from runs")
    assert seen == articles + duplicates + rejects
    outcomes = dict(_sql(flow_run, "select outcome, count(*) from inputs group by 1"))
    assert outcomes == {"article": articles, "duplicate": duplicates, "reject": rejects}
    assert seen == 17


def test_each_reject_reason_is_recorded_with_a_detail(flow_run: FlowRun) -> None:
    rows = dict(_sql(flow_run, "select source_path, reason from rejects"))
    assert rows == {
        "mojibake.txt": "mojibake",
        "noise.txt": "undecodable",
        "scan.pdf": "unsupported_type",
        "empty.txt": "empty",
        "furniture-only.txt": "empty",
        "broken.jsonl.gz": "bad_gzip",
        "feed.jsonl.gz#2": "bad_json",
        "feed.jsonl.gz#3": "no_text",
        "feed.jsonl.gz#4": "bad_metadata",
    }
    assert not _sql(flow_run, "select * from rejects where detail is null or length(detail) < 10")


def test_duplicates_point_to_the_stored_article(flow_run: FlowRun) -> None:
    rows = dict(
        _sql(flow_run, "select i.source_path, a.source_path from inputs i join articles a using (article_id) where outcome = 'duplicate'")
    )
    assert rows == {
        "sample-bom.txt": "000_7f19207b78a2acc9.txt",
        "sample-utf16.txt": "002_6ca39d9e9a070d2d.txt",
        "legacy-iso8859-6.txt": "legacy-cp1256.txt",
    }
    # A duplicate's staged rows are left out: one row per article, none from a duplicate's source.
    duplicated = "select source_path from inputs where outcome = 'duplicate'"
    assert _sql(flow_run, f"select count(*) from articles where source_path in ({duplicated})") == [(0,)]
    assert _sql(flow_run, "select count(*) = count(distinct article_id) from articles") == [(True,)]
    assert _sql(flow_run, "select count(*) = count(distinct statement_id) from statements") == [(True,)]


def test_json_and_html_metadata_override_what_is_inferred(flow_run: FlowRun) -> None:
    rows = {r[0]: r[1:] for r in _sql(flow_run, "select source_path, outlet, cast(published_on as varchar), headline from articles")}
    assert rows["feed.jsonl.gz#1"][:2] == ("الشرق الأوسط", "2023-04-07")
    assert rows["page.html"] == ("الصباح", "2023-08-09", "العراق وأمريكا يختتمان الحوار الأمني")


def test_html_body_keeps_the_article_and_drops_the_page(flow_run: FlowRun) -> None:
    ((body,),) = _sql(flow_run, "select body from articles where source_path = 'page.html'")
    assert "التزامها بحماية أفراد" in body and "ملتزمان بتشكيل لجنة" in body
    assert "جميع الحقوق" not in body and "الرئيسية" not in body


def test_parquet_files_carry_the_model_schemas(flow_run: FlowRun) -> None:
    for name, schema in SCHEMAS.items():
        files = list((flow_run.warehouse / name).glob("*.parquet"))
        assert files, name
        assert pq.read_schema(files[0]).remove_metadata().equals(schema), name


def test_the_duckdb_file_has_a_view_per_table(flow_run: FlowRun) -> None:
    with duckdb.connect(str(flow_run.warehouse / store.CATALOG), read_only=True) as con:
        views = {r[0] for r in con.sql("select view_name from duckdb_views() where not internal").fetchall()}
        assert views == set(SCHEMAS)
        assert con.sql("select count(*) from articles").fetchall() == [(5,)]


def test_raw_folder_is_never_modified(flow_run: FlowRun) -> None:
    assert folder_digest(flow_run.raw) == flow_run.raw_digest_before


def test_article_ids_are_unique_and_bodies_clean(flow_run: FlowRun) -> None:
    assert _sql(flow_run, "select count(*) = count(distinct article_id) from articles") == [(True,)]
    assert not _sql(flow_run, "select source_path from articles where body like '%\u00a0%' or body like '%  %' or body = ''")


def test_a_second_run_stores_nothing_new_and_says_so(flow_run: FlowRun) -> None:
    summary = run_flow(flow_run.raw, flow_run.warehouse)
    assert "nothing new to store" in summary
    runs = _sql(flow_run, "select articles, duplicates, rejects, skipped, inputs_seen from runs order by started_at")
    assert len(runs) == 2
    assert runs[1] == (0, 0, 0, runs[0][4], runs[0][4])
    assert _sql(flow_run, "select count(*) from articles") == [(5,)]


def test_files_of_an_uncommitted_run_are_invisible_and_cleared(flow_run: FlowRun) -> None:
    ghost_id = "20990101T000000Z-dead00"
    table = max((pq.read_table(p) for p in (flow_run.warehouse / "articles").glob("*.parquet")), key=len)
    column = table.schema.get_field_index("run_id")
    table = table.set_column(column, SCHEMAS["articles"].field("run_id"), pa.array([ghost_id] * len(table), pa.string()))
    ghost = store.write_table(flow_run.warehouse, "articles", table, ghost_id)
    assert _sql(flow_run, "select count(*) from articles") == [(5,)]
    assert ghost in store.remove_uncommitted(flow_run.warehouse)
    assert not ghost.exists()


def test_actor_mention_offsets_point_into_the_body(flow_run: FlowRun) -> None:
    rows = _sql(
        flow_run,
        """select count(*), count(*) filter (where substr(a.body, m.char_start + 1, m.char_end - m.char_start) = m.text)
           from actor_mentions m join articles a using (article_id)""",
    )
    ((total, exact),) = rows
    assert total > 50 and exact == total
    assert _sql(flow_run, "select count(*) = count(distinct (article_id, char_start)) from actor_mentions") == [(True,)]


def test_actors_table_holds_the_gazetteer(flow_run: FlowRun) -> None:
    rows = dict(_sql(flow_run, "select actor_id, name_ar from actors where actor_id in ('irq', 'usa')"))
    assert rows == {"irq": "العراق", "usa": "الولايات المتحدة"}
    assert not _sql(flow_run, "select actor_id from actor_mentions except select actor_id from actors")


def test_commitment_offsets_and_statement_links_hold_in_the_warehouse(flow_run: FlowRun) -> None:
    rows = _sql(
        flow_run,
        """select count(*), count(*) filter (where substr(a.body, c.char_start + 1, c.char_end - c.char_start) <> c.action),
                  count(*) filter (where c.statement_id is not null and s.statement_id is null),
                  count(*) filter (where c.cluster_id is null)
           from commitments c join articles a using (article_id)
           left join statements s on s.statement_id = c.statement_id and s.article_id = c.article_id""",
    )
    (total, bad_offsets, foreign_statements, unclustered) = rows[0]
    assert total >= 10
    assert (bad_offsets, foreign_statements, unclustered) == (0, 0, 0)
    ((runs_count,),) = _sql(flow_run, "select sum(commitments) from runs")
    assert runs_count == total


def test_every_example_query_of_the_readme_runs(flow_run: FlowRun) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Example SQL", 1)[1].split("```sql\n", 1)[1].split("```", 1)[0]
    queries = [q for q in (" ".join(ln for ln in part.splitlines() if not ln.startswith("--")) for part in block.split(";")) if q.strip()]
    assert len(queries) >= 7
    with store.connect(flow_run.warehouse) as con:
        for query in queries:
            con.execute(query).fetchall()
    iraq = _sql(flow_run, queries[-2])
    assert iraq and all(row[9] for row in iraq)  # each Iraqi pledge about the coalition was reported by the other outlet too
