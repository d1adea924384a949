"""Session fixtures: one real Prefect flow run over a mixed raw folder, read back through DuckDB."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.settings import configure_prefect
from tests.helpers import GOLD_DEV2, REPO, SAMPLE_000, SAMPLE_002, legacy_text, sample_text

configure_prefect(REPO / ".prefect")


@dataclass
class FlowRun:
    """A finished run: its folders, its printed summary, and a digest of raw/ before it ran."""

    raw: Path
    warehouse: Path
    summary: str
    raw_digest_before: str


def folder_digest(folder: Path) -> str:
    """Hash every file's path and bytes under a folder."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def build_mixed_raw(raw: Path) -> None:
    """Write the samples plus one input of every encoding, container and reject reason."""
    shutil.copy(SAMPLE_000, raw)
    shutil.copy(SAMPLE_002, raw)
    legacy = legacy_text()
    (raw / "legacy-cp1256.txt").write_bytes(legacy.encode("cp1256"))
    (raw / "legacy-iso8859-6.txt").write_bytes(legacy.encode("iso-8859-6"))  # same text: a duplicate
    (raw / "sample-utf16.txt").write_bytes(sample_text(SAMPLE_002).encode("utf-16"))  # duplicate of 002
    (raw / "sample-bom.txt").write_bytes(("\ufeff" + sample_text()).encode("utf-8"))  # duplicate of 000
    (raw / "mojibake.txt").write_bytes(sample_text().encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"))
    (raw / "noise.txt").write_bytes(bytes((i * 7919 + 13) % 128 + 128 for i in range(4000)))
    (raw / "scan.pdf").write_bytes(b"%PDF-1.4\x00")
    (raw / "empty.txt").write_bytes(b"   \n")
    (raw / "furniture-only.txt").write_text("اترك تعليقاً\nطباعة\n", encoding="utf-8")
    (raw / "broken.jsonl.gz").write_bytes(b"not gzip")
    records = [
        {"text": (GOLD_DEV2 / "raw" / "d016.txt").read_text(encoding="utf-8"), "outlet": "الشرق الأوسط", "published_on": "2023-04-07"},
        "{not json",
        {"title": "لا نص"},
        {"text": "نص", "published_on": "أمس"},
    ]
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    (raw / "feed.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    (raw / "page.html").write_text(HTML_PAGE, encoding="utf-8")


HTML_PAGE = """<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title>العراق وأمريكا يختتمان الحوار الأمني - الصباح</title>
<meta property="og:title" content="العراق وأمريكا يختتمان الحوار الأمني">
<meta property="og:site_name" content="الصباح">
<meta property="article:published_time" content="2023-08-09T09:30:00+03:00">
</head><body><nav><a href="/">الرئيسية</a> / <a href="/news">الأخبار</a></nav>
<article><h1>العراق وأمريكا يختتمان الحوار الأمني</h1>
<p>بغداد (يونا) - أكدت حكومة العراق من جديد التزامها بحماية أفراد ومستشارين الولايات المتحدة
والتحالف الدولي والقوافل والمنشآت الدبلوماسية، بحسب البيان المشترك الصادر في ختام الحوار.</p>
<p>وأوضح البيان أن الوفدين العراقي والأمريكي ملتزمان بتشكيل لجنة عسكرية عليا
بين الولايات المتحدة والعراق لتقييم الإجراء المستقبلي المذكور أعلاه.</p>
</article><aside>اقرأ أيضاً: أخبار أخرى</aside><footer>جميع الحقوق محفوظة</footer></body></html>"""


@pytest.fixture(scope="session")
def flow_run(tmp_path_factory: pytest.TempPathFactory) -> FlowRun:
    """Run the real ingest flow once over the mixed raw folder."""
    from pipeline.cli import run_flow

    base = tmp_path_factory.mktemp("mixed")
    raw, warehouse = base / "raw", base / "warehouse"
    raw.mkdir()
    build_mixed_raw(raw)
    before = folder_digest(raw)
    summary = run_flow(raw, warehouse)
    return FlowRun(raw, warehouse, summary, before)
