"""The contract: SPEC §3 columns exist with their types, and the README documents the models."""

from __future__ import annotations

import pyarrow as pa
import pytest

from pipeline.models import SCHEMAS, data_dictionary
from tests.helpers import REPO

# SPEC §3 as written there: a test-side copy on purpose, so that renaming a column fails here.
SPEC_COLUMNS = {
    "articles": "article_id source_path raw_sha256 language outlet published_on dateline headline body run_id ingested_at",
    "statements": "statement_id article_id speaker speaker_actor_ids speaker_countries cue content direct via char_start char_end",
    "commitments": "commitment_id article_id statement_id committer committer_actor_ids committer_countries kind reaffirmed "
    "action conditions timeframe due_by beneficiary_actor_ids char_start char_end cluster_id",
    "actors": "actor_id name_ar name_en kind country aliases",
    "actor_mentions": "article_id actor_id text char_start char_end",
    "inputs": "source_path raw_sha256 size outcome article_id run_id",
    "rejects": "source_path raw_sha256 reason detail run_id at",
    "runs": "run_id started_at finished_at inputs_seen articles duplicates rejects statements commitments flow_run_id",
}


@pytest.mark.parametrize("table", sorted(SPEC_COLUMNS))
def test_every_spec_column_exists(table: str) -> None:
    missing = set(SPEC_COLUMNS[table].split()) - set(SCHEMAS[table].names)
    assert not missing


@pytest.mark.parametrize(
    ("table", "column", "arrow_type", "nullable"),
    [
        ("articles", "published_on", pa.date32(), True),
        ("articles", "ingested_at", pa.timestamp("us", tz="UTC"), False),
        ("statements", "char_start", pa.int32(), False),
        ("statements", "speaker_countries", pa.list_(pa.string()), False),
        ("commitments", "due_by", pa.date32(), True),
        ("commitments", "reaffirmed", pa.bool_(), False),
    ],
)
def test_spec_types_are_kept(table: str, column: str, arrow_type: pa.DataType, nullable: bool) -> None:
    field = SCHEMAS[table].field(column)
    assert (field.type, field.nullable) == (arrow_type, nullable)


def test_readme_tables_are_generated_from_the_models() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- tables:start -->\n", 1)[1].split("\n<!-- tables:end -->", 1)[0]
    assert section == data_dictionary().rstrip()


def test_readme_quick_start_is_two_make_commands_and_ci_calls_the_test_one() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in quick.strip().splitlines()] == ["make run", "make test"]
    assert "make test" in (REPO / ".ci" / "run").read_text()
