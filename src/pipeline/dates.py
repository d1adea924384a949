"""Find Gregorian dates in Arabic (and English) news text: date lines, bylines, deadlines.

Matching runs on a copy of the text folded one character for one character (alef forms, ى, ة,
Eastern/Persian digits), so match offsets index the original text unchanged. Hijri dates are
never returned: a Hijri date followed by its Gregorian equivalent ("... 1444هـ الموافق 7 ديسمبر
2022م") is one match whose value is the Gregorian date; a Hijri date alone gives nothing.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

from babel.dates import get_day_names, get_month_names

Precision = Literal["day", "month"]


class DateMatch(NamedTuple):
    """A date expression: its value, its span in the text, and whether it names a day or a month."""

    value: datetime.date
    start: int  # offsets into the text passed in
    end: int
    precision: Precision  # "month": month + year only, value is the 1st of the month


# Single-character replacements only, so offsets in the folded text equal offsets in the original.
_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0622": "\u0627",
        "\u0671": "\u0627",  # أ إ آ ٱ -> ا
        "\u0649": "\u064a",
        "\u06cc": "\u064a",
        "\u06a9": "\u0643",  # ى and Persian ی -> ي, Persian ک -> ك
        "\u0629": "\u0647",  # ة -> ه
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Eastern Arabic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
    }
)

_CLDR_LOCALES = ("ar", "ar_IQ", "ar_SY", "ar_LB", "ar_JO", "ar_MA", "ar_DZ", "ar_TN")
# Spellings CLDR lacks even after folding: Egyptian يونيه/يوليه and English "Sept". The other
# variants seen in news (اغسطس, إبريل/ابريل, آيار, اب, جويلة) fold onto a CLDR name already.
_EXTRA_MONTHS = {"يونيه": 6, "يوليه": 7, "جويله": 7, "sept": 9}

_S = r"[^\S\r\n]"  # horizontal whitespace only: a date never spans two lines
_W = _S + "*+"  # possessive, so runs of spaces cannot cause backtracking blow-ups
_L = "\u0621-\u064aa-zA-Z"  # letters that may not touch a name
_MARK = "[\u064b-\u065f\u0670\u0640]"  # harakat, dagger alef, tatweel: allowed inside names
_MARK_RE = re.compile(_MARK)
_NB, _NA = r"(?<![0-9])", r"(?![0-9])"
_NUM2 = _NB + r"[0-9]{1,2}" + _NA
_YEAR = _NB + r"(?:19[0-9]{2}|20[0-9]{2}|2100)" + _NA  # years 1900-2100: Hijri 14xx never fits
_SEP = _W + r"(?:[-\u2013\u2014/\\.\u060C,]" + _W + ")?"  # "-", "/ ", " . ", "، " or just spaces
_TO = _W + r"(?:[-\u2013\u2014]|الي|حتي|و)" + _W  # "-", إلى, حتى, و (folded)
_YCONN = r"(?:(?:من" + _S + r"+)?(?:لل|ال|ل)?(?:عام|سنه)" + _W + ")?"  # "من عام 1978", "سنة"
_AD = r"(?:" + _W + r"م(?![" + _L + "]))?"  # "2022م", "2015 م": Gregorian-era marker
_CLOCK = _NB + r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?" + _NA
_ZONE = r"(?:(?i:gmt|utc|am|pm)|ص|م)(?![" + _L + "])"
_LEAD = r"(?:" + _CLOCK + _W + r"(?:[-|,\u060C]" + _W + ")?)?"  # "15:30 2025-09-16"
_TAIL = (
    r"(?:" + _W + r"(?:[-\u2013\u2014|,\u060C]" + _W + r")?(?:(?:الساعه|at)" + _W + ")?" + _CLOCK + r"(?:" + _W + _ZONE + ")?)?"
)  # "- 04:53 GMT", "| 07:07", "at 7:13pm"
_ISO_TIME = r"(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
_HIJRI_MONTH = (
    r"(?:محرم|صفر|ربيع"
    + _S
    + r"+(?:الاول|الاخر|الثاني)|جمادي"
    + _S
    + r"+(?:الاولي|الاول|الاخره|الاخر|الثانيه|الثاني)|رجب|شعبان|رمضان|شوال|ذ[وي]"
    + _S
    + r"+(?:القعده|الحجه))"
)
_HIJRI_DATE = (
    _NUM2
    + r"(?:"
    + _SEP
    + r"(?:من"
    + _S
    + r"+)?"
    + _HIJRI_MONTH
    + _SEP
    + r"|"
    + _W
    + r"(?P<hs>[-/.\\])"
    + _W
    + r"[0-9]{1,2}"
    + _W
    + r"(?P=hs)"
    + _W
    + r")"
    + _NB
    + r"1[34][0-9]{2}"
    + _NA
    + _W
    + r"(?:ه\u0640*+)?"
)  # "13 جمادى الأولى 1444هـ", "14/10/1436"
_EQUIV = (
    _W + r"(?:[,\u060C]" + _W + r")?(?:\(|الموافق" + _W + r"(?:لل?(?:فتره)?\u0640*+" + _W + r")?(?:من" + _S + r"+)?)" + _W
)  # "، الموافق", "الموافق للفترة", "("
# A Hijri date is kept only as the prefix of its Gregorian equivalent: it widens the span and
# never yields a value of its own (a Hijri date alone matches nothing).
_HIJRI = r"(?:" + _HIJRI_DATE + _EQUIV + r")?"


def _key(name: str) -> str:
    """Lookup key for a name: folded, without marks, lower-case, single-spaced."""
    return " ".join(_MARK_RE.sub("", name.translate(_FOLD)).lower().split())


def _month_table() -> dict[str, int]:
    """Month names (folded) to month numbers, from CLDR plus the hand-added variants."""
    table: dict[str, int] = {}
    for locale in _CLDR_LOCALES:
        table.update((_key(n), i) for i, n in get_month_names("wide", locale=locale).items())
    for width in ("wide", "abbreviated"):
        table.update((_key(n), i) for i, n in get_month_names(width, locale="en").items())
    table.update(_EXTRA_MONTHS)
    return table


def _names_regex(names: Iterable[str]) -> str:
    """Alternation of names, longest first; marks allowed between Arabic letters."""
    alts = []
    for name in sorted(set(names), key=len, reverse=True):
        if name.isascii():
            alts.append("(?i:" + re.escape(name).replace(r"\ ", _S + "+") + ")")
        else:
            words = ((_MARK + "*+").join(map(re.escape, w)) for w in name.split())
            alts.append((_S + "+").join(words))
    return "(?<![" + _L + "])(?:" + "|".join(alts) + ")(?![" + _L + "])"


_MONTHS = _month_table()
_MONTH_NAME = _names_regex(_MONTHS)
_WEEKDAYS = {_key(n) for loc in ("ar", "en") for n in get_day_names("wide", locale=loc).values()}
_WEEKDAY = _names_regex(_WEEKDAYS)


def _month(group: str) -> str:
    """A month name, optionally paired with its other-calendar name: "آب/أغسطس", "مايو (أيار)"."""
    return r"(?P<" + group + ">" + _MONTH_NAME + r")(?:" + _W + r"[/\\(]" + _W + _MONTH_NAME + _W + r"\)?)?"


def _g(name: str, pattern: str) -> str:
    """Named group."""
    return "(?P<" + name + ">" + pattern + ")"


# Alternatives in priority order; at one position the first that matches wins.
_ALTERNATIVES = (
    # "7 - 9 ديسمبر عام 2022", "من 5 إلى 21 ماي 2017": a range gives its first day
    _g("rd", _NUM2) + _TO + _NUM2 + _SEP + _month("rm") + _SEP + _YCONN + _g("ry", _YEAR),
    # "28 يونيو– 4 يوليو 2015"
    _g("xd", _NUM2) + _SEP + _month("xm") + _TO + _NUM2 + _SEP + _month("xm2") + _SEP + _YCONN + _g("xy", _YEAR),
    # "9 آب/أغسطس 2023", "09-أغسطس-2023", "19 آيار/2023", "7 يونيو/حزيران من عام 1978", "26 من شباط 2016"
    _g("td", _NUM2) + _SEP + r"(?:من" + _S + "+)?" + _month("tm") + _SEP + _YCONN + _g("ty", _YEAR),
    # "May 19, 2023", "May 19/2023"
    _month("fm") + _W + r"(?:[,\u060C/]" + _W + ")?" + _g("fd", _NUM2) + _W + r"(?:[,\u060C/]" + _W + ")?" + _g("fy", _YEAR),
    # "2023-08-09T10:00:00Z", "2023.04.13", "2015/7/20"
    _g("iy", _YEAR) + _W + r"(?P<is>[-/.\\])" + _W + _g("im", _NUM2) + _W + r"(?P=is)" + _W + _g("id", _NUM2) + _ISO_TIME,
    # "23/04/2024", "08 . 08 . 2023", "25 / 7 / 2015": both separators the same
    _g("nd", _NUM2) + _W + r"(?P<ns>[-/.\\])" + _W + _g("nm", _NUM2) + _W + r"(?P=ns)" + _W + _g("ny", _YEAR),
    # "نيسان/أبريل 2023", "شهر جوان 2016": month precision
    _month("mm") + _SEP + _YCONN + _g("my", _YEAR),
)
_WEEKDAY_PREFIX = r"(?:" + _WEEKDAY + _W + r"(?:[,\u060C]" + _W + r")?)?"
# re tries the whole pattern at every position; this one-character test rejects most positions
# (mid-word letters, letters no name starts with) before any alternative is tried.
_FIRSTS = "".join(sorted({c for n in (*_MONTHS, *_WEEKDAYS) for c in (n[0], n[0].upper())}))
_GATE = r"(?:(?<![0-9])(?=[0-9])|(?<![" + _L + r"0-9])(?=[" + _FIRSTS + "]))"
_DATE = re.compile(_GATE + _LEAD + _WEEKDAY_PREFIX + _HIJRI + "(?:" + "|".join(_ALTERNATIVES) + ")" + _AD + _TAIL)
# Every form needs a four-digit year in 1900-2100 next to a month or number (_year_in_date);
# texts without one skip folding and the big regex.
_CANDIDATE = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]{4}")
_YEAR_RE = re.compile(_YEAR)
_YMD_REST = re.compile(_W + r"([-/.\\])" + _W + _NUM2 + _W + r"\1")  # "-08-" after a year
_PUNCT_TO_SPACE = str.maketrans(dict.fromkeys("-\u2013\u2014/\\().\u060c,", " "))
_YEAR_WORDS = frozenset({"عام", "العام", "لعام", "للعام", "سنه", "السنه", "لسنه", "للسنه"})
# (day, month, year) group names per alternative, in pattern order; no day group = month precision
_FIELDS = (
    ("rd", "rm", "ry"),
    ("xd", "xm", "xy"),
    ("td", "tm", "ty"),
    ("fd", "fm", "fy"),
    ("id", "im", "iy"),
    ("nd", "nm", "ny"),
    ("", "mm", "my"),
)


def _year_in_date(folded: str, start: int, end: int) -> bool:
    """Cheap test that the year at folded[start:end] could belong to a date expression.

    Every form either starts with the year ("2023-08-09") or ends with it right after a 1-2
    digit number ("23/04/2024", "May 19, 2023") or a month name ("آب (أغسطس) 2023",
    "ديسمبر عام 2022"). Most years in news ("في 2016", "2015-2016", "لسنة 2017") fail, and the
    big regex is then never run.
    """
    if _YMD_REST.match(folded, end):
        return True
    words = folded[max(0, start - 40) : start].translate(_PUNCT_TO_SPACE).split()
    after_year_word = bool(words) and words[-1] in _YEAR_WORDS  # only ever follows a month
    if after_year_word:
        words.pop()
        if words and words[-1] == "من":
            words.pop()
    if not words:
        return False
    last = words[-1]
    if not after_year_word and 1 <= len(last) - len(last.rstrip("0123456789")) <= 2:
        return True
    name = last[max(map(last.rfind, "0123456789")) + 1 :]  # "ماي" of "و7ماي", "آيار" of "19آيار"
    return _key(name) in _MONTHS or _key(" ".join(words[-2:])) in _MONTHS


def _might_hold_date(text: str) -> bool:
    """True when some four-digit number in text passes _year_in_date (folding only its window)."""
    for run in _CANDIDATE.finditer(text):
        lo = max(0, run.start() - 40)
        window = text[lo : run.end() + 20].translate(_FOLD)  # folding all of a long text costs more
        year = _YEAR_RE.match(window, run.start() - lo)
        if year and _year_in_date(window, year.start(), year.end()):
            return True
    return False


def _month_number(token: str) -> int:
    """Month number of a matched month name or numeric month (0 if unknown)."""
    return int(token) if token.isdigit() else _MONTHS.get(_key(token), 0)


def _date(year: int, month: int, day: int) -> datetime.date | None:
    """The date, or None when it does not exist or falls outside 1900-2100."""
    if not 1900 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _resolve(m: re.Match[str]) -> tuple[datetime.date, Precision] | None:
    """Value and precision of a regex match, or None when the date is invalid."""
    for day_g, month_g, year_g in _FIELDS:
        year_s = m.group(year_g)
        if year_s is None:
            continue
        year, month = int(year_s), _month_number(m.group(month_g))
        day = int(m.group(day_g)) if day_g else 1
        if day_g == "nd" and month > 12 and day <= 12:
            day, month = month, day  # month-first only when day-first is impossible (04/23/2024)
        if day_g == "xd" and month > _month_number(m.group("xm2")):
            year -= 1  # "28 ديسمبر - 4 يناير 2016" starts in the previous year
        value = _date(year, month, day)
        return None if value is None else (value, "day" if day_g else "month")
    return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date expression in text, left to right, non-overlapping; never raises."""
    if not isinstance(text, str) or not _might_hold_date(text):
        return []
    folded = text.translate(_FOLD)
    found: list[DateMatch] = []
    pos = invalid_end = 0
    while (m := _DATE.search(folded, pos)) is not None:
        resolved = _resolve(m)
        if resolved is None:
            # "31/02/2023": retry from the next character, as a valid date may start inside
            # ("40 - 9 ديسمبر 2022"); but the month of "30 فبراير 2023" is no date of its own.
            invalid_end = m.end()
            pos = m.start() + 1
        elif resolved[1] == "month" and m.start() < invalid_end:
            pos = m.start() + 1
        else:
            found.append(DateMatch(resolved[0], m.start(), m.end(), resolved[1]))
            pos = m.end()
    return found


def first_date(text: str) -> datetime.date | None:
    """The first day-precision date in text, or None."""
    return next((d.value for d in find_dates(text) if d.precision == "day"), None)
