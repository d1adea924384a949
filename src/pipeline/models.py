"""The data contract of ../shared/SPEC.md §3 as Pydantic models.

Every other view of a table — Arrow schemas, Parquet files, DuckDB views, the README's data
dictionary — is derived from these classes; no column list is written anywhere else.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Annotated, Literal, Union

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, Field

Int32 = Annotated[int, pa.int32()]
"""An int stored as Arrow int32 (offsets); plain `int` is int64."""

Outcome = Literal["article", "duplicate", "reject"]
ActorKind = Literal["state", "government_body", "armed_force", "organization", "armed_group", "person"]
CommitmentKind = Literal["pledge", "intent", "agreement"]


class Row(BaseModel):
    """Base of every table row: strict field set, no coercion surprises."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(Row):
    """One distinct article."""

    article_id: str = Field(description="hash of the normalized body: the same on every machine and run")
    source_path: str = Field(description="raw input relative to the raw root (`feed.jsonl#17` for line 17)")
    raw_sha256: str = Field(description="SHA-256 of the raw bytes")
    language: str = Field(description="ISO 639-1 code (`ar`, `en`), `und` when neither")
    outlet: str | None = Field(description="publishing outlet as written (`ألترا عراق`, `السيمر`)")
    published_on: dt.date | None = Field(description="publication date; null rather than a guess")
    dateline: str | None = Field(description="place in the dateline (`فيينا`, `بغداد`)")
    headline: str | None = Field(description="the article's own title, never an image caption")
    body: str = Field(description="cleaned text, paragraphs separated by a blank line; spans point into it")
    run_id: str = Field(description="the run that first stored it")
    ingested_at: dt.datetime = Field(description="when it was stored (UTC)")


class Statement(Row):
    """One attributed speech act (SPEC §4)."""

    statement_id: str = Field(description="stable id (article + span)")
    article_id: str = Field(description="the article it is in")
    speaker: str = Field(description="the source as written (`الوفدان`, `البيان`)")
    speaker_actor_ids: list[str] = Field(description="resolved actors (ids of `actors`)")
    speaker_countries: list[str] = Field(description="ISO 3166-1 alpha-3 codes behind the speaker")
    cue: str = Field(description="reporting verb or attribution phrase as written (`أكدت`, `وفق`)")
    content: str = Field(description="what is reported; equals body[char_start:char_end]")
    direct: bool = Field(description="the content is a quotation")
    via: str | None = Field(description="document or channel it is reported through (`البيان`)")
    char_start: Int32 = Field(description="start offset into articles.body")
    char_end: Int32 = Field(description="end offset into articles.body")


class Commitment(Row):
    """One commitment: a party binds itself to a future course of action (SPEC §4)."""

    commitment_id: str = Field(description="stable id")
    article_id: str = Field(description="the article it is in")
    statement_id: str | None = Field(description="the statement it was made in, when there is one")
    committer: str = Field(description="the committing party as written")
    committer_actor_ids: list[str] = Field(description="resolved actors")
    committer_countries: list[str] = Field(description="ISO 3166-1 alpha-3 codes")
    kind: CommitmentKind = Field(description="`pledge`, `intent` or `agreement`")
    cue: str = Field(description="the commitment cue as written (`التزامها`, `تعتزم`, `اتفقا`, `ستواصل`)")
    reaffirmed: bool = Field(description="restated, not new (`مجددًا`, `من جديد`)")
    action: str = Field(description="what is committed to; equals body[char_start:char_end]")
    conditions: list[str] = Field(description="conditions it depends on")
    timeframe: str | None = Field(description="as written (`وفقًا لجدول زمني`)")
    due_by: dt.date | None = Field(description="deadline as a date, when the text gives one")
    beneficiary_actor_ids: list[str] = Field(description="who it is for, when named")
    char_start: Int32 = Field(description="start offset into articles.body")
    char_end: Int32 = Field(description="end offset into articles.body")
    cluster_id: str | None = Field(description="shared by reports of the same commitment across articles")


class Actor(Row):
    """One entry of the actors gazetteer."""

    actor_id: str = Field(description="stable id")
    name_ar: str = Field(description="Arabic name")
    name_en: str = Field(description="English name")
    kind: ActorKind = Field(description="state, government_body, armed_force, organization, armed_group, person")
    country: str | None = Field(description="ISO 3166-1 alpha-3, or null")
    aliases: list[str] = Field(description="names the news uses for it")


class ActorMention(Row):
    """One place an actor is named."""

    article_id: str = Field(description="the article")
    actor_id: str = Field(description="the actor named")
    text: str = Field(description="as written; equals body[char_start:char_end]")
    char_start: Int32 = Field(description="start offset into articles.body")
    char_end: Int32 = Field(description="end offset into articles.body")


class InputRecord(Row):
    """One raw input ever seen: the ledger that proves nothing was lost."""

    source_path: str = Field(description="raw input relative to the raw root")
    raw_sha256: str = Field(description="SHA-256 of the raw bytes")
    size: int = Field(description="raw size in bytes")
    outcome: Outcome = Field(description="`article`, `duplicate` or `reject`")
    article_id: str | None = Field(description="the article it is or duplicates; null for a reject")
    run_id: str = Field(description="the run that saw it")


class Reject(Row):
    """One raw input that could not become an article, and why."""

    source_path: str = Field(description="raw input relative to the raw root")
    raw_sha256: str = Field(description="SHA-256 of the raw bytes")
    reason: str = Field(description="short machine-readable code (see README)")
    detail: str = Field(description="human-readable explanation")
    run_id: str = Field(description="the run that rejected it")
    at: dt.datetime = Field(description="when (UTC)")


class Run(Row):
    """One run of the ingest flow; written last, so a run is visible only once complete."""

    run_id: str = Field(description="run id")
    started_at: dt.datetime = Field(description="start (UTC)")
    finished_at: dt.datetime = Field(description="end (UTC)")
    inputs_seen: int = Field(description="raw inputs found under the raw root")
    skipped: int = Field(description="inputs already in the ledger with the same bytes")
    articles: int = Field(description="articles stored")
    duplicates: int = Field(description="inputs that duplicate a stored article")
    rejects: int = Field(description="inputs rejected")
    statements: int = Field(description="statements stored")
    commitments: int = Field(description="commitments stored")
    flow_run_id: str | None = Field(description="Prefect flow-run id")
    raw_root: str = Field(description="the raw folder the run read")


TABLES: dict[str, type[Row]] = {
    "articles": Article,
    "statements": Statement,
    "commitments": Commitment,
    "actors": Actor,
    "actor_mentions": ActorMention,
    "inputs": InputRecord,
    "rejects": Reject,
    "runs": Run,
}
"""Table name → row model; the order is the README's."""

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    bool: pa.bool_(),
    float: pa.float64(),
    dt.date: pa.date32(),
    dt.datetime: pa.timestamp("us", tz="UTC"),
}


def _arrow_type(annotation: object) -> tuple[pa.DataType, bool]:
    """Map a field annotation to (Arrow type, nullable)."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        base, *meta = typing.get_args(annotation)
        arrow = next((m for m in meta if isinstance(m, pa.DataType)), None)
        return (arrow, False) if arrow is not None else _arrow_type(base)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _arrow_type(args[0])[0], True
    if origin is list:
        item, _ = _arrow_type(typing.get_args(annotation)[0])
        return pa.list_(item), False
    if origin is Literal:
        return pa.string(), False
    return _SCALARS[annotation], False  # type: ignore[index]  # KeyError means a new type to map


def arrow_schema(model: type[Row]) -> pa.Schema:
    """Return the Arrow schema of a row model, in field order."""
    fields = []
    for name, info in model.model_fields.items():
        arrow, nullable = _arrow_type(info.annotation if not info.metadata else Annotated[info.annotation, *info.metadata])
        fields.append(pa.field(name, arrow, nullable=nullable))
    return pa.schema(fields)


SCHEMAS: dict[str, pa.Schema] = {name: arrow_schema(model) for name, model in TABLES.items()}


def to_table(name: str, rows: list[dict[str, object]]) -> pa.Table:
    """Build the Arrow table `name` from plain row dicts, with its declared schema."""
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])


def data_dictionary() -> str:
    """Render the tables as Markdown (the README's data dictionary is this text)."""
    out = []
    for name, model in TABLES.items():
        out.append(f"**{name}** — {model.__doc__}\n\n| column | type | meaning |\n|---|---|---|")
        for (field, info), arrow in zip(model.model_fields.items(), SCHEMAS[name], strict=True):
            nullable = "?" if arrow.nullable else ""
            out.append(f"| {field} | {arrow.type}{nullable} | {info.description} |")
        out.append("")
    return "\n".join(out)


# The gazetteer's entries (lexicons/actors.jsonl, persons.jsonl, offices.jsonl), validated as they are loaded.


class ActorEntry(BaseModel):
    """One line of `actors.jsonl` or `persons.jsonl`, validated."""

    model_config = ConfigDict(extra="ignore")

    actor_id: str = Field(pattern=r"^[a-z0-9_.]+$")
    name_ar: str
    name_en: str
    kind: ActorKind
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    aliases: list[str]
    context_aliases: list[str] = []
    members: list[str] = []  # the member states of an organisation (its summits and councils speak for them)
    led_by: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")  # a coalition of states speaks for its leader
    gender: str | None = Field(default=None, pattern="^[mf]$")  # a person's, for verb agreement (`وأضافت` and a woman)
    example: str


class OfficeTerm(BaseModel):
    """One line of `offices.jsonl`: who held an office between two dates."""

    model_config = ConfigDict(extra="ignore")

    person: str
    country: str = Field(pattern=r"^[A-Z]{3}$")
    role: str
    host: str | None = None
    start: dt.date = Field(alias="from")
    end: dt.date | None = Field(default=None, alias="to")
