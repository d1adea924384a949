"""Tests for pipeline.dates: Gregorian dates in Arabic news lines.

Lines marked with an outlet are short verbatim excerpts from the benchmark corpus in
../shared/corpus: SaudiNewsNet (Alhagri, M. A. (2015), Saudi Newspapers Arabic Corpus) and the ANT
corpus (Chouigui, Ben Khiroun, Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual
Classification", AICCSA 2017). The others are the forms the pipeline was specified against.
"""

from __future__ import annotations

import datetime
import gzip
import itertools
import json
import os
import random
from pathlib import Path

import pytest

from pipeline import dates
from pipeline.dates import DateMatch, find_dates, first_date

CORPUS = Path(os.environ.get("ARABIC_NEWS_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))

# (line, expected first_date() as ISO text or None)
LINES = [
    # forms from real Arabic news (specification)
    ("09-أغسطس-2023", "2023-08-09"),
    ("9 آب/أغسطس 2023", "2023-08-09"),
    ("9 آب (أغسطس) 2023", "2023-08-09"),
    ("22 أبريل/ نيسان 2024", "2024-04-22"),
    ("12 مايو، 2023", "2023-05-12"),
    ("06 فبراير 2024 - 04:53 GMT", "2024-02-06"),
    ("وطنية/19 آيار/2023", "2023-05-19"),
    ("الثلاثاء 08 . 08 . 2023", "2023-08-08"),
    ("2023.04.13 | 07:07 دمشق", "2023-04-13"),
    ("(سي ان بي سي)-23/04/2024", "2024-04-23"),
    ("15:30 2025-09-16|", "2025-09-16"),
    ("2023-08-09T10:00:00Z", "2023-08-09"),
    ("2023-08-09", "2023-08-09"),
    ("٩ أغسطس ٢٠٢٣", "2023-08-09"),
    ("نشر في ۱۳/۰۴/۲۰۲۳", "2023-04-13"),  # Persian digits
    ("12 شتنبر 2022م", "2022-09-12"),
    ("May 19, 2023", "2023-05-19"),
    ("May 19/2023", "2023-05-19"),
    ("19 May 2023", "2023-05-19"),
    ("23-04-2024", "2024-04-23"),
    ("23.04.2024", "2024-04-23"),
    ("04/23/2024", "2024-04-23"),  # month first only because 23 cannot be a month
    ("2023/04/13", "2023-04-13"),
    ("13 جمادى الأولى 1444هـ الموافق 7 ديسمبر 2022م", "2022-12-07"),
    ("الموافق للفترة 7 - 9 ديسمبر عام 2022م", "2022-12-07"),
    ("نيسان/أبريل 2023", None),  # month precision only
    # SaudiNewsNet
    ("الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس", "2015-08-11"),  # was
    ("بيروت 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", "2015-08-11"),  # was
    ("واشنطن 15 شوال 1436 هـ الموافق 31 يوليو 2015 م واس", "2015-07-31"),  # 3alyoum
    ("كاريكاتير 2015/7/20", "2015-07-20"),  # aleqtisadiya
    (" 2015-08-10 (1436/10/25) 16:09:03 ", "2015-08-10"),  # aleqtisadiya
    ("التاريخ: 9-10-1436هـ ", None),  # aljazirah: Hijri only
    ("التاريخ : 9 / 10 / 1436ه ", None),  # alriyadh: Hijri only
    ("لصادر بالأمر الملكي رقم (أ / 90) بتاريخ 27 / 8 /1412هـ.", None),  # alwatan
    ("غادر -بمشيئة الله تعالى- اليوم الثلاثاء 19/10/1436هـ الموافق 4/8/2015م", "2015-08-04"),  # okaz
    ("اليوم ٢٣ / ١٠ / ١٤٣٦هـ الموافق ٨ / ٨ / ٢٠١٥ م على ", "2015-08-08"),  # okaz
    (" الخميس 12 من ذي القعدة ١٤٣٦هـ، الموافق 27 أغسطس 2015م.", "2015-08-27"),  # alyaum
    ("رة 17-11 رمضان 1436هـ الموافق 28 يونيو– 4 يوليو 2015م (الأسبوع الدولي 27). ", "2015-06-28"),  # aleqtisadiya
    (" 22 شوال 1436هـ الموافق من 27 يوليو إلى 7 أغسطس 2015م, في مدينة سان مالو الفرنسية,", "2015-07-27"),  # alyaum
    ("* 28 مايو (أيار) 1990: عقد القمة العربية الاستثنائي", "1990-05-28"),  # aawsat
    ("لانتخاب رئيس جديد للفيفا في 26 فبراير (شباط) 2016 في زيورخ السويسرية.", "2016-02-26"),  # aawsat
    ("ت متتالية تنطلق من بيروت وتحديدا بتاريخ 19 / 07 / 2015 في أول أيام العيد", "2015-07-19"),  # aawsat
    (" السنة المالية 2014 / 2015 والمنتهية في 31 / 3 / 2015 أظهرت عجزاً", "2015-03-31"),  # 3alyoum
    ("لأوراق المالية (تداول) بنهاية تداول يوم 13/ 08/ 2015، مشيرة", "2015-08-13"),  # alwatan
    (" بالمنتدى، والمزمع عقده خلال الفترة 8 – 10 نوفمبر 2015 بفندق شيراتون الدمام.", "2015-11-08"),  # alwatan
    ("ابيات وفساتين السهرة، في الفترة من 13 - 16 سبتمبر 2015م، ولمدة أربعة أيام", "2015-09-13"),  # okaz
    ("بين النصر والهلال في لندن يوم ١٢ اغسطس ٢٠١٥ على إستاد لوفتوس رو", "2015-08-12"),  # almadina
    ("م العالمي للحركة الكشفية الذي يصادف يوم 12 / 8 / 2015هـ", "2015-08-12"),  # was: a Gregorian year miswritten with هـ
    ("et downtown in Tunis, Tunisia June 18, 2015. REUTERS/Zoubeir So", "2015-06-18"),  # alweeam
    ("يئة الطيران المدني (@ksagaca) July 31, 2015", "2015-07-31"),  # alyaum
    (" 1 شوال 2015", None),  # aljazirah: Hijri month, no Gregorian date
    ("يونيو 2015 هو الأكثر حرارة في التاريخ", None),  # aleqtisadiya: month only
    ("ملاعب الكويت تؤجل خليجي 23 لعام 2016", None),  # okaz
    ("اجمل اهداف دوري جميل 2014 - 2015", None),  # arreyadi
    ('محافظ الخميس يفتتح معرض "صُنع في عسير 2015م', None),  # sabq
    ("تأهل إلى نهائيات كأس العالم ٢٠١٨ وآسيا ٢٠١٩؟)، فأجاب", None),  # alriyadh
    ("ة الجادة للعام الدراسي القادم ١٤٣٦- ١٤٣٧هـ.", None),  # almadina
    # ANT: Jawhara FM
    ('استضاف برنامج "سينما سينما" الأربعاء 18 جانفي 2017 في موعد استثنائي', "2017-01-18"),
    ("و التلفزيون في دورته 18 التي انطلقت يوم 25 أفريل 2017.", "2017-04-25"),
    ("رد بأريانة الذي تنطلق فعالياته من 5 إلى 21 ماي 2017، وفق ما أعلنت عنه", "2017-05-05"),
    (" المديرة لمهرجان قرطاج الدولي، الثلاثاء 28 جوان 2016، ندوة الصحفية", "2016-06-28"),
    ("*2 أوت 2016: ملحم بركات", "2016-08-02"),
    ("ركية بداية من يوم غد الخميس 2 فيفري 2017 إلى غاية يوم 5", "2017-02-02"),
    ("ن 16 الى 20 ماي ومن 17 الى 19 جويلية ومن 10 الى 12 أوت و", None),
    ("ارتفاع نسبة التضخم خلال شهر جوان 2016", None),
    ("تونس تخسر 43 مليار دينار بين 2006 و2016", None),
    # ANT: Al Arabiya, BBC, CNN, France24, Sky News Arabia
    ("وفي 15 نيسان/إبريل 2016، حطّت الطائرة الخاصة التي كان", "2016-04-15"),  # alarabia
    ("عسيري، الذي وافته المنية صباح هذا اليوم 2018/7/11 إنا لله", "2018-07-11"),  # alarabia
    ("مشاورات المادة الرابعة خلال الفترة (2 – 14 مايو 2018م)، حيث", "2018-05-02"),  # alarabia
    ("التنمية رقم ( 22 ـ 46 / 39 / د ) وتاريخ 11 / 5 / 1439هـ .", None),  # alarabia
    ("ذلك بنشر معايير التأهيل للعموم (الخميس) 14/10/1439، وما", None),  # alarabia
    ("ية مستقرة، بحسب تقريرها الصادر في تاريخ 13/06/2018م.", "2018-06-13"),  # alarabia
    ("من اليوم الأحد الموافق 10 شوال 1439 هـ (24 يونيو 2018).", "2018-06-24"),  # alarabia
    ("ادة مشبوهة ونقلا إلى أحد المستشفيات يوم 5 مارس/ آذار 2018 وهما يرقدان", "2018-03-05"),  # BBC
    ('شنا مع بهتشلي قررنا إجراء الانتخابات في 24 يونيو / حزيران 2018".', "2018-06-24"),  # BBC
    ("جوائز الأوسكار الثمانون (2008)", None),  # BBC
    ("-\xa0 ولد في 7 يونيو/حزيران من عام 1978 في العاصمة السعودية، الرياض", "1978-06-07"),  # CNN
    ('خ 9/10/2018".', "2018-10-09"),  # CNN
    ("y Mohamed Salah (@mosalah) on Jul 18, 2018 at 10:28am PDT", "2018-07-18"),  # CNN
    ("(من 13 يوليو/تموز 2018 إلى 11 أغسطس/آب من نفس العام)", "2018-07-13"),  # CNN
    ("كان الأحد 24 حزيران/يونيو 2018 موعدا انتظرته السعوديات بفارغ", "2018-06-24"),  # france24
    ("مونديال 2018: سويسرا تقترب من ثمن النهائي بفوزها على صربيا 2- 0", None),  # france24
    ("مصر تتوقع عجزا في الموازنة 9.5-9.7 بالمئة", None),  # skynews
    ("ة السابقة، بلغ المعدن أدنى مستوى له منذ 30 يناير 2017عند 1191.35 دولار للأوقية.", "2017-01-30"),  # skynews
    ("لميدانية المشتركة انطلقت، يوم الأربعاء، 16 نوفمبر 2017، حتى نهاية يوم", "2017-11-16"),  # skynews
    ("المركزي المصري: التضخم بأدنى مستوياته منذ أكتوبر 2016", None),  # alarabia: month only
    (" أنه سيعود ابتداءً من الـ26 من شباط/فبراير 2016 إلى مهنته السا", "2016-02-26"),
    ("س الأمن الدولي الصادر في 7 من يونيو 2018. ", "2018-06-07"),
    (" فوزها بالاقتراع من دورتين في 23 أفريل و7ماي 2017.", "2017-04-23"),  # Jawhara FM
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_first_date_on_real_lines(line: str, expected: str | None) -> None:
    assert first_date(line) == (datetime.date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize(("line", "expected"), [row for row in LINES if row[1]])
def test_match_span_covers_the_date(line: str, expected: str) -> None:
    match = next(m for m in find_dates(line) if m.value == datetime.date.fromisoformat(expected))
    span = line[match.start : match.end]
    assert span == span.strip()
    assert span.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")).find(expected[:4]) >= 0


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("وطنية/19 آيار/2023", "19 آيار/2023"),
        ("(سي ان بي سي)-23/04/2024", "23/04/2024"),
        ("2023.04.13 | 07:07 دمشق", "2023.04.13 | 07:07"),
        ("06 فبراير 2024 - 04:53 GMT", "06 فبراير 2024 - 04:53 GMT"),
        ("الثلاثاء 08 . 08 . 2023", "الثلاثاء 08 . 08 . 2023"),
        ("15:30 2025-09-16|", "15:30 2025-09-16"),
        ("2023-08-09T10:00:00Z", "2023-08-09T10:00:00Z"),
        ("13 جمادى الأولى 1444هـ الموافق 7 ديسمبر 2022م", "13 جمادى الأولى 1444هـ الموافق 7 ديسمبر 2022م"),
        ("الموافق للفترة 7 - 9 ديسمبر عام 2022م", "7 - 9 ديسمبر عام 2022م"),
        ("قال يوم ٩ أغسطس ٢٠٢٣ إن", "٩ أغسطس ٢٠٢٣"),
    ],
)
def test_exact_spans(line: str, span: str) -> None:
    [match] = find_dates(line)
    assert line[match.start : match.end] == span


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("نيسان/أبريل 2023", "2023-04-01"),
        ("ارتفاع نسبة التضخم خلال شهر جوان 2016", "2016-06-01"),
        ("منذ أكتوبر 2016", "2016-10-01"),
        ("في كانون الأول 2019", "2019-12-01"),
        ("March 2018", "2018-03-01"),
        ("اليوم 2022م وفي مايو عام 2023م", "2023-05-01"),
    ],
)
def test_month_precision(line: str, expected: str) -> None:
    [match] = find_dates(line)
    assert match.precision == "month"
    assert match.value == datetime.date.fromisoformat(expected)
    assert first_date(line) is None


def test_first_date_skips_month_precision() -> None:
    line = "في يونيو 2018 وقع الاتفاق، ثم عدل في 5 يوليو 2018"
    assert [m.precision for m in find_dates(line)] == ["month", "day"]
    assert first_date(line) == datetime.date(2018, 7, 5)


def test_all_matches_left_to_right_without_overlap() -> None:
    line = "من 13 يوليو/تموز 2018 إلى 11 أغسطس/آب 2019، ثم 2020-01-05 و5/6/2021"
    matches = find_dates(line)
    assert [m.value.isoformat() for m in matches] == ["2018-07-13", "2019-08-11", "2020-01-05", "2021-06-05"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))
    assert all(isinstance(m, DateMatch) for m in matches)


MAGHREBI = {
    "جانفي": 1,
    "فيفري": 2,
    "أفريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "أوت": 8,
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
}
LEVANTINE = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
}
VARIANTS = {
    "اغسطس": 8,
    "إبريل": 4,
    "ابريل": 4,
    "آيار": 5,
    "اب": 8,
    "يونيه": 6,
    "يوليه": 7,
    "أغـسطس": 8,
    "سبْتمبر": 9,
    "Sept": 9,
    "DECEMBER": 12,
}


@pytest.mark.parametrize(("name", "month"), [*MAGHREBI.items(), *LEVANTINE.items(), *VARIANTS.items()])
def test_month_names(name: str, month: int) -> None:
    assert first_date(f"في 5 {name} 2020") == datetime.date(2020, month, 5)


@pytest.mark.parametrize(
    "line",
    [
        "31/02/2023",
        "29/02/2023",
        "30 فبراير 2023",
        "2023-13-01",
        "13/13/2023",
        "00/10/2023",
        "32 مايو 2023",
        "5 مايو 1899",
        "5 مايو 2101",
        "2023-02-30T10:00:00Z",
    ],
)
def test_invalid_dates_give_nothing(line: str) -> None:
    assert find_dates(line) == []


def test_leap_day() -> None:
    assert first_date("29/02/2024") == datetime.date(2024, 2, 29)


@pytest.mark.parametrize(
    "line",
    [
        "13 جمادى الأولى 1444هـ",
        "الخميس 12 من ذي القعدة ١٤٣٦هـ",
        "محرم 1445هـ",
        "1 صفر 1445 هـ",
        "15 ربيع الأول 1444هـ",
        "ربيع الآخر 1444",
        "20 جمادى الآخرة 1444هـ",
        "27 رجب 1444هـ",
        "15 شعبان 1444هـ",
        "1 رمضان 1444هـ",
        "1 شوال 1444هـ",
        "ذو القعدة 1444هـ",
        "10 ذو الحجة 1444هـ",
        "1444هـ",
        "14/10/1439",
        "20-10-1436هـ",
    ],
)
def test_hijri_only_gives_nothing(line: str) -> None:
    assert find_dates(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "الثلاثاء",
        "أمس",
        "اليوم",
        "غدا",
        "07:07",
        "2023",
        "5 مايو",
        "مايو",
        "Tuesday",
        "5+5",
        "7,063 مشاهدة",
        "96171010310+",
        "+96171010310 2023",
        "20 مليون دولار",
        "(725) كيلومترًا",
        "الساعة 07:07 من يوم الثلاثاء أمس",
        "فاز 3-1 في 2023",
        "4-4-2",
        "1.54.75 دقيقة",
        "2014 - 2015",
        "2014/2015",
        "1975-1990",
        "ماي فرند 2023 5",
    ],
)
def test_no_day_date(line: str) -> None:
    assert first_date(line) is None


def test_date_line_is_mostly_covered() -> None:
    for line in ["06 فبراير 2024 - 04:53 GMT", "الثلاثاء 08 . 08 . 2023", "2023.04.13 | 07:07 دمشق"]:
        covered = sum(m.end - m.start for m in find_dates(line))
        assert covered / len(line) > 0.7


@pytest.mark.parametrize("value", [None, 2023, b"2023-08-09", "", "\x00" * 10, "\ud800 2023-08-09"])
def test_odd_input_never_raises(value: object) -> None:
    assert isinstance(find_dates(value), list)  # type: ignore[arg-type]


def test_random_text_never_raises() -> None:
    rng = random.Random(7)
    alphabet = "0123456789٠١٢٣٤٥٦٧٨٩ /-.:،,()هـمTZ" + "أغسطس آب الموافق شوال يونيو الثلاثاء 2023 1444"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for m in find_dates(text):
            assert 0 <= m.start < m.end <= len(text)


def _corpus_texts(limit: int) -> list[str]:
    """Up to limit texts, spread over all shards."""
    shards = sorted(CORPUS.glob("*.jsonl.gz"))
    per_shard = -(-limit // max(1, len(shards)))
    texts: list[str] = []
    for shard in shards:
        with gzip.open(shard, "rt", encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in itertools.islice(lines, per_shard))
    return texts[:limit]


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason="benchmark corpus not available")
def test_never_raises_on_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _corpus_texts(2000)
    assert len(texts) == 2000
    found = [find_dates(text) for text in texts]
    for text, matches in zip(texts, found, strict=True):
        for m in matches:
            assert 0 <= m.start < m.end <= len(text)
            assert m.precision in ("day", "month")
            assert 1900 <= m.value.year <= 2100
    assert sum(map(len, found)) > 100
    # the cheap pre-check must never hide a date the full regex would find
    monkeypatch.setattr(dates, "_might_hold_date", lambda text: True)
    assert [find_dates(text) for text in texts] == found
