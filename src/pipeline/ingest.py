"""Ingest: find raw inputs, read them, decode them, and turn each into a document or a reject.

A *file* under the raw root holds one input (`.txt`, `.html`, `.json` object) or many (`.jsonl`
lines, a `.json` array); any of them may be gzip-compressed. Every input becomes exactly one
`Document` or one `Rejected` — nothing here raises for bad data.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.text import ARABIC_LETTERS

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES
TEXT_FIELDS = ("text", "body", "content")
READ_ATTEMPTS = 3


class RejectError(Exception):
    """An input that cannot become an article: `reason` is a code, `detail` says why."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Document:
    """A decoded input: its text plus the metadata its container states."""

    source_path: str
    raw_sha256: str
    size: int
    text: str
    is_html: bool = False
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejected:
    """An input that became a reject."""

    source_path: str
    raw_sha256: str
    size: int
    reason: str
    detail: str


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of raw bytes."""
    return hashlib.sha256(data).hexdigest()


def list_files(raw_root: Path) -> list[Path]:
    """List input files under the root, sorted; hidden files and folders are not inputs."""
    files = (p for p in raw_root.rglob("*") if p.is_file())
    return sorted(p for p in files if not any(part.startswith(".") for part in p.relative_to(raw_root).parts))


def inner_suffix(path: Path) -> str:
    """Return the suffix that names the content kind (`feed.jsonl.gz` → `.jsonl`)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def read_bytes(path: Path) -> bytes:
    """Read a file, retrying transient I/O errors; gunzip `.gz` files."""
    for attempt in range(READ_ATTEMPTS):
        try:
            data = path.read_bytes()
            break
        except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
            raise RejectError("read_error", f"cannot read file: {exc.strerror or exc}") from exc
        except OSError as exc:
            if attempt == READ_ATTEMPTS - 1:
                raise RejectError("read_error", f"cannot read file: {exc.strerror or exc}") from exc
            time.sleep(0.1 * 2**attempt)
    if path.suffix.lower() == ".gz":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise RejectError("bad_gzip", f"not a readable gzip stream: {exc}") from exc
    return data


def read_inputs(path: Path, rel: str, part: tuple[int, int] | None = None) -> Iterator[Document | Rejected]:
    """Yield one Document or Rejected per input held by the file at `path` (named `rel`).

    `part` (k, n) limits a JSON Lines file to the k-th of n equal ranges of its lines (k from 0), so
    several workers share one big file; a file that cannot be read is one reject, from part 0.
    """
    kind = inner_suffix(path)
    raw = b""
    try:
        if kind not in KNOWN_SUFFIXES:
            raise RejectError("unsupported_type", f"no reader for '{kind or path.name}' files")
        raw = read_bytes(path)
        if kind in (".jsonl", ".ndjson"):
            yield from _json_lines(raw, rel, part)
        elif kind == ".json":
            yield from _json_file(raw, rel)
        else:
            yield Document(rel, sha256(raw), len(raw), decode_text(raw), is_html=kind in HTML_SUFFIXES)
    except RejectError as exc:
        if part is None or part[0] == 0:
            yield Rejected(rel, sha256(raw) if raw else _file_sha(path), len(raw), exc.reason, exc.detail)


def _file_sha(path: Path) -> str:
    """Hash a file's bytes, or return an empty hash when it cannot be read at all."""
    try:
        return sha256(path.read_bytes())
    except OSError:
        return sha256(b"")


def _json_lines(raw: bytes, rel: str, part: tuple[int, int] | None = None) -> Iterator[Document | Rejected]:
    """Yield one input per non-blank line of a JSON Lines stream, numbered from 1 (within `part`)."""
    first, last = 1, raw.count(b"\n") + 1
    if part is not None:
        step = -(-last // part[1])
        first, last = part[0] * step + 1, min((part[0] + 1) * step, last)
    for number, line in enumerate(raw.split(b"\n")[first - 1 : last], start=first):
        if line.strip():
            yield _record(line, f"{rel}#{number}")


def _json_file(raw: bytes, rel: str) -> Iterator[Document | Rejected]:
    """Yield the record of a JSON file, or one input per element of a JSON array."""
    try:
        value = json.loads(decode_text(raw))
    except json.JSONDecodeError as exc:
        raise RejectError("bad_json", f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if not isinstance(value, list):
        yield _from_value(value, rel, raw)
        return
    for number, item in enumerate(value, start=1):
        item_raw = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield _from_value(item, f"{rel}#{number}", item_raw)


def _record(raw: bytes, source_path: str) -> Document | Rejected:
    """Decode and parse one JSON record."""
    try:
        value = json.loads(decode_text(raw))
    except RejectError as exc:
        return Rejected(source_path, sha256(raw), len(raw), exc.reason, exc.detail)
    except json.JSONDecodeError as exc:
        return Rejected(source_path, sha256(raw), len(raw), "bad_json", f"invalid JSON at column {exc.colno}: {exc.msg}")
    return _from_value(value, source_path, raw)


def _from_value(value: object, source_path: str, raw: bytes) -> Document | Rejected:
    """Turn a parsed JSON value into a Document, or a reject when it has no usable text."""
    digest, size = sha256(raw), len(raw)
    if not isinstance(value, dict):
        return Rejected(source_path, digest, size, "no_text", f"record is a JSON {type(value).__name__}, not an object")
    text = next((value[k] for k in TEXT_FIELDS if isinstance(value.get(k), str)), None)
    if text is None:
        return Rejected(source_path, digest, size, "no_text", f"record has no string field among {', '.join(TEXT_FIELDS)}")
    meta = {k: str(value[k]).strip() for k in ("url", "outlet", "published_on", "title") if value.get(k)}
    if "outlet" not in meta and (outlet := _feed_outlet(value)):
        meta["outlet"] = outlet
    if "published_on" in meta:
        try:
            meta["published_on"] = dt.date.fromisoformat(meta["published_on"][:10]).isoformat()
        except ValueError:
            return Rejected(source_path, digest, size, "bad_metadata", f"published_on {meta['published_on']!r} is not an ISO date")
    return Document(source_path, digest, size, text, meta=meta)


FEED_OUTLET_FIELDS = ("source", "site_name", "site", "publisher")


def _feed_outlet(value: dict[str, object]) -> str | None:
    """The outlet a feed names under another key: `source: saudinewsnet/alriyadh` → `alriyadh` (the last part of
    a `<collection>/<outlet>` name); a URL is no outlet name."""
    for key in FEED_OUTLET_FIELDS:
        field = value.get(key)
        if isinstance(field, dict):  # `publisher: {"name": …}`
            field = field.get("name")
        if isinstance(field, str) and field.strip() and "://" not in field:
            return field.strip().rsplit("/", 1)[-1].strip() or None
    return None


# --- decoding -------------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
LEGACY_ENCODINGS = ("cp1256", "iso-8859-6")
_ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")
# `Ø§Ù„`: UTF-8 Arabic read as Windows-1252 turns every Arabic letter's lead byte into Ø, Ù, Ú or Û.
_MOJIBAKE_RE = re.compile("[\u00d8-\u00db]")
_PLAUSIBLE_RE = re.compile(
    f"[{ARABIC_LETTERS}\u060c\u061b\u061f\u0640\u064b-\u0652\u0660-\u0669\\s\x20-\x7e\u2013-\u201d\u00a0\u00ab\u00bb]"
)
MIN_PLAUSIBLE = 0.97


def decode_text(data: bytes) -> str:
    """Decode raw bytes to text: BOM, then UTF-8, then the Arabic code pages, best first.

    Raises:
        RejectError: `binary` for NUL-laden data, `undecodable` when no encoding gives
            plausible text, `mojibake` when the text was already garbled before it was saved.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise RejectError("undecodable", f"{encoding} byte-order mark but invalid {encoding}: {exc.reason}") from exc
    if b"\x00" in data:
        raise RejectError("binary", "NUL bytes without a UTF-16/32 byte-order mark: not a text file")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), encoding, text))
    if not candidates:
        raise RejectError("undecodable", "neither UTF-8 nor Windows-1256 nor ISO-8859-6")
    score, encoding, text = max(candidates)
    if score < MIN_PLAUSIBLE or not _ARABIC_RE.search(text):
        raise RejectError("undecodable", f"not UTF-8; best legacy guess {encoding} gives garbage ({score:.0%} plausible characters)")
    return text


def _plausibility(text: str) -> float:
    """Return the share of characters that plausibly occur in Arabic or English news."""
    sample = text[:20000]
    return len(_PLAUSIBLE_RE.findall(sample)) / max(len(sample), 1)


def _checked(text: str, encoding: str) -> str:
    """Reject decoded text that is mojibake (text garbled by an earlier wrong decode)."""
    sample = text[:20000]
    if _MOJIBAKE_RE.search(sample) is None:
        return text
    garbled = len(_MOJIBAKE_RE.findall(sample))
    if garbled >= 20 and garbled > len(_ARABIC_RE.findall(sample)):
        raise RejectError(
            "mojibake",
            f"valid {encoding} but {garbled} of Ø Ù Ú Û and few Arabic letters: Arabic garbled by a wrong decode before it was saved",
        )
    return text
