"""Clean: turn a report as copied from the web into a body plus headline, outlet, dateline, date.

The text is read as lines. Page furniture is recognised line by line from the lexicon
(`lexicons/furniture.tsv`); the *head* of the page — the lines before the first real paragraph —
is read for markers (breadcrumbs, date lines, `outlet / place / date` lines, dateline lines).
Everything above the last marker is page header, the headline is taken from it, and the body is
what remains, one paragraph a line, paragraphs joined by a blank line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from babel import Locale

from pipeline.dates import find_dates
from pipeline.lexicon import load_tsv
from pipeline.text import (
    arabic_share,
    fold_letters,
    normalize_newlines,
    normalize_spaces,
    strip_diacritics,
    unescape_entities,
)

HEAD_LINES = 15
"""The page header is looked for in at most this many lines before the first paragraph."""
MAX_CAPTION = 300
MAX_FURNITURE = 400
"""Longer lines are prose: no furniture pattern is tried on them."""
MAX_HEADLINE = 300
DASHES = "-\u2013\u2014"
DASH = "\\-\u2013\u2014"  # for regex classes: the hyphen escaped, so it never forms a range
NOT_OUTLETS = frozenset(fold_letters(w) for w in ("متابعات", "وكالات", "خاص", "الأخبار", "مراسلنا", "admin", "المحرر", "محرر"))
WEEKDAYS = "الاحد|الاثنين|الإثنين|الثلاثاء|الاربعاء|الأربعاء|الخميس|الجمعه|الجمعة|السبت"
_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|am|pm|GMT|UTC|ص|م|مساء|صباحا)?")
_DATE_LABEL_RE = re.compile(
    f"(?:تاريخ النشر|اخر تحديث|تم النشر|نشر في|نشر|بتاريخ|تحديث|التاريخ|GMT|UTC|(?<!\\S)في(?!\\S)|{fold_letters(WEEKDAYS)})"
)  # `في Wednesday 10 September, 2025`: `في` is no outlet
_PUNCT_EDGES = f" |/\\\\.,\u060c:;()\u00ab\u00bb\u201c\u201d\"'{DASHES}"
_PARTS_RE = re.compile(f"\\s*(?:[/|\\\\]|\\s[{DASH}]\\s)\\s*")
BULLET_RE = re.compile("^[\u2022\u25a0\u25aa\u25cf\u25c6\u2013\u2014\u0640*\u00b7-]")
_CLOSERS = "['\"\u201d\u00bb)]*$"
_FULL_STOP_RE = re.compile(f"(?<!\\.)[.\u06d4]{_CLOSERS}")  # a full stop, not an ellipsis
_QUESTION_RE = re.compile(f"[!?\u061f]{_CLOSERS}")


@dataclass
class Line:
    """One non-empty line: as kept (`text`), marks removed (`plain`), and letters folded (`key`)."""

    text: str
    plain: str
    key: str
    drop: str | None = None


@dataclass
class Cleaned:
    """The clean article: body and metadata, each None when the text does not say."""

    body: str
    headline: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published_on: dt.date | None = None
    language: str = "ar"
    dropped: list[tuple[str, str]] = field(default_factory=list)
    folded: str | None = None
    """The body's lines folded and without marks (their keys), for `body_id` to skip that work."""


@dataclass
class _Meta:
    """Metadata candidates gathered while reading, best source first when resolved."""

    outlets: list[tuple[int, str]] = field(default_factory=list)
    places: list[tuple[int, str]] = field(default_factory=list)
    dates: list[tuple[int, dt.date]] = field(default_factory=list)

    @staticmethod
    def best(items: list[tuple[int, str]] | list[tuple[int, dt.date]], last: bool = False) -> object:
        """Return the value of the lowest rank (most trusted); on ties the first, or the last."""
        if not items:
            return None
        ranked = sorted(enumerate(items), key=lambda it: (it[1][0], -it[0] if last else it[0]))
        return ranked[0][1][1]


# Ranks: lower is more trusted.
RANK_LINE, RANK_DATELINE, RANK_STAMP, RANK_LEAD, RANK_TAG, RANK_SELF, RANK_TODAY = range(7)


def make_line(raw: str) -> Line:
    """Build a Line; a tatweel between spaces is a dash (`مسقط ـ العمانية`), not a letter stretch."""
    text = normalize_spaces(raw)
    plain = strip_diacritics(text.replace(" \u0640 ", " - "))
    return Line(text, plain, fold_letters(plain))


def clean(text: str, title: str | None = None) -> Cleaned:
    """Clean one report.

    Args:
        text: the report as decoded, furniture and all.
        title: a title stated by the container (HTML <title>, JSON `title`), trusted over the text.

    Returns:
        The body (possibly empty: the caller rejects it) and the metadata found.
    """
    lines = [make_line(raw) for raw in unescape_entities(normalize_newlines(text)).split("\n")]
    lines = [ln for ln in lines if ln.text]
    meta = _Meta()
    _mark_furniture(lines, meta)
    _mark_split_stamps(lines, meta)
    lead = _lead_index(lines)
    cut = _read_head(lines[:lead], meta)
    headline = _pick_headline(lines, cut, lead, title)
    _drop_head_captions(lines, cut, lead)
    _drop_repeats(lines, headline)
    _drop_related_blocks(lines)
    _read_tail(lines, meta)
    _read_tag_under_lead(lines, meta)
    kept = [ln for ln in lines if ln.drop is None]
    if kept:
        _read_lead(kept[0], meta)
    _read_self_references(lines, meta)
    _read_today(kept, meta)
    if headline is None and lines and lines[0].drop is None:
        headline = _wordpress_title(lines[0], meta)
    body = "\n\n".join(ln.text for ln in kept)
    return Cleaned(
        body=body,
        headline=headline,
        outlet=meta.best(meta.outlets, last=True),  # type: ignore[arg-type]  # nearest the body wins
        dateline=meta.best(meta.places),  # type: ignore[arg-type]
        published_on=meta.best(meta.dates, last=True),  # type: ignore[arg-type]  # a page-render date stands above the headline
        language=detect_language(body),
        dropped=[(ln.drop, ln.text) for ln in lines if ln.drop],
        folded="\n".join(ln.key for ln in kept),
    )


# --- lexicon-driven furniture ---------------------------------------------------------------


@cache
def _furniture() -> dict[str, re.Pattern[str]]:
    """Compile the furniture lexicon into one full-line pattern per kind.

    Each entry's `outlet` group is renamed `outlet<N>`: one pattern cannot name a group twice.
    """
    by_kind: dict[str, list[str]] = {}
    for n, row in enumerate(load_tsv("furniture.tsv")):
        pattern = fold_letters(row["pattern"]).replace("(?P<outlet>", f"(?P<outlet{n}>")
        by_kind.setdefault(row["kind"], []).append(f"(?:{pattern})")
    return {kind: re.compile("|".join(patterns), re.IGNORECASE) for kind, patterns in by_kind.items()}


def _mark_furniture(lines: list[Line], meta: _Meta) -> None:
    """Drop junk, captions and source stamps; a stamp's outlet becomes a candidate."""
    patterns = _furniture()
    for ln in lines:
        if len(ln.text) > MAX_FURNITURE:
            continue
        if patterns["junk"].fullmatch(ln.key):
            ln.drop = "junk"
        elif patterns["breadcrumb"].fullmatch(ln.key):
            ln.drop = "breadcrumb"
        elif len(ln.text) <= MAX_CAPTION and patterns["credit"].fullmatch(ln.key):
            ln.drop = "caption"
        elif (stamp := patterns["stamp"].fullmatch(ln.key)) is not None:
            ln.drop = "stamp"
            group = next((g for g, v in stamp.groupdict().items() if v), None)
            if group:
                _add_outlet(meta, RANK_STAMP, _span(ln, stamp, group))
            if (day := _STAMP_DATE_RE.search(ln.key)) is not None:  # `/مصدر: شينخوا/ 2023:07:14.09:22`
                with contextlib.suppress(ValueError):
                    meta.dates.append((RANK_STAMP, dt.date(*(int(x) for x in day.groups()))))


_STAMP_DATE_RE = re.compile(r"(?<!\d)(20\d{2})[:.\-/](\d{2})[:.\-/](\d{2})(?!\d)")


def _mark_split_stamps(lines: list[Line], meta: _Meta) -> None:
    """A source stamp over two lines: `المصدر` (or `Source`) alone, then the outlet's name (`winwin`)."""
    for n, ln in enumerate(lines[:-1]):
        nxt = lines[n + 1]
        if ln.key.strip(_PUNCT_EDGES).lower() in SOURCE_LABELS and nxt.drop is None and len(nxt.text.split()) <= 3:
            ln.drop = nxt.drop = "stamp"
            _add_outlet(meta, RANK_STAMP, nxt.plain)
            if n > 0 and lines[n - 1].key.strip(_PUNCT_EDGES).lower() in SOURCE_LABELS:
                lines[n - 1].drop = "stamp"  # `Source` over `المصدر`


SOURCE_LABELS = frozenset({"المصدر", "source"})


def _add_outlet(meta: _Meta, rank: int, value: str) -> None:
    """Record an outlet candidate unless it is empty or a word that names no outlet."""
    value = value.strip(_PUNCT_EDGES)
    if 1 < len(value) <= 40 and fold_letters(value) not in NOT_OUTLETS and not value.isdigit():
        meta.outlets.append((rank, value))


# --- the head of the page ---------------------------------------------------------------------


def _is_paragraph(ln: Line) -> bool:
    """Tell whether a line reads as article prose rather than a header item."""
    words = len(ln.text.split())
    # Headlines can run past 25 words but never end in a full stop; 40 words of prose are a lead.
    return (
        words >= 40
        or (words >= 8 and _FULL_STOP_RE.search(ln.text) is not None)
        or (words >= 20 and _QUESTION_RE.search(ln.text) is not None)  # headlines ask questions too
        or (words >= 6 and ln.text.endswith(":"))
    )


def _lead_index(lines: list[Line]) -> int:
    """Return the index of the first paragraph (the lead), bounded by HEAD_LINES."""
    for i, ln in enumerate(lines[: HEAD_LINES + 1]):
        if ln.drop is None and _is_paragraph(ln) and not BULLET_RE.match(ln.text):
            return i
    return min(len(lines), HEAD_LINES)


def _read_head(head: list[Line], meta: _Meta) -> int:
    """Read markers in the head; drop every line down to the last one and return its index."""
    cut = -1
    for i, ln in enumerate(head):
        if ln.drop in ("stamp", "breadcrumb") or _read_marker(ln, meta):
            cut = i
    for ln in head[: cut + 1]:
        ln.drop = ln.drop or "header"
    return cut


def _read_marker(ln: Line, meta: _Meta) -> bool:
    """Recognise a breadcrumb, dateline line or date line, recording what it says."""
    if (m := _dateline_line(ln.key)) is not None:
        if m.groupdict().get("place"):
            meta.places.append((RANK_DATELINE, _span(ln, m, "place")))
        if m.groupdict().get("outlet"):
            _add_outlet(meta, RANK_LINE, _span(ln, m, "outlet"))
        return True
    return _read_date_line(ln, meta)


def _span(ln: Line, m: re.Match[str], group: str) -> str:
    """Return a match group as written (folding keeps offsets, so `plain` has the same spans)."""
    return ln.plain[m.start(group) : m.end(group)].strip(_PUNCT_EDGES)


def _read_date_line(ln: Line, meta: _Meta) -> bool:
    """Recognise a line that is a date plus at most an outlet and a place (`السيمر / فيينا / …`)."""
    days = [d for d in find_dates(ln.plain) if d.precision == "day"]
    if not days:
        return False
    rest = ln.key
    for d in reversed(days):
        rest = rest[: d.start] + " / " + rest[d.end :]
    rest = _DATE_LABEL_RE.sub(" ", _TIME_RE.sub(" ", rest))
    parts = [p.strip(_PUNCT_EDGES) for p in _PARTS_RE.split(rest.strip(_PUNCT_EDGES))]
    parts = [p for p in parts if p]
    if sum(len(p.split()) for p in parts) > 6:
        return False
    meta.dates.append((RANK_TAG if "تحديث" in ln.key else RANK_LINE, days[0].value))  # `آخر تحديث:` is not the day it came out
    places = [p for p in parts if p in _places()]
    others = [p for p in parts if p not in _places()]
    if others:
        _add_outlet(meta, RANK_LINE, _original(ln, others[0]))
    if places and others:
        meta.places.append((RANK_LINE, _original(ln, places[0])))
    return True


def _original(ln: Line, key_part: str) -> str:
    """Return the text of `ln.plain` that a folded part of `ln.key` came from."""
    at = ln.key.find(key_part)
    return ln.plain[at : at + len(key_part)] if at >= 0 else key_part


@cache
def _places() -> frozenset[str]:
    """Folded names of places a dateline may name: CLDR cities and territories, plus the places and regions lexicons."""
    locale = Locale("ar")
    names = {v["city"] for v in locale.time_zones.values() if v.get("city")}
    names |= {name for code, name in locale.territories.items() if code.isalpha()}  # not `العالم` (001) or other regions
    names |= {row["place"] for row in load_tsv("places.tsv")} | {row["region"] for row in load_tsv("regions.tsv")}
    return frozenset(fold_letters(strip_diacritics(n)) for n in names)


@cache
def _credit_words() -> str:
    """Alternation of words that stand where an outlet would but name none (`متابعات`)."""
    return "|".join(re.escape(w) for w in sorted(NOT_OUTLETS, key=len, reverse=True))


@cache
def _place_alternation() -> str:
    """One regex alternation of every place, longest first so `مكة المكرمة` beats `مكة`."""
    return "|".join(re.escape(p) for p in sorted(_places(), key=len, reverse=True))


@cache
def _dateline_line_patterns() -> tuple[re.Pattern[str], ...]:
    """Whole lines that are a dateline: `مسقط ـ العمانية:`, `بغداد (يونا) -`, `إيلاف من لندن:`."""
    place = f"(?P<place>{_place_alternation()})"
    outlet = r"(?P<outlet>[^\s:()]+(?: [^\s:()]+){0,2})"
    return (
        re.compile(f"{place}\\s*[{DASH}_]\\s*{outlet}?\\s*:?"),
        re.compile(f"{place}\\s*:"),
        re.compile(f"{place}\\s*\\({outlet}\\)\\s*[{DASH}:]*"),
        re.compile(f"{outlet} من {place}\\s*:?"),
        re.compile(f"{outlet}\\s*[{DASH}_]\\s*{place}\\s*:?"),  # `عين اليوم – الرياض`, `الصحافة _ الرباط`
        re.compile(f"{outlet}\\s*[{DASH}]\\s*(?:{_credit_words()})\\s*:?"),  # `عين اليوم – متابعات`
        re.compile(f"{place}\\s*/\\s*[^/:]{{2,40}}?\\s*/\\s*{outlet}"),  # `مسقط/ محمد شيخ يوسف / الأناضول`: place, byline, agency
        re.compile(f"(?=[^\\W\\d_]){outlet}\\s*[{DASH}]"),  # `نبأ الأردن -` on a line of its own (not `+ الخط -`)
    )


def _dateline_line(key: str) -> re.Match[str] | None:
    """Return the match when a whole (folded) line is a dateline."""
    if key.count(" ") > _dateline_max_spaces() or not _DATELINE_MARK_RE.search(key):
        return None  # what every pattern needs: few words, and a dash, colon, bracket or `من` (the place alternation is slow)
    return next((m for p in _dateline_line_patterns() if (m := p.fullmatch(key))), None)


_DATELINE_MARK_RE = re.compile(f"[{DASH}_:(/]| من ")


@cache
def _dateline_max_spaces() -> int:
    """The most spaces a dateline line can hold: the longest place, three words of outlet, a mark and `من`."""
    return max(p.count(" ") for p in _places()) + 6


def _pick_headline(lines: list[Line], cut: int, lead: int, title: str | None) -> str | None:
    """Choose the headline: the container's title, else the first title-like header line."""
    if title:
        return normalize_spaces(title)
    header = [ln for ln in lines[: cut + 1] if ln.drop == "header"]
    below = [ln for i, ln in enumerate(lines[cut + 1 : lead], start=cut + 1) if ln.drop is None and not _before_caption(lines, i)]
    candidates = header + below
    has_lead = lead < len(lines) and _is_paragraph(lines[lead])  # else a label may be all the title there is
    for n, ln in enumerate(candidates):
        if _is_title(ln, min_words=2 if ln is lines[0] else 3):
            if has_lead and _kicker(ln, candidates[n + 1 :]):
                ln.drop = "kicker"
                continue
            ln.drop = "headline"
            for before in candidates[:n] if has_lead else []:  # `خارج الحدود` over the headline, too short to try
                if before.drop is None and len(before.text.split()) <= KICKER_WORDS:
                    before.drop = "kicker"
            return ln.text
    return None


def _drop_head_captions(lines: list[Line], cut: int, lead: int) -> None:
    """Drop the short lines left between the header and the lead: photo captions and labels (`وزير الخارجية
    الإيراني`, `القوات المسلحة السودانية`, `وزير الخارجية السعودية، فيتو`), never a standfirst, which is longer."""
    if lead >= len(lines) or not _is_paragraph(lines[lead]):
        return  # no lead found (a poem, a list): short lines are the text
    short = [
        ln
        for ln in lines[cut + 1 : lead]
        if ln.drop is None and len(ln.text.split()) <= CAPTION_WORDS and _FULL_STOP_RE.search(ln.text) is None
    ]
    if len(short) > MAX_HEAD_CAPTIONS:
        return  # many short lines before the first paragraph are verse or a list, not captions
    for ln in short:
        if ln.text.count('"') % 2 == 0 and ln.text.count("\u00ab") == ln.text.count("\u00bb"):  # not `أنصار الله "`
            ln.drop = "caption"


MAX_HEAD_CAPTIONS = 3


CAPTION_WORDS = 6


def _kicker(ln: Line, after: list[Line]) -> bool:
    """A section label over the headline (`البطولة الإحترافية`, `أخباراقليمي و دولي`): a short line followed by a
    longer title-like line before the lead."""
    nxt = after[0] if after else None
    return (
        nxt is not None
        and _PUNCTUATION_RE.search(ln.text) is None  # a label has none (`أبها الثكلى..` is a poem's title)
        and len(ln.text.split()) <= KICKER_WORDS
        and len(nxt.text.split()) >= 2 * len(ln.text.split()) + 2
        and _is_title(nxt)
    )


KICKER_WORDS = 3
_PUNCTUATION_RE = re.compile("[.\u060c,:!?\u061f\u2026]")


def _is_title(ln: Line, min_words: int = 3) -> bool:
    """Tell whether a line can be a headline: a few words, no final full stop, no marker."""
    words = len(ln.text.split())
    return (
        min_words <= words <= 40
        and len(ln.text) <= MAX_HEADLINE
        and _FULL_STOP_RE.search(ln.text) is None
        and not ln.text.endswith((":", "\u061b"))
        and not BULLET_RE.match(ln.text)
        and not find_dates(ln.plain)
        and _dateline_line(ln.key) is None
    )


def _before_caption(lines: list[Line], i: int) -> bool:
    """Tell whether line i is a short photo title standing right before a caption."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.drop == "caption" and len(lines[i].text.split()) <= 8


# --- repeats, related blocks, the tail ----------------------------------------------------------


def _drop_repeats(lines: list[Line], headline: str | None) -> None:
    """Drop photo titles before captions, repeated headlines, and lines repeating earlier ones."""
    seen = {_repeat_key(make_line(headline))} if headline else set()
    for i, ln in enumerate(lines):
        if ln.drop is not None:
            continue
        key = _repeat_key(ln)
        if key in seen:
            ln.drop = "repeat"
        elif i < HEAD_LINES and _before_caption(lines, i):
            ln.drop = "caption"
        seen.add(key)


def _repeat_key(ln: Line) -> str:
    """Compare lines without a leading bullet, full stops and spaces (a key has no other whitespace)."""
    key = ln.key[1:] if BULLET_RE.match(ln.key) else ln.key
    return key.replace(".", "").replace(" ", "")


def _drop_related_blocks(lines: list[Line]) -> None:
    """Drop "read more"/related blocks: to the end near the tail, else the short items after."""
    related = _furniture()["related"]
    for i, ln in enumerate(lines):
        if ln.drop is None and related.fullmatch(ln.key):
            ln.drop = "related"
            to_end = i >= len(lines) * 0.6
            for item in lines[i + 1 :]:
                if not to_end and (_is_paragraph(item) or len(item.text) > 150):
                    break
                item.drop = item.drop or "related"


def _read_tail(lines: list[Line], meta: _Meta) -> None:
    """Drop date lines among the last three lines; their date is a publication-date candidate."""
    for ln in lines[-3:]:
        if ln.drop is None and not _is_paragraph(ln):
            before = len(meta.dates)
            if _read_date_line(ln, meta):
                ln.drop = "date"
                meta.dates[before:] = [(RANK_STAMP, d) for _, d in meta.dates[before:]]


# --- metadata inside the text ---------------------------------------------------------------------


@cache
def _agency_alternation() -> str:
    """One regex alternation of the agency names and aliases, folded."""
    names = {fold_letters(n) for row in load_tsv("agencies.tsv") for n in [row["name"], *row["aliases"].split("|")] if n}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _agency_names() -> dict[str, str]:
    """Map every folded agency form to the name stored as outlet."""
    return {fold_letters(n): row["name"] for row in load_tsv("agencies.tsv") for n in [row["name"], *row["aliases"].split("|")] if n}


@cache
def _lead_dateline_patterns() -> tuple[re.Pattern[str], ...]:
    """Datelines glued to the lead: `بغداد (يونا) -`, `واشنطن – 15 – 4 (كونا) --`, `القاهرة 13 يوليو 2023 (شينخوا)`,
    `الرياض - واس:`."""
    place = f"(?P<place>{_place_alternation()})"
    written = "\\d{1,2}\\s+[^\\s()\\d]{3,10}\\s+\\d{4}\\s*"  # `13 يوليو 2023`
    digits = f"(?:[{DASH}]?\\s*\\d{{1,2}}\\s*[{DASH}/]\\s*\\d{{1,2}}(?:\\s*[{DASH}/]\\s*\\d{{2,4}})?\\s*|{written})?"
    region = "(?:\\s*[\u060c,]\\s*[^()\\d\u060c,:]{2,40}?)?"  # `دبي، الإمارات العربية المتحدة (CNN)`
    return (
        re.compile(f"{place}{region}\\s*[\u060c,]?\\s*{digits}\\((?P<outlet>[^()]{{1,30}})\\)\\s*[{DASH}:]*"),
        # `سبق- جدة:`, `فلان- سبق- جدة:`, `واس- جدة:`
        re.compile(f"(?:[^:]{{2,40}}?[{DASH}]\\s*)?(?P<outlet>[^\\s:{DASH}]{{2,15}})\\s*[{DASH}]\\s*{place}(?:\\s*\\([^)]*\\))?\\s*:"),
        re.compile(f"{place}\\s*[{DASH}]\\s*(?P<outlet>{_agency_alternation()})\\s*[{DASH}:]"),
        re.compile(f"(?P<outlet>[^\\s:]{{2,15}}(?: [^\\s:]{{2,15}})?) من {place}\\s*:"),
        re.compile(f"{place}\\s*[{DASH}]\\s"),
        # `المركزية - أكد رئيس الجمهورية`: one word (two are mostly a reporter's name: `عمر إبراهيم - `)
        re.compile(f"(?P<outlet>[^\\s:{DASH}]{{2,15}}) [{DASH}] "),
    )


def _read_tag_under_lead(lines: list[Line], meta: _Meta) -> None:
    """An outlet–place tag right under the first paragraph (`العالم-مصر`): read it, and drop it from the body."""
    kept = [ln for ln in lines if ln.drop is None][1:3]
    for ln in kept:
        m = _dateline_line(ln.key)
        if m is not None and m.groupdict().get("outlet") and m.groupdict().get("place"):
            meta.places.append((RANK_LEAD, _span(ln, m, "place")))
            _add_outlet(meta, RANK_LEAD, _span(ln, m, "outlet"))
            ln.drop = "dateline"
            return


def _read_lead(ln: Line, meta: _Meta) -> None:
    """Read a dateline glued to the first paragraph, an agency tag near its start, and the lead's own date."""
    m = next((m for p in _lead_dateline_patterns() if (m := p.match(ln.key))), None)
    if m is not None:
        if m.groupdict().get("place"):
            meta.places.append((RANK_LEAD, _span(ln, m, "place")))
        if m.groupdict().get("outlet"):
            _add_outlet(meta, RANK_LEAD, _agency_names().get(m.group("outlet").strip(), _span(ln, m, "outlet")))
    for tag in re.finditer(f"\\(({_agency_alternation()})\\)", ln.key[:150]):
        _add_outlet(meta, RANK_TAG, _agency_names()[tag.group(1)])
    if (date := _lead_date(ln, m.end() if m is not None else 0)) is not None:
        meta.dates.append((RANK_LEAD, date))


_TODAY_RE = re.compile("اليوم\\s")


def _lead_date(ln: Line, dateline_end: int) -> dt.date | None:
    """The date the lead gives for its own day: inside its dateline (`القاهرة 13 يوليو 2023 (شينخوا)`), or
    right after `اليوم` and the weekday (`اليوم الأحد، (2 تشرين الثاني 2025)`, `اليوم الأحد المُوافِق 2023/7/30`);
    not a date further on, which may be any other day the story names."""
    for d in find_dates(ln.plain[:LEAD_DATE_REACH]):
        if d.precision != "day":
            continue
        today = next((t for t in _TODAY_RE.finditer(ln.key, 0, d.start)), None)
        if d.end <= dateline_end or (today is not None and d.start - today.end() <= TODAY_GAP):
            return d.value
        if d.start <= BYLINE_REACH and _BYLINE_RE.match(ln.key) and _WEEKDAY_RE.match(ln.key, d.start):
            return d.value  # `كتبت: ياسمين عمرو في السبت 19 يوليو 2025 11:57 مساءً - تنطلق …`: a byline's date
    return None


def _read_today(kept: list[Line], meta: _Meta) -> None:
    """Last resort for the date: the first day the body calls today with its weekday, anywhere (`… في جدة اليوم
    الخميـــس 11 ربيع الآخر 1445هـ الموافق 26 أكتوبر2023م`); only when no stamp, dateline or lead gave one."""
    if meta.dates:
        return
    for ln in kept:
        for today in _TODAY_RE.finditer(ln.key):
            if not _WEEKDAY_RE.match(ln.key[today.end() :].replace("\u0640", "")):  # `الخميـــس`: a stretched weekday
                continue
            days = [d for d in find_dates(ln.plain[today.end() : today.end() + TODAY_REACH]) if d.precision == "day"]
            if days:
                meta.dates.append((RANK_TODAY, days[0].value))
                return


TODAY_REACH = 60  # characters after `اليوم` that hold its weekday and date (a Hijri date and `الموافق` before it)


BYLINE_REACH = 80  # characters of a byline and its date that may open a lead
_BYLINE_RE = re.compile("(?:كتب|كتبت|بقلم)\\s*:")  # not any weekday's date: `السبت 27 ماي 2017` is when Ramadan starts
_WEEKDAY_RE = re.compile(f"(?:{fold_letters(WEEKDAYS)})")


LEAD_DATE_REACH = 200  # characters of the lead searched for its date
TODAY_GAP = 25  # characters between `اليوم` and the date: a weekday, a comma, `الموافق`, a parenthesis


# The forms of an outlet naming itself, each with the words a line needs before it is searched (speed:
# `حصل` is common, and the credit form backtracks at every position).
_SELF_REFERENCES = (
    (
        ("اطلع", "حصل", "تلق", "يحتفظ"),
        re.compile(
            "(?:اطلع|اطلعت|حصل|حصلت|تلقي|تلقت|تلقاه|تلقته|يحتفظ)\\s+(?:عليه|عليها|عليهما|بنسخه منه)?\\s*"
            '(?:موقع\\s+|وكاله\\s+|صحيفه\\s+|قناه\\s+)?["\u00ab\u201c\u201d](?P<outlet>[^"\u00bb\u201d\u201c]{2,30})["\u00bb\u201d\u201c]'
        ),
    ),
    (("الاخباري",), re.compile('موقع\\s+(?P<site>[^\\s"]+(?: [^\\s"]+)?)\\s+الاخباري')),
    # `مذكرة التفاهم التي تحصلت كشف ميديا على نسخة منها`
    # (after a relative pronoun: `وحصل الكونغرس الأميركي على نسخة من الاتفاق` names no outlet)
    (("نسخه",), re.compile('(?:التي|الذي) (?:تحصلت|تحصل|حصلت|حصل)\\s+(?P<copy>[^\\s"«»]{2,15}(?: [^\\s"«»]{2,15})?)\\s+علي نسخه')),
    (("كتب",), re.compile(f"^كتب\\s*:\\s*(?P<byline>[^{DASH}:]{{2,25}}?)\\s*[{DASH}]\\s*وكالات$")),  # `كتب : زوايا عربية - وكالات`
    (
        ("(وكالات)", "(ا ف ب)", "(رويترز)"),
        re.compile("(?P<credit>[^\\s\\\\/]{2,20}(?: [^\\s\\\\/]{2,20})?)\\s*[\\\\/]\\s*\\((?:وكالات|ا ف ب|رويترز)\\)"),
    ),
)


def _read_self_references(lines: list[Line], meta: _Meta) -> None:
    """Find the outlet naming itself: `الذي اطلع عليه "ألترا عراق"`, `موقع رؤيا الإخباري`.

    The first line with a form gives it; within a line, the leftmost form (the first listed on a tie).
    """
    for ln in lines[:50]:
        found = [
            (m.start(), n, m)
            for n, (hints, pattern) in enumerate(_SELF_REFERENCES)
            if any(hint in ln.key for hint in hints) and (m := pattern.search(ln.key))
        ]
        if found:
            m = min(found, key=lambda f: f[:2])[2]
            _add_outlet(meta, RANK_SELF, _span(ln, m, next(iter(m.groupdict()))))
            return


_WORDPRESS_RE = re.compile(r"(?P<title>.{10,300}?)\s+by\s+\S+\s+")


def _wordpress_title(ln: Line, meta: _Meta) -> str | None:
    """Read a blog theme's `TITLE by admin DATE` prefix when a page was copied as one line."""
    m = _WORDPRESS_RE.match(ln.plain)
    if m is None or not (dates := find_dates(ln.plain[m.end() : m.end() + 40])):
        return None
    meta.dates.append((RANK_SELF, dates[0].value))
    return m.group("title")


def detect_language(body: str) -> str:
    """Return `ar` for mostly Arabic letters, `en` for English-looking Latin text, else `und`."""
    sample = body[:1500]
    if arabic_share(sample) >= 0.5:
        return "ar"
    words = re.findall(r"[A-Za-z]+", sample.lower())
    english = sum(w in {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with"} for w in words)
    return "en" if words and english / len(words) > 0.05 else "und"
