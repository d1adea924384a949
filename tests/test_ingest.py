"""Ingest: every encoding decodes to the same text; every bad input is a reject with a reason."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from pipeline.ingest import Document, Rejected, RejectError, decode_text, list_files, read_inputs
from tests.helpers import legacy_text, sample_text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings_decode_to_the_same_text(encoding: str) -> None:
    text = sample_text()
    assert decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6"])
def test_legacy_arabic_code_pages_are_detected(encoding: str) -> None:
    text = legacy_text()
    assert len(text) > 1000
    assert decode_text(text.encode(encoding)) == text


def test_mojibake_is_rejected_not_stored() -> None:
    garbled = sample_text().encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    with pytest.raises(RejectError) as err:
        decode_text(garbled)
    assert err.value.reason == "mojibake"


def test_random_bytes_are_undecodable() -> None:
    noise = bytes((i * 7919 + 13) % 128 + 128 for i in range(4000))
    with pytest.raises(RejectError) as err:
        decode_text(noise)
    assert err.value.reason == "undecodable"


def test_nul_bytes_without_bom_are_binary() -> None:
    with pytest.raises(RejectError) as err:
        decode_text(b"%PDF-1.4\x00\x01\x02" * 50)
    assert err.value.reason == "binary"


def _only(path: Path, rel: str) -> Document | Rejected:
    items = list(read_inputs(path, rel))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("scan.pdf", b"%PDF-1.4", "unsupported_type"),
        ("feed.jsonl.gz", b"not gzip at all", "bad_gzip"),
        ("one.json", b'{"text": "unterminated', "bad_json"),
        ("list.json", b'"just a string"', "no_text"),
        ("meta.json", json.dumps({"text": "نص", "published_on": "yesterday"}).encode(), "bad_metadata"),
    ],
)
def test_bad_files_become_rejects_with_a_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    item = _only(path, name)
    assert isinstance(item, Rejected)
    assert item.reason == reason
    assert item.detail


def test_a_file_that_vanishes_is_a_read_error(tmp_path: Path) -> None:
    item = _only(tmp_path / "gone.txt", "gone.txt")
    assert isinstance(item, Rejected) and item.reason == "read_error"


def test_jsonl_lines_are_numbered_from_one_and_bad_lines_rejected_alone(tmp_path: Path) -> None:
    lines = [json.dumps({"text": sample_text(), "outlet": "ألترا عراق"}, ensure_ascii=False), "{oops", json.dumps({"title": "x"})]
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    items = list(read_inputs(path, "feed.jsonl.gz"))
    assert [i.source_path for i in items] == ["feed.jsonl.gz#1", "feed.jsonl.gz#2", "feed.jsonl.gz#3"]
    assert isinstance(items[0], Document) and items[0].meta["outlet"] == "ألترا عراق"
    assert [getattr(i, "reason", None) for i in items] == [None, "bad_json", "no_text"]


def test_json_array_gives_one_input_per_record(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": "أ"}, {"body": "ب", "published_on": "2023-08-09T10:00:00Z"}]), encoding="utf-8")
    items = list(read_inputs(path, "batch.json"))
    assert [i.source_path for i in items] == ["batch.json#1", "batch.json#2"]
    assert isinstance(items[1], Document) and items[1].meta["published_on"] == "2023-08-09"


def test_hidden_files_are_not_inputs(tmp_path: Path) -> None:
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    (tmp_path / "a.txt").write_text("نص")
    assert list_files(tmp_path) == [tmp_path / "a.txt"]
