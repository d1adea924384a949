"""A commitment's slots: where its action ends, its conditions, its timeframe and deadline, its list items.

The action ends at its clause's end, a closing quote, a condition or timeframe, or another party's
course; conditions and timeframes are the marker phrases (`commitment_markers.tsv`) that follow it; a
list introduced by `العوامل التالية:` gives the conditions of the commitment before it; a timeframe
resolves to a deadline against the publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from pipeline.commitment_cues import FUTURE_RE, WILL_NOT, CommitCue, commitment_forms, future_verb, phrase_at, predicts
from pipeline.cues import attribution_at, cue_forms
from pipeline.dates import find_dates
from pipeline.segment import BULLET_RE, CLOSING_QUOTES, EDGE_PUNCT, OPENING_QUOTES, Token, sentence_ends, tokens
from pipeline.statements import Found
from pipeline.syntax import AS, NUMBER_WORDS, PRONOUN_SUFFIXES, clause_end, closing_quote, trim_end
from pipeline.text import search_form

LIST_WORD = "التالي"  # every list phrase (`العوامل التالية:`) has it: a quick test before tokenizing


# Time words after `خلال`/`لمدة` that make a timespan (`خلال عامي`, `لمدة عامين`), not an occasion (`خلال المؤتمر`).
TIME_NOUNS = frozenset(
    search_form(w)
    for w in (
        "يوم يومين أيام اليوم الأيام أسبوع أسبوعين أسابيع الأسبوع الأسابيع شهر شهرين أشهر شهور الشهر الأشهر الشهور "
        "عام عامين عامي أعوام العام العامين سنة سنتين سنوات السنة السنوات الفترة فترة المرحلة مرحلة الساعات ساعة ساعات "
        "ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة ثلاث أربع خمس ست سبع ثماني تسع عشر"
    ).split()
)


# Last words after which a timeframe goes on (`بحلول نهاية أيلول 2025`); other timeframes are the phrase alone.
OPEN_TIMEFRAMES = frozenset(search_form(w) for w in "بحلول نهاية أقصاه حين غضون لمدة خلال عام".split())


UNIT_DAYS = {"يوم": 1, "ايام": 1, "اسبوع": 7, "اسابيع": 7, "شهر": 30, "اشهر": 30, "شهور": 30, "سنه": 365, "سنوات": 365, "عام": 365}


DUALS = {"يومين": 2, "اسبوعين": 14, "شهرين": 60, "سنتين": 730, "عامين": 730}


LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z'’-]*$")


MAX_ACTION = 60  # tokens; a longer span has lost its clause end


@dataclass
class FoundCommitment:
    """A commitment found in a body, before it becomes a row."""

    committer: str
    kind: str
    cue: str  # as written (`التزامها`, `اتفقا`, `ستواصل`)
    action_start: int
    action_end: int
    reaffirmed: bool = False
    conditions: list[str] = field(default_factory=list)
    timeframe: str | None = None
    due_by: dt.date | None = None
    statement: Found | None = None
    actor_ids: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    beneficiaries: tuple[str, ...] = ()
    future: bool = False  # read from a future verb (`ستواصل`), not a cue of commitment


def action_start(body: str, t: Token, prefix: bool) -> int:
    """Where the action starts in its first token: after a `بـ`/`لـ` marker and an opening quote (`"بوقف`, `بـ"وقف`)."""
    at = t.start
    while prefix and at < t.end and body[at] in OPENING_QUOTES + '"':
        at += 1
    if prefix:
        at += 1
        while at < t.end and not body[at].isalnum():  # diacritics or a tatweel after the letter
            at += 1
    while at < t.end and body[at] in OPENING_QUOTES + '"':
        at += 1
    return at


def action_end(body: str, toks: list[Token], j: int, s_end: int, cue: CommitCue | None, keep: int = 1) -> int:
    """The action ends at its clause's end, a closing quote, a condition or timeframe, or another party's course.

    At least `keep` tokens stay (2 for a future verb: `سيعودان في الأسابيع المقبلة إلى التشاور`)."""
    end = s_end
    start = toks[j].start
    if j > 0 and (body[start] in OPENING_QUOTES + '"' or toks[j - 1].text[-1:] in OPENING_QUOTES + '"'):
        close = closing_quote(body, start if body[start] in OPENING_QUOTES + '"' else toks[j - 1].end - 1)
        end = min(end, close) if close else end
    opened = _open_quote_before(body, toks[0].start, start)
    if opened is not None and (close := closing_quote(body, opened)) is not None and close > start:
        end = min(end, close)
    inner = start + 1 if body[start] in OPENING_QUOTES + '"' else start
    end = min([end, *sentence_ends(body, inner, end)])  # a quotation of several sentences: the first is the course
    end = clause_end(body, start, end)
    suffix = next((p for p in PRONOUN_SUFFIXES if cue and cue.shape == "noun_poss" and toks[j - 1].key.endswith(p)), "")
    stop_kinds = ("condition", "timeframe", "timespan", "list")
    for m in range(j + 1, min(len(toks), j + MAX_ACTION)):
        t = toks[m]
        if t.start >= end:
            break
        if m >= j + keep and phrase_at(toks, m, *stop_kinds) and marker_fits(toks, m) and not _no_condition(toks, m):
            return trim_end(body, start, t.start)
        if toks[m - 1].text.endswith(("،", ",")) and (phrase_at(toks, m, "breaker") or _opens_other_matter(t) or attribution_at(toks, m)):
            return trim_end(body, start, t.start)  # `…، إضافة إلى اتفاق حول الأسرى`, `…، وشدد المجلس`, `…، بحسب البيان`
        if m >= j + keep and (_bare_marker(toks, m, "clause") or _predicts_after(toks, m) or _reported_by(toks, m)):
            return trim_end(body, start, t.start)  # `سترد بالمثل بعد أن زادت …`, `… وسيكون`, `… وفق ما ذكرته وكالة`: no course
        joined = cue_forms().get(t.key) if t.key.startswith("و") and t.key[1:] in cue_forms() else None
        if m >= j + keep and joined is not None and joined.kind == "verb":
            return trim_end(body, start, t.start)  # `… اللبنانية ووصفت فرنسا …`: another statement (not `ورد`, `وصفت`: a root `و`)
        bare = t.key.removeprefix("و")
        if m >= j + keep and (bare == "لكن" or bare.startswith(("لكنه", "لكنها", "لكنهم"))):
            return trim_end(body, start, t.start)  # `… بكاليه لكنه نبه إلى أنه لا يوجد حل سريع`: a contrast, without a comma
        if m >= j + keep and (said := cue_forms().get(t.key)) is not None and said.kind == "participle":
            return trim_end(body, start, t.start)  # `ستخفض مساهمتها في الوكالة مشيرة إلى أنها …`: what it said next
        if LATIN_RE.match(t.text) and m + 1 < len(toks) and LATIN_RE.match(toks[m + 1].text):
            return trim_end(body, start, t.start)  # `… حماية المدنيين by admin`: page furniture
        if suffix and t.key.startswith("و") and t.key.endswith(suffix) and len(t.key) > 5:  # `التزامهما بالتعاون واهتمامهما بـ`
            return trim_end(body, start, t.start)
        if t.key.startswith("و") and (other := commitment_forms().get(t.key)) is not None and other.shape == "verb":
            return trim_end(body, start, t.start)  # `… وتعهد بـ`: the next commitment
        if m >= j + keep and next_course(toks, m):
            # `سندافع عن مواطنينا بكل الوسائل، لن نسمح …`, `… ولن يطبق …`, `سيوفر … كما سيسعى …`, `لن يقصفوا السفن بعد
            # الآن وسنحترم ذلك`: the next course is a commitment of its own (or another party's)
            return trim_end(body, start, toks[m - 1].start if toks[m - 1].key in AS_WELL else t.start)
    if len([t for t in toks if start <= t.start < end]) > MAX_ACTION:
        return trim_end(body, start, toks[min(len(toks) - 1, j + MAX_ACTION)].start)
    return trim_end(body, start, end)


def _bare_marker(toks: list[Token], m: int, kind: str) -> bool:
    """A marker of this kind at token m, bare or after `و`/`ف` only (`بحيث`, "so that", is no `حيث`)."""
    phrase = phrase_at(toks, m, kind)
    key = toks[m].key
    return phrase is not None and (key == phrase[0] or (key[:1] in "وف" and key[1:] == phrase[0]))


def _no_condition(toks: list[Token], m: int) -> bool:
    """A condition word with `بـ`/`لـ` glued to it (`لطالما`, "has always"), or right after a reporting verb or
    participle, whose own clause it opens: no condition of the course."""
    if phrase_at(toks, m, "condition") is None or phrase_at(toks, m, "timeframe", "timespan", "list") is not None:
        return False
    said = cue_forms().get(toks[m - 1].key)
    return not _bare_marker(toks, m, "condition") or (said is not None and said.kind != "saying")


AS_WELL = frozenset({AS, "و" + AS})  # `كما`, `وكما`


def course_person(toks: list[Token], k: int) -> str:
    """The person prefix of the future or `لن` verb at token k (`سنعمل`, `لن يقصفوا` → ن, ي)."""
    key = toks[k].key.lstrip("وف")
    if key == WILL_NOT:
        return toks[k + 1].key[:1] if k + 1 < len(toks) else ""
    return key[1:2] if key.startswith("س") else ""


def next_course(toks: list[Token], m: int) -> bool:
    """A future or `لن` verb joined by `و`, after a comma or after `كما`: the course of another commitment."""
    key = toks[m].key
    bare = key[1:] if key[:1] in "وف" else key
    joined = bare != key or toks[m - 1].text.endswith(("،", ",")) or toks[m - 1].key in AS_WELL
    return joined and (bare == WILL_NOT or future_verb(key))


def _opens_other_matter(t: Token) -> bool:
    """After a comma: a reporting verb or participle (`وشدد`، `موضحة`), a commitment participle (`متعهدا بتعيين`: a
    commitment of its own), a contrast (`لكنه`، `ولكنهما`), `أما`, or a consequence the reporter draws (`مما قد ينهي
    نقاشا مطولا`, `بعدما`)."""
    bare = t.key.removeprefix("و")
    committing = (cue := commitment_forms().get(t.key)) is not None and cue.shape == "participle"
    return t.key in cue_forms() or committing or bare.startswith("لكن") or bare in ("اما", "مما", "بعدما")


def _predicts_after(toks: list[Token], m: int) -> bool:
    """A future that predicts (`سيكون`, `سيتم`) joined by `و` or after a comma: a clause of its own, no course."""
    key = toks[m].key
    bare = key[1:] if key[:1] in "وف" else key
    joined = bare != key or toks[m - 1].text.endswith(("،", ","))
    return joined and FUTURE_RE.match(key) is not None and predicts(bare)


def _reported_by(toks: list[Token], m: int) -> bool:
    """An attribution whose reporting verb follows it (`وفق ما ذكرته وكالة`, `حسبما أفادت`): who told of the course,
    not the course; not `وفقا للقانون` (a rule it follows)."""
    phrase = attribution_at(toks, m)
    after = m + len(phrase) if phrase else m
    return phrase is not None and any(t.key in cue_forms() or t.key.removesuffix("ه") in cue_forms() for t in toks[after : after + 2])


def _open_quote_before(body: str, s_start: int, at: int) -> int | None:
    """The offset of a quotation mark opened before `at` in its sentence and not closed, if any."""
    depth_at = None
    ascii_open = None
    for k in range(s_start, at):
        ch = body[k]
        if ch in OPENING_QUOTES:
            depth_at = k
        elif ch in CLOSING_QUOTES:
            depth_at = None
        elif ch == '"':
            ascii_open = None if ascii_open is not None else k
    return depth_at if depth_at is not None else ascii_open


def marker_fits(toks: list[Token], m: int) -> bool:
    """A timespan opener (`خلال`) needs a time word or a number after it."""
    phrase = phrase_at(toks, m, "timespan")
    if phrase is None:
        return True
    nxt = toks[m + len(phrase) : m + len(phrase) + 2]
    return any(t.key in TIME_NOUNS or t.key[:1].isdigit() for t in nxt)


def list_items(body: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The bullet items of a list between start and end: (start, end of the action, end of the line)."""
    out = []
    for m in re.finditer(r"[^\n]+", body[start:end]):
        line_start = start + m.start()
        line = m.group()
        bullet = BULLET_RE.match(line.lstrip())
        if not bullet:
            continue
        at = line_start + (len(line) - len(line.lstrip())) + bullet.end()
        while at < line_start + len(line) and body[at].isspace():
            at += 1
        item_toks = tokens(body[at : line_start + len(line)], at)
        if not item_toks or any(commitment_forms().get(t.key) for t in item_toks[:4]):
            continue  # an item with a cue of its own is a commitment of its own
        out.append((at, action_end(body, item_toks, 0, line_start + len(line), None), line_start + len(line)))
    return out


def make(
    body: str,
    toks: list[Token],
    committer: str,
    kind: str,
    cue: str,
    start: int,
    end: int,
    s_end: int,
    reaffirmed: bool,
    statement: Found | None,
) -> FoundCommitment:
    """A commitment with the conditions and timeframe that follow its action in the sentence."""
    c = FoundCommitment(committer, kind, cue, start, end, reaffirmed, statement=statement)
    after = [t for t in toks if t.start >= start and t.start < s_end]
    for m, t in enumerate(after):
        phrase = phrase_at(after, m, "timeframe", "timespan") if c.timeframe is None else None
        if phrase and marker_fits(after, m):
            c.timeframe = _span_text(body, after, m, phrase, s_end)
        if phrase := phrase_at(after, m, "condition"):
            if t.start >= end and phrase[-1] not in ("للعوامل",):
                c.conditions.append(_span_text(body, after, m, phrase, s_end, open_ended=True))
            elif phrase[-1] == "للعوامل":
                c.conditions += _inline_list(body, after, m, s_end)
    return c


def _span_text(body: str, toks: list[Token], m: int, phrase: tuple[str, ...], s_end: int, open_ended: bool = False) -> str:
    """A timeframe or condition as written: the phrase, and what follows it up to its clause end."""
    last = m + len(phrase) - 1
    if open_ended or phrase[-1] in OPEN_TIMEFRAMES or len(phrase) == 1:
        while last + 1 < len(toks) and last - m < 10 and not toks[last].text.endswith((",", "،", ".", ":", "»", '"', "”")):
            nxt = toks[last + 1]
            if phrase_at(toks, last + 1, "condition", "timeframe") or nxt.start >= s_end:
                break
            last += 1
    return body[toks[m].start : toks[last].end].strip(EDGE_PUNCT + " ")


def _inline_list(body: str, toks: list[Token], m: int, s_end: int) -> list[str]:
    """`وفقًا للعوامل التالية: التهديد من داعش ، والمتطلبات …`: the items after the colon."""
    colon = next((k for k in range(m, min(len(toks), m + 4)) if toks[k].text.endswith(":")), None)
    if colon is None or colon + 1 >= len(toks):
        return []
    rest = body[toks[colon + 1].start : s_end]
    if "\n" in rest.strip():
        return []  # a bullet list: read by attach_lists
    return [p.strip(EDGE_PUNCT + " ") for p in re.split(r"[،,؛;]", rest) if p.strip(EDGE_PUNCT + " ")]


def attach_lists(body: str, spans: list[tuple[int, int]], n: int, found: list[FoundCommitment]) -> None:
    """`… العوامل التالية:` + items, in the sentence or the next one: conditions of the commitment before it."""
    if not found or found[-1].conditions or LIST_WORD not in body[spans[n][0] : spans[min(n + 1, len(spans) - 1)][1]]:
        return
    for s_start, s_end in spans[n : n + 2]:
        toks = tokens(body[s_start:s_end], s_start)
        for m in range(len(toks)):
            phrase = phrase_at(toks, m, "list")
            if phrase is None or not toks[m + len(phrase) - 1].text.endswith(":"):
                continue
            items = list_items(body, toks[m + len(phrase) - 1].end, s_end)
            found[-1].conditions = [body[a:b].strip(EDGE_PUNCT + " ") for a, b, _ in items] or _inline_list(body, toks, m, s_end)
            return


def due_date(timeframe: str | None, published: dt.date | None) -> dt.date | None:
    """The deadline a timeframe gives, resolved against the publication date.

    A date (`بحلول 30 أيلول 2025`, the last day of a month when only the month is named), a year
    (`حتى نهاية 2023` → 31 December), or a span from publication (`في موعد أقصاه ثلاثة أشهر`).
    """
    if not timeframe:
        return None
    dates = find_dates(timeframe)
    if dates:
        last = dates[-1]
        if last.precision == "month":
            return last.value.replace(day=calendar.monthrange(last.value.year, last.value.month)[1])
        return last.value
    key = search_form(timeframe)
    if year := re.search(r"\b(19|20)\d\d\b", key):
        return dt.date(int(year.group()), 12, 31)
    if published is None:
        return None
    words = key.split()
    for n, w in enumerate(words):
        if w in DUALS:
            return published + dt.timedelta(days=DUALS[w])
        if w in UNIT_DAYS and n > 0:
            count = int(words[n - 1]) if words[n - 1].isdigit() else NUMBER_WORDS.get(words[n - 1])
            if count:
                return published + dt.timedelta(days=count * UNIT_DAYS[w])
    return None
