"""The `pipeline` command: run, query, eval, serve (SPEC §6). User errors are one line, exit 2."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.settings import configure_prefect


class UserError(Exception):
    """A mistake in how the command was called: reported as one line."""


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and dispatch; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (UserError, OSError) as exc:  # a missing folder, a file where a folder should be, no permission
        print(f"pipeline: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pipeline: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser with one sub-command per SPEC §6 command."""
    parser = argparse.ArgumentParser(prog="pipeline", description="Arabic news → statements and commitments, as Parquet + DuckDB.")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="run the ingest flow once over a raw folder",
        description="Run the ingest flow once (Prefect, embedded) and print what it stored, rejected and skipped.",
    )
    _folders(run)
    run.set_defaults(func=cmd_run)

    query = sub.add_parser(
        "query", help="run SQL against the warehouse views", description="Run SQL against the warehouse views and print a table."
    )
    query.add_argument("sql", help='SQL, e.g. "select outlet, count(*) from articles group by 1"')
    query.add_argument("--warehouse", type=Path, default=Path("warehouse"), help="warehouse folder (default: warehouse)")
    query.add_argument("--max-rows", type=int, default=50, help="rows to print (default: 50)")
    query.set_defaults(func=cmd_query)

    evaluate = sub.add_parser(
        "eval",
        help="score the pipeline against a gold set",
        description="Run the pipeline on a gold set's raw files into a temporary warehouse and print the SPEC §5 figures.",
    )
    evaluate.add_argument("--gold", type=Path, required=True, help="gold folder (one JSON file per raw file)")
    evaluate.add_argument("--raw", type=Path, help="raw files of the gold set (default: GOLD/raw, else ../shared/raw-samples)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.set_defaults(func=cmd_eval)

    serve = sub.add_parser(
        "serve",
        help="serve the flow on a schedule through Prefect",
        description="Serve the ingest flow on a schedule. Needs a Prefect server: see the README, 'Scheduling'.",
    )
    _folders(serve)
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", help='cron schedule, e.g. "*/30 * * * *"')
    when.add_argument("--interval", type=int, help="interval in seconds")
    serve.set_defaults(func=cmd_serve)
    return parser


def _folders(parser: argparse.ArgumentParser) -> None:
    """Add the --raw and --warehouse options."""
    parser.add_argument("--raw", type=Path, default=Path("raw"), help="raw input folder (default: raw)")
    parser.add_argument("--warehouse", type=Path, default=Path("warehouse"), help="warehouse folder (default: warehouse)")


def cmd_run(args: argparse.Namespace) -> int:
    """Run the ingest flow once and print its summary."""
    if not args.raw.is_dir():
        raise UserError(f"raw folder not found: {args.raw}")
    print(run_flow(args.raw, args.warehouse))
    return 0


def run_flow(raw: Path, warehouse: Path) -> str:
    """Run the ingest flow in this process (embedded Prefect) and return its summary."""
    configure_prefect()
    from pipeline.run import prepare, shutdown_pool

    prepare(raw, warehouse)
    try:
        from flows.ingest import ingest  # imported late: Prefect reads its settings at import

        return ingest(raw=str(raw), warehouse=str(warehouse))
    finally:
        shutdown_pool()


def cmd_query(args: argparse.Namespace) -> int:
    """Print the result of a SQL query over the warehouse views."""
    import duckdb

    from pipeline import store

    try:
        con = store.connect(args.warehouse)
        cursor = con.execute(args.sql)
    except store.WarehouseError as exc:
        raise UserError(str(exc)) from exc
    except duckdb.Error as exc:
        raise UserError(str(exc).splitlines()[0]) from exc
    if cursor.description is None:
        return 0
    print_table([d[0] for d in cursor.description], cursor.fetchmany(args.max_rows + 1), args.max_rows)
    return 0


def print_table(columns: list[str], rows: list[tuple[object, ...]], max_rows: int) -> None:
    """Print rows as a table; say when more rows were left out."""
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False)
    for row in rows[:max_rows]:
        table.add_row(*("∅" if v is None else str(v) for v in row))
    console = Console(width=max(Console().width, 100))
    console.print(table)
    if len(rows) > max_rows:
        console.print(f"(first {max_rows} rows shown; use --max-rows for more)")


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the pipeline against a gold set and print the figures."""
    from pipeline import quality

    raw = args.raw or (args.gold / "raw" if (args.gold / "raw").is_dir() else Path("../shared/raw-samples"))
    if not args.gold.is_dir():
        raise UserError(f"gold folder not found: {args.gold}")
    if not raw.is_dir():
        raise UserError(f"raw folder not found: {raw} (pass --raw)")
    figures = quality.evaluate(args.gold, raw, run_flow)
    below = quality.below_floors(figures, quality.load_floors(args.gold.resolve().name))
    figures["below_floors"] = {k: {"figure": got, "floor": floor} for k, (got, floor) in below.items()}
    print(json.dumps(figures, ensure_ascii=False, indent=2) if args.json else quality.render(figures))
    return 1 if below else 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the ingest flow on a cron or interval schedule (blocks until interrupted)."""
    configure_prefect()
    from prefect.settings import PREFECT_API_URL

    from flows.ingest import ingest

    if not PREFECT_API_URL.value():
        raise UserError(
            "serve needs a Prefect server: run `prefect server start --background` and set PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    schedule = {"cron": args.cron} if args.cron else {"interval": args.interval or 3600}
    params = {"raw": str(args.raw.resolve()), "warehouse": str(args.warehouse.resolve())}
    ingest.serve(name="scheduled-ingest", parameters=params, **schedule)
    return 0


if __name__ == "__main__":
    sys.exit(main())
