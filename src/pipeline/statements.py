"""Statements: who said what, how and through which channel (SPEC §4), from cue lexicons.

For each sentence, cues are found token by token (`lexicons/cues.tsv`, every conjugation generated;
`lexicons/attributions.tsv`). A verb cue takes the speaker after it (Arabic news is verb–subject:
`وأكد وزير الخارجية فؤاد حسين أن …`), else before it (`البيان تحدث عن …`), else the previous
speaker (`وأضاف أن …`); a participle (`مؤكدًا`) takes the sentence's speaker. The content is the
`أنّ`/`إنّ` clause, the quotation, the text after a colon, or the rest of the clause; it ends
where the next cue's clause begins. Offsets always point into the body.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from operator import attrgetter

import ahocorasick

from pipeline.actors import ArticleContext, Gazetteer, fold_with_index, gazetteer, original_offset, search_form
from pipeline.lexicon import load_tsv
from pipeline.segment import CLOSING_QUOTES, EDGE_PUNCT, OPENING_QUOTES, Token, sentences, tokens
from pipeline.text import fold_letters

COMPLEMENTIZERS = frozenset(
    search_form(w) for w in "أن إن أنّ إنّ بأن بأنّ أنه إنه أنها إنها أنهم إنهم إنّنا إننا أننا بأنه بأنها فإن فإنه فإنها".split()
)
PARTICLES = frozenset(search_form(w) for w in "على عن إلى الى ب".split())
TIME_WORDS = frozenset(
    search_form(w)
    for w in (
        "اليوم أمس امس غدا الليلة صباح مساء ظهر يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أيضا أيضاً كذلك مجددا مجدداً"
    ).split()
)
RELATIVES = frozenset(search_form(w) for w in "الذي التي اللذان اللتان الذين اللذين اللتين".split())
FILLERS = TIME_WORDS | frozenset(search_form(w) for w in "فيه فيها القول".split())
SPEAKER_STOPS = (
    COMPLEMENTIZERS | PARTICLES | FILLERS | RELATIVES | frozenset(search_form(w) for w in "في خلال من أمام عقب بعد قبل لدى مع".split())
)
# Verbs whose object takes `بـ`: `رحب الوفدان بالتنفيذ`, `أشاد وانغ يي بالتوقيع` — the speaker ends there.
B_OBJECT_VERBS = frozenset(search_form(w) for w in "رحب أشاد طالب ندد اعترف أقر".split())
# A nisba makes a phrase a source only after a head like these (`مسؤول أمريكي`, not `الاعتداءات الإسرائيلية`).
HUMAN_HEADS = frozenset(
    search_form(w)
    for w in (
        "وفد الوفد وفدا مسؤول مسؤولون حكومة الحكومة وزارة الوزارة وزارتا قوات القوات "
        "الجيش جيش السلطات سلطات الخارجية الرئاسة رئاسة البرلمان الشرطة المتحدث الناطق جهات "
        "الجانب الجانبان لجنة اللجنة مجلس المجلس هيئة الهيئة سفارة السفارة القيادة قيادة "
        "مصادر مصدر الأمن شركة الشركة وكالة الوكالة مندوب المندوب دبلوماسي سفير السفير "
    ).split()
)
PREPOSITION_WORDS = frozenset(search_form(w) for w in "إلى الى في على من عن مع".split())
SOURCE_WORDS = frozenset(
    search_form(w)
    for w in ("مصادر مصدر دبلوماسيين دبلوماسيون مسؤولين مسؤولون وكالة وكالات صحيفة موقع تقرير تقارير شهود مراقبون خبراء").split()
)
COMMON_STARTS = frozenset({search_form("على")})
FULL_TEXT = ("فيما يلي نص", "وفيما يلي نص", "في ما يلي نص", "وفي ما يلي نص", "وهذا نص", "وفي ما يلي نصه")
MAX_SPEAKER = 14
# Generated forms that are far more often another word: `ذكرًا` (male), `نصا` (a text).
HOMOGRAPHS = frozenset({"ذكرا", "نصا"})
# A preposition with a pronoun before the subject (`وأفاد به مصدر أمني`) is not part of the speaker.
PRONOUN_OBJECTS = frozenset(search_form(w) for w in "به بها له لها عنه عنها لنا لهم إليه إليها".split())
# Heads that take a quoted name: `شركة "ADQ" القابضة`, `تقديرات معهد "SWFI"`, `وكالة الأنباء السورية “سانا”`.
NAMED_HEADS = frozenset(
    search_form(w) for w in "شركة وكالة موقع صحيفة قناة معهد مركز منظمة حركة تقديرات تقرير مجموعة جماعة حزب مجلة".split()
)
# A comma then one of these opens a clause that is no longer what was said (`…، في خطوة تأتي بعد …`).
CLAUSE_BREAKERS = tuple(
    search_form(w) for w in ("في خطوة", "وذلك", "حيث", "بعد أن", "فيما", "بينما", "في حين", "لكن", "إلا أن", "غير أن", "الأمر الذي", "دون")
)
# `وفقًا لاتفاقية الإطار`, `وفقاً لجدول زمني`: "according to" a rule or plan, not to a source.
NOT_SOURCES = frozenset(
    search_form(w)
    for w in ("اتفاقية اتفاقيه اتفاق قانون قرار جدول خطة مبدأ مبادئ أحكام المادة الدستور معايير شروط مقاصد النظام آلية برنامج").split()
)
# Impersonal and idiomatic uses: `ويذكر أن` (it is worth noting), `يشار إلى أن`, `إذا دعت الحاجة`.
NOT_CUES = frozenset({("دعت", "الحاجه"), ("دعت", "الضروره"), ("تدعو", "الحاجه"), ("يذكر", "ان"), ("يذكر", "انه"), ("يشار", "الي")})


@dataclass(frozen=True)
class Cue:
    """A cue form: its lemma, whether it is a verb, participle or attribution, and what must follow."""

    lemma: str
    kind: str
    requires: str = ""


@dataclass
class Found:
    """A statement found in a body, before it becomes a row."""

    speaker: str
    cue: str
    content_start: int
    content_end: int
    direct: bool
    via: str | None = None
    speaker_actor_ids: tuple[str, ...] = ()
    speaker_countries: tuple[str, ...] = ()


def conjugate(row: dict[str, str]) -> list[tuple[str, str]]:
    """Every (form, kind) of a cue lexicon row."""
    forms = []
    if p := row["perfect"]:
        forms += [(p + suffix, "verb") for suffix in ("", "ت", "ا", "تا", "وا")]
    if i := row["imperfect"]:
        forms += [(prefix + i + suffix, "verb") for prefix in "يت" for suffix in ("", "ان", "ون")]
    if q := row["participle"]:
        forms += [(q + suffix, "participle") for suffix in ("ا", "ة", "ين", "ان", "ون", "تين")]
    forms += [(f, "participle" if f.startswith("م") and f != row["perfect"] else "verb") for f in row["extra"].split("|") if f]
    return forms


@cache
def cue_forms() -> dict[str, Cue]:
    """Folded form (with or without proclitic و/ف) → cue."""
    out: dict[str, Cue] = {}
    for row in load_tsv("cues.tsv"):
        for form, kind in conjugate(row):
            if search_form(form) in HOMOGRAPHS:
                continue
            for clitic in ("", "و", "ف"):
                out.setdefault(
                    clitic + search_form(form), Cue(row["lemma"], kind, "|".join(search_form(r) for r in row["requires"].split("|") if r))
                )
    return out


@cache
def attribution_phrases() -> tuple[tuple[str, ...], ...]:
    """Folded attribution phrases as word tuples, longest first."""
    phrases = {tuple(search_form(row["phrase"]).split()) for row in load_tsv("attributions.tsv")}
    return tuple(sorted(phrases, key=len, reverse=True))


def find_statements(body: str, context: ArticleContext, g: Gazetteer | None = None) -> list[Found]:
    """Find every statement in a body.

    Args:
        body: the article body (offsets of the results point into it).
        context: the article's date and parties, for resolving speakers.
        g: the gazetteer (the process-wide one by default).
    """
    g = g or gazetteer()
    found: list[Found] = []
    hits = word_hits(body, _cue_automaton())  # sentences without a cue word need no parsing
    for s_start, s_end in sentences(body):
        labelled = _label_like(body, s_start, s_end)
        if not labelled and not has_hit(hits, s_start, s_end):
            continue  # no cue, no label: nothing said here (most sentences; skipping them is the speed)
        toks = tokens(body[s_start:s_end], s_start)
        if "نص" in body[s_start:s_end] and (full := _full_text(body, toks, s_end)):
            found.append(full)
            continue
        if labelled and (turn := _labelled_turn(body, toks, s_end, context, g)):
            found.append(turn)
            continue
        found += _sentence_statements(body, toks, s_end, found, context, g, hits)
    for f in found:
        resolution = g.resolve(f.speaker, context)
        f.speaker_actor_ids, f.speaker_countries = tuple(resolution.actor_ids), tuple(resolution.countries)
    return [f for f in found if f.content_end > f.content_start]


@cache
def _cue_automaton() -> ahocorasick.Automaton:
    """Every cue form, attribution start and `نص` in one automaton, for a quick pass over a body.

    An attribution that starts with a common word (`على لسان`) goes in whole: `على` alone is in most sentences.
    """
    starts = {" ".join(p[:2]) if p[0] in COMMON_STARTS and len(p) > 1 else p[0] for p in attribution_phrases()}
    return word_automaton([*cue_forms(), *starts, *("و" + w for w in starts), "نص"])


def word_automaton(keys: list[str]) -> ahocorasick.Automaton:
    """An automaton of folded words (each key's value is its length), for `word_hits`."""
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def word_hits(body: str, automaton: ahocorasick.Automaton) -> list[int]:
    """Sorted body offsets of the whole words of a folded body that are keys of the automaton."""
    folded, shifts = fold_with_index(body)
    hits = []
    for end, length in automaton.iter(folded):
        start = end + 1 - length
        if (start == 0 or not folded[start - 1].isalnum()) and (end + 1 == len(folded) or not folded[end + 1].isalnum()):
            hits.append(original_offset(start, shifts))
    return sorted(hits)


def _label_like(body: str, start: int, end: int) -> bool:
    """Whether a sentence may open with a label (`الصفدي:`, `• الصفدي:`): a colon within its first five words."""
    colon = body.find(":", start, min(end, start + 60))
    return colon >= 0 and body.count(" ", start, colon) <= 4


def tokens_at(toks: list[Token], hits: list[int]) -> list[int]:
    """Indexes of the tokens that start at one of the sorted offsets, or one character before it (`«قال`)."""
    if not toks:
        return []
    out: list[int] = []
    for at in hits[bisect_left(hits, toks[0].start) : bisect_left(hits, toks[-1].end)]:
        i = bisect_right(toks, at, key=attrgetter("start")) - 1
        if toks[i].start >= at - 1 and (not out or out[-1] != i):
            out.append(i)
    return out


def has_hit(hits: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted offsets lies inside [start, end)."""
    at = bisect_left(hits, start)
    return at < len(hits) and hits[at] < end


def _full_text(body: str, toks: list[Token], s_end: int) -> Found | None:
    """`وفيما يلي نص البيان`: the rest of the article is one direct statement of that document."""
    if not any(t.key.startswith("نص") for t in toks):
        return None
    keys = " ".join(t.key for t in toks)
    at = next((keys.find(search_form(m)) for m in FULL_TEXT if search_form(m) in keys), -1)
    if at < 0:
        return None
    after = keys[at:].split()[3:] or ["البيان"]
    speaker = " ".join(after[:3]) if after and after[0] not in ("نصه", "نصها") else _document_before(toks)
    start = _next_text(body, s_end)
    return Found(speaker or "البيان", "فيما يلي نص", start, len(body.rstrip()), True) if start < len(body) else None


def _labelled_turn(body: str, toks: list[Token], s_end: int, context: ArticleContext, g: Gazetteer) -> Found | None:
    """A transcript turn or quote card, `الصفدي: ندين الاعتداءات …`: one direct statement per label."""
    first = 1 if toks and not any(ch.isalnum() for ch in toks[0].key) else 0  # a bullet token
    label_end = next((k for k in range(first, min(len(toks), first + 4)) if toks[k].text.endswith(":")), None)
    if label_end is None or label_end + 1 >= len(toks) or any(cue_forms().get(t.key) for t in toks[first : label_end + 1]):
        return None
    label = " ".join(t.text for t in toks[first : label_end + 1]).strip(EDGE_PUNCT + " ")
    people = [m for m in g.find(label) if m.form.actor_ids and g.actors[m.form.actor_ids[0]].kind == "person"]
    # One word that ends a person's full name elsewhere in the article (`ميشال عون` → `عون:`) is a label too.
    if not people and not (label_end == first and search_form(label) in context.surnames):
        return None
    start = toks[label_end + 1].start
    return Found(label, ":", start, trim_end(body, start, s_end), True)


def _document_before(toks: list[Token]) -> str:
    """The document a sentence names (`صدر اليوم بيانٌ مشتركٌ … فيما يلي نصه`)."""
    for i, t in enumerate(toks):
        if t.key.startswith(("بيان", "البيان", "اعلان", "الاعلان")):
            return " ".join(x.text.strip(EDGE_PUNCT) for x in toks[i : i + 2] if x.key not in ("في", "فيما"))
    return ""


def _next_text(body: str, at: int) -> int:
    """The first non-space offset at or after `at`."""
    while at < len(body) and body[at].isspace():
        at += 1
    return at


def _sentence_statements(
    body: str, toks: list[Token], s_end: int, before: list[Found], context: ArticleContext, g: Gazetteer, hits: list[int] | None = None
) -> list[Found]:
    """Statements of one sentence, in order; each content stops where the next cue's clause starts.

    `hits` (body offsets where cue words start) limits the cue test to those tokens.
    """
    maybe = range(len(toks)) if hits is None else tokens_at(toks, hits)
    cues = [(i, cue) for i in maybe if (cue := _cue(toks, i))]
    cues = [(i, c) for n, (i, c) in enumerate(cues) if not _handed_to_attribution(toks, i, c, cues[n + 1 :], g)]
    out: list[Found] = []
    for n, (i, cue) in enumerate(cues):
        limit = next((_clause_start(toks, k) for k, c in cues[n + 1 :] if _opens_clause(toks, k, c)), s_end)
        previous = before[-1].speaker if before else ""
        if cue.kind == "attribution":
            if out:  # `أكدت حكومة العراق …، بحسب البيان`: the channel of the statement before it
                out[-1].via = out[-1].via or _np_after(toks, i + len(_attribution_at(toks, i) or ()), g)[0]
                continue
            found = _attributed(body, toks, i, s_end, g)
        else:
            found = _reported(body, toks, i, cue, limit, previous, out[-1].speaker if out else "", g)
        if found is not None:
            out.append(found)
    return out


def _handed_to_attribution(toks: list[Token], i: int, cue: Cue, later: list[tuple[int, Cue]], g: Gazetteer) -> bool:
    """`وقال موقع أكسيوس نقلًا عن مسؤول أمريكي: …`: the attribution names the real source."""
    if cue.kind != "verb" or not later or later[0][1].kind != "attribution":
        return False
    _, end = _np_after(toks, i + 1, g)
    return later[0][0] == end


def _cue(toks: list[Token], i: int) -> Cue | None:
    """The cue at token i, if any: a reporting verb or participle, or an attribution phrase."""
    if _attribution_at(toks, i):
        return Cue("attribution", "attribution")
    cue = cue_forms().get(toks[i].key)
    if cue is None or (toks[i].key.lstrip("وف"), toks[i + 1].key if i + 1 < len(toks) else "") in NOT_CUES:
        return None
    window = 2 if cue.lemma in ("جاء", "ورد") else 8  # `وجاء في البيان`, not `جاء ذلك خلال … في`
    if cue.requires and not set(cue.requires.split("|")) & {t.key for t in toks[i + 1 : i + window]}:
        return None
    return cue


@cache
def _attribution_starts() -> frozenset[str]:
    """First words of attribution phrases, bare and with `و`: a quick test before the full one."""
    return frozenset(w for phrase in attribution_phrases() for w in (phrase[0], "و" + phrase[0]))


def _attribution_at(toks: list[Token], i: int) -> tuple[str, ...] | None:
    """The attribution phrase starting at token i (`بحسب`, `وفقاً لـ`, `نقلاً عن`), if any."""
    if toks[i].key not in _attribution_starts():
        return None
    for phrase in attribution_phrases():
        words = [t.key for t in toks[i : i + len(phrase)]]
        if words and (words[0] == phrase[0] or words[0] == "و" + phrase[0]) and words[1:] == list(phrase[1:]):
            return phrase
    return None


def _opens_clause(toks: list[Token], i: int, cue: Cue) -> bool:
    """Whether the cue at token i starts a clause of its own (then it ends the content before it).

    A verb whose subject stands before it inside the content (`أن الرئيس اليمني، …، عبر عن`) does not.
    """
    if cue.kind in ("participle", "attribution") or toks[i].key.startswith("و"):
        return True
    return i > 0 and toks[i - 1].text.endswith(("،", ",", ":")) and not np_before(toks, i, gazetteer())


def _clause_start(toks: list[Token], i: int) -> int:
    """Where the clause of the cue at token i starts: after the comma before it, else the cue."""
    j = i
    while j > 0 and not toks[j - 1].text.endswith(("،", ",", ":", ".")) and i - j < 3:
        j -= 1
    return toks[j - 1].end - 1 if j > 0 and toks[j - 1].text.endswith(("،", ",")) else toks[i].start


def _np_after(toks: list[Token], i: int, g: Gazetteer, stop_at_b: bool = False, addressee: bool = False) -> tuple[str, int]:
    """The noun phrase (speaker) starting at token i, with appositions; returns (text, next index)."""
    while i < len(toks) and toks[i].key in PRONOUN_OBJECTS:
        i += 1
    j, last = i, None
    while j < len(toks) and j - i < MAX_SPEAKER:
        t = toks[j]
        if addressee and j == i and t.key.startswith("لل"):  # `يقول للرئيس الإيراني إن …`: the addressee, not the speaker
            return "", i
        if j > i and (_attribution_at(toks, j) or _addressee(t)):
            break  # `مصدر عسكري لـ«الشرق الأوسط»`: who it was said to is not who said it
        if j > i and stop_at_b and t.key.startswith("ب") and speakerlike(" ".join(x.text for x in toks[i:j]), g):
            break
        if j > i + 1 and t.key.endswith(("هما", "ها", "هم")) and len(t.key) > 5 and last is not None and not g.find(t.text):
            break  # a possessed noun after the subject is the object: `أكد الوفدان التزامهما`
        quoted = t.text[0] in OPENING_QUOTES + '"'
        if (
            t.key in SPEAKER_STOPS
            or t.key in COMPLEMENTIZERS
            or (quoted and last is not None and toks[last].key not in NAMED_HEADS and not _short_quote(toks, j))
        ):
            break
        if t.text.startswith(":") or not t.key:
            break
        last = j
        j += 1
        if t.text.endswith((":",)):
            break
        if t.text.endswith(("،", ",")) and not _apposition(toks, j):
            break
    if last is None:
        return "", i
    last = _after_person(toks, i, last, g)
    text = " ".join(t.text for t in toks[i : last + 1]).strip(EDGE_PUNCT + " ")
    if last + 1 < len(toks) and toks[last + 1].key in RELATIVES:  # `البيان الذي اطلع عليه "…"،` : skip the clause
        nxt = next((k + 1 for k in range(last + 1, min(len(toks), last + 12)) if toks[k].text.endswith(("،", ","))), last + 1)
        return text, nxt
    return text, last + 1


def _after_person(toks: list[Token], i: int, last: int, g: Gazetteer) -> int:
    """End a speaker at the person it names (`الوزير الصفدي تعاون الأردن` → `الوزير الصفدي`), unless `و` goes on."""
    text = " ".join(t.text for t in toks[i : last + 1])
    for m in g.find(text):
        if m.form.actor_ids and g.actors[m.form.actor_ids[0]].kind == "person":
            end = next((k for k in range(i, last + 1) if _offset_in(toks, i, k) >= m.end), last)
            if end < last and not toks[end + 1].key.startswith("و") and not toks[end].text.endswith(("،", ",")):
                return end
    return last


def _offset_in(toks: list[Token], i: int, k: int) -> int:
    """The end of token k in the text `" ".join(tokens i..k)`."""
    return sum(len(t.text) + 1 for t in toks[i : k + 1]) - 1


def _addressee(t: Token) -> bool:
    """`لـ«عكاظ»`, `لصحيفة`, `لوكالة`: a medium the words were said to."""
    return t.text.startswith(("لـ", 'ل"', "ل«", "ل“")) or t.key in ("لصحيفه", "لوكاله", "لقناه", "لموقع", "لتلفزيون", "لشبكه")


def _short_quote(toks: list[Token], j: int) -> bool:
    """Whether token j opens a quoted name of at most three words (`“سانا”`)."""
    return any(t.text.rstrip("،,:.").endswith(tuple(CLOSING_QUOTES + '"')) for t in toks[j : j + 3])


def _apposition(toks: list[Token], j: int) -> bool:
    """Whether the comma-delimited segment at j continues a name (`وزير الدفاع الأمريكي، لويد أوستن،`)."""
    segment = []
    for t in toks[j : j + 6]:
        segment.append(t)
        if t.text.endswith(("،", ",", ":")):
            break
    if not segment or segment[0].key in SPEAKER_STOPS or segment[0].key in COMPLEMENTIZERS or segment[0].key.startswith("لل"):
        return False
    ends_clause = segment[-1].text.endswith(("،", ",", ":"))
    follows = toks[j + len(segment)].key if j + len(segment) < len(toks) else ""
    if len(segment) > 5 or not (ends_clause or follows in COMPLEMENTIZERS):
        return False
    text = " ".join(t.text for t in segment)
    plain_name = len(segment) <= 3 and not any(t.key in PREPOSITION_WORDS for t in segment) and not segment[0].key.startswith("و")
    return plain_name or speakerlike(text, gazetteer())


def _reported(
    body: str, toks: list[Token], i: int, cue: Cue, limit: int, previous: str, sentence_speaker: str, g: Gazetteer
) -> Found | None:
    """A verb or participle cue: find the speaker, then the content."""
    after = i + 1
    if cue.lemma in ("جاء", "ورد"):  # `وجاء في البيان المشترك أنه …`, `بيان … جاء فيه أن …`
        at = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k].key in ("في", "فيه", "فيها")), i)
        speaker, after = _np_after(toks, at + 1, g) if toks[at].key == "في" else ("", at + 1)
        speaker = speaker or sentence_subject(toks, i, g) or previous
    elif cue.kind == "participle":
        speaker = sentence_speaker or sentence_subject(toks, i, g) or previous
    else:
        stop_at_b = search_form(cue.lemma) in B_OBJECT_VERBS
        speaker, after = ("", i + 1) if toks[i].text.endswith(":") else _np_after(toks, i + 1, g, stop_at_b, addressee=True)
        if speaker and after >= len(toks):  # the phrase ran to the end: subject, then object (`اتهم الوزير الحوثيين بخرق …`)
            speaker, after = _first_source(toks, i + 1, after, g)
        if speaker and not speakerlike(speaker, g) and not _ends_before_content(toks, after):
            speaker, after = "", i + 1  # an object, not a subject: `أكدا التزامهما …`
        speaker = speaker or np_before(toks, i, g) or sentence_subject(toks, i, g) or previous
    speaker = speaker.strip(EDGE_PUNCT + " ")
    if not speaker:
        return None
    start, end, direct = _content(body, toks, after, limit)
    if end <= start:
        return None
    return Found(speaker, toks[i].text.strip(EDGE_PUNCT), start, end, direct or _inside_quote(body, toks[0].start, start))


def _first_source(toks: list[Token], i: int, end: int, g: Gazetteer) -> tuple[str, int]:
    """The first source named in tokens i..end, and the index after it."""
    for m in g.find(" ".join(t.text for t in toks[i:end])):
        if m.form.actor_ids or m.form.kind.startswith("role:") or m.form.kind in ("party", "document"):
            stop = next((k for k in range(i, end) if _offset_in(toks, i, k) >= m.end), end - 1)
            return " ".join(t.text for t in toks[i : stop + 1]).strip(EDGE_PUNCT + " "), stop + 1
    return "", i


def _ends_before_content(toks: list[Token], k: int) -> bool:
    """Whether a noun phrase ending before token k is followed by what introduces content."""
    if k >= len(toks):
        return False
    prev = toks[k - 1].text if k > 0 else ""
    nxt = toks[k + 1].key if k + 1 < len(toks) else ""
    return (
        toks[k].key in COMPLEMENTIZERS
        or nxt in COMPLEMENTIZERS  # `من أن`, `إلى أن`
        or prev.endswith((":", "،", ","))
        or toks[k].text[0] in OPENING_QUOTES + '"'
        or toks[k].key in PARTICLES
    )


def sentence_subject(toks: list[Token], i: int, g: Gazetteer) -> str:
    """The sentence's subject before token i (`وكان وزير الدفاع الأمريكي، لويد أوستن، وصل …`)."""
    text_start = toks[0].start
    sentence = "".join(" " * (t.start - (toks[k - 1].end if k else text_start)) + t.text for k, t in enumerate(toks[:i]))
    covered = [False] * i
    for m in g.find(sentence):
        if m.form.actor_ids or m.form.kind.startswith("role:") or m.form.kind in ("party", "document"):
            for k, t in enumerate(toks[:i]):
                if t.start - text_start < m.end and m.start < t.end - text_start:
                    covered[k] = True
    if True not in covered or covered.index(True) > 3:  # only the subject of the sentence's opening verb
        return ""
    first = covered.index(True)
    last = first
    while last + 1 < i and covered[last + 1]:
        last += 1
    while first > 1 and toks[first - 1].key not in SPEAKER_STOPS and first > last - 6 and not toks[first - 1].text.endswith(("،", ",")):
        first -= 1
    return " ".join(t.text for t in toks[first : last + 1]).strip(EDGE_PUNCT + " ")


def _inside_quote(body: str, sentence_start: int, at: int) -> bool:
    """Whether an offset lies inside a quotation opened earlier in its sentence."""
    before = body[sentence_start:at]
    opened = sum(before.count(q) for q in OPENING_QUOTES) - sum(before.count(q) for q in CLOSING_QUOTES)
    return opened > 0 or before.count('"') % 2 == 1


def speakerlike(phrase: str, g: Gazetteer) -> bool:
    """Whether a phrase can name a source: an actor, a role, a document, a party word, a source word."""
    words = search_form(phrase).strip(EDGE_PUNCT).split()
    if {w.removeprefix("ل").strip(EDGE_PUNCT) for w in words} & SOURCE_WORDS:
        return True
    head = words[0].lstrip("وفبل") if words else ""
    for m in g.find(phrase):
        if m.form.kind in ("document", "party") or m.form.kind.startswith("role:"):
            return True
        if m.form.actor_ids and (m.form.kind != "nisba" or head in HUMAN_HEADS or words[0] in HUMAN_HEADS):
            return True
    return False


def np_before(toks: list[Token], i: int, g: Gazetteer) -> str:
    """A subject before the verb (`البيان تحدث عن`, `أن الرئيس اليمني، عبدربه منصور هادي، عبر`), if it names a source."""
    j = i
    while j > 0 and i - j < 8 and toks[j - 1].key not in SPEAKER_STOPS and not toks[j - 1].text.endswith((":", ".")):
        j -= 1
    bounded = j == 0 or toks[j - 1].key in SPEAKER_STOPS or toks[j - 1].text.endswith((":", "."))
    if not bounded:  # no clause start within reach: only back to the nearest comma
        j = next((k + 1 for k in range(i - 2, j - 1, -1) if toks[k].text.endswith(("،", ","))), j)
    while j < i and not toks[j].key:  # a bullet before the subject: `- الطرفان أكدا`
        j += 1
    phrase = " ".join(t.text for t in toks[j:i]).strip(EDGE_PUNCT + " ")
    return phrase if phrase and speakerlike(phrase, g) and _starts_like_a_subject(toks[j:i], g) else ""


def _starts_like_a_subject(toks: list[Token], g: Gazetteer) -> bool:
    """A subject before its verb begins with its head: a source, a role, a person — not `به`, `عنهم`, `رأيه`.

    The head may be a name of several words (`الولايات المتحدة ستواصل`): a mention that starts the phrase."""
    head = toks[0].key
    if head in HUMAN_HEADS or head in SOURCE_WORDS or head.removeprefix("و") in HUMAN_HEADS:
        return True
    first = g.find(" ".join(t.text for t in toks[:4]))  # a mention that starts in the first word (`"طهران`)
    return any(
        m.start < len(toks[0].text) and (m.form.actor_ids or m.form.kind.startswith("role:") or m.form.kind in ("party", "document"))
        for m in first
    )


def _content(body: str, toks: list[Token], k: int, limit: int) -> tuple[int, int, bool]:
    """The content after the speaker: a quotation, an `أنّ` clause, after a colon, or the rest."""
    j = k
    while (
        j < len(toks)
        and toks[j].start < limit
        and (toks[j].key in FILLERS or not toks[j].key or (toks[j].key == "من" and j + 1 < len(toks) and toks[j + 1].key == "جديد"))
    ):
        j += 2 if toks[j].key == "من" else 1
    if j < len(toks) and (toks[j].key in PARTICLES or toks[j].key.startswith("ب")) and toks[j].key not in ("بين",):
        if j + 1 < len(toks) and toks[j + 1].key in COMPLEMENTIZERS:  # `إلى أن`, `على أن`
            j += 2
    elif j > 0 and toks[j - 1].text.endswith(":"):
        pass
    else:
        # After `، ` the speaker's title may run on (`وقال ديفيد باندورسكي، المدير المشارك في …، إن`): look further.
        reach = 25 if k > 0 and toks[k - 1].text.endswith(("،", ",")) else 12
        for m in range(j, min(len(toks), j + reach)):
            t = toks[m]
            if t.start >= limit or cue_forms().get(t.key):
                break
            if t.key in COMPLEMENTIZERS or t.text.endswith(":"):
                j = m + 1
                break
    if j >= len(toks) or toks[j].start >= limit:
        return 0, 0, False
    start = toks[j].start
    if body[start] in OPENING_QUOTES + '"':
        close = closing_quote(body, start)
        if (close is not None and close > limit) or (close is not None and not body[close + 1 : limit].strip(" .،,\n")):
            return start + 1, close, True
    end = trim_end(body, start, clause_end(body, start, limit))
    colon = j > 0 and toks[j - 1].text.endswith(":")
    return start, end, colon or any(ch in body[start : start + 3] for ch in OPENING_QUOTES + '"')


def clause_end(body: str, start: int, limit: int) -> int:
    """Where the content stops: the limit, or a comma that opens a clause of another kind."""
    if "\u060c" not in body[start:limit] and "," not in body[start:limit]:
        return limit
    text = fold_letters(body[start:limit])  # one character for one: offsets stay valid
    best = limit
    for breaker in CLAUSE_BREAKERS:
        for sep in ("\u060c ", ", "):
            at = text.find(sep + breaker + " ")
            if at > 0:
                best = min(best, start + at)
    return best


def closing_quote(body: str, start: int) -> int | None:
    """The offset of the quotation mark closing the one at `start` (within 3,000 characters)."""
    opener = body[start]
    closer = {"\u00ab": "\u00bb", "\u201c": "\u201d", "\u201e": "\u201d"}.get(opener, '"')
    at = body.find(closer, start + 1, start + 3000)
    if at < 0 and opener in "\u201c\u201e":
        at = body.find('"', start + 1, start + 3000)
    return at if at > start + 1 else None


def trim_end(body: str, start: int, end: int) -> int:
    """Drop trailing spaces and punctuation (but keep a closing quote's partner inside)."""
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,:;\u060c\u061b"):
        end -= 1
    if end > start and body[end - 1] in CLOSING_QUOTES + '"' and not any(q in body[start : end - 1] for q in OPENING_QUOTES + '"'):
        end -= 1
    return end


def _attributed(body: str, toks: list[Token], i: int, s_end: int, g: Gazetteer) -> Found | None:
    """`بحسب البيان`, `وفق بيان لوزارة الدفاع`: the source after, the content is the clause it qualifies."""
    phrase = _attribution_at(toks, i) or ()
    speaker, after = _np_after(toks, i + len(phrase), g)
    head = search_form(speaker).split()[0].removeprefix("ل") if speaker else ""
    if not speaker or head in NOT_SOURCES or not speakerlike(speaker, g):
        return None
    if i == 0 or (i == 1 and toks[0].key == "و"):  # `ووفقاً للبيان المشترك، فقد استعرض …`
        j = after
        while j < len(toks) and (toks[j].key in COMPLEMENTIZERS or toks[j].key in ("فقد", "فان", "فإن", "ف")):
            j += 1
        if j >= len(toks):
            return None
        start, end = toks[j].start, trim_end(body, toks[j].start, s_end)
    elif toks[after - 1].text.endswith(":") and after < len(toks):  # `نقلًا عن مسؤول أمريكي: تم التوصل …`
        start, end = toks[after].start, trim_end(body, toks[after].start, s_end)
    else:
        start, end = toks[0].start, trim_end(body, toks[0].start, toks[i].start)
    cue = " ".join(t.text for t in toks[i : i + len(phrase)])
    return Found(speaker, cue, start, end, False, via=speaker)


def statement_id(article_id: str, start: int, end: int) -> str:
    """A stable id for a span of an article."""
    return hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:20]


def statement_rows(article_id: str, body: str, found: list[Found]) -> list[dict[str, object]]:
    """Rows of the `statements` table for one article, from its statements found by `find_statements`."""
    return [
        {
            "statement_id": statement_id(article_id, f.content_start, f.content_end),
            "article_id": article_id,
            "speaker": f.speaker,
            "speaker_actor_ids": list(f.speaker_actor_ids),
            "speaker_countries": list(f.speaker_countries),
            "cue": f.cue,
            "content": body[f.content_start : f.content_end],
            "direct": f.direct,
            "via": f.via,
            "char_start": f.content_start,
            "char_end": f.content_end,
        }
        for f in found
    ]
