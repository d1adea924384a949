"""Commitments: who pledged, intends or agreed to do what, on which conditions, by when (SPEC §4).

Cues come from `lexicons/commitment_cues.tsv` in every generated form: verbs (`تعهد`, `تعتزم`, `اتفقا`),
participles (`ملتزمة`), verbal nouns with a possessor (`التزامها`, `نيتهما`) or a genitive (`عزم الولايات
المتحدة`), plus `سـ`/`سوف` + verb inside a party's own reported words. The committer is the subject of the
verb, the possessor of the noun (the subject of the verb that governs it: `أكدت حكومة العراق التزامها`),
a party word (`الالتزام الثنائي` → both parties), the signers of a declaration, or an agreement's parties.
The action starts at the cue's marker (`بـ`, `على`, `لـ`, `أن`, or the direct object) and ends at the
clause's end, before a condition or timeframe; a marker ending in `:` before a list gives one action per
item. Negated, demanded, supposed or predicted courses (`لا تعتزم`, `دعا إلى الالتزام`, `إذا استمرت
ملتزمة`, `سيكون`) give no row at all.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, partial

import ahocorasick

from pipeline.actors import ArticleContext, Gazetteer, fold_with_index, folded_offset, gazetteer, original_offset, search_form
from pipeline.dates import find_dates
from pipeline.lexicon import load_tsv
from pipeline.segment import BULLET_RE, CLOSING_QUOTES, EDGE_PUNCT, OPENING_QUOTES, Token, sentence_ends, sentences, tokens
from pipeline.statements import (
    COMPLEMENTIZERS,
    FILLERS,
    HUMAN_HEADS,
    PREPOSITION_WORDS,
    RELATIVES,
    Found,
    clause_end,
    closing_quote,
    conjugate,
    cue_forms,
    has_hit,
    np_before,
    sentence_subject,
    speakerlike,
    statement_id,
    tokens_at,
    trim_end,
    word_automaton,
    word_hits,
)

POSSESSIVES = ("ه", "ها", "هما", "هم", "هن", "نا", "ي", "ك", "كم")
NOUN_CLITICS = ("", "و", "ب", "ل", "وب", "ول")  # not ف: `فنية` is "technical"
DEFINITE_CLITICS = ("ال", "وال", "فال", "بال", "وبال", "لل", "ولل")
# Future verbs (`ستواصل`, `سيعودان`, `سنعمل`): `سـ` and a person prefix; a token must look like a verb (no noun ending).
FUTURE_RE = re.compile(r"^[وف]?س[يتن][^\s]{2,}$")
_WORD_RUN = re.compile(r"\w*")
FUTURE_SCAN = re.compile(r"(?<!\w)[وف]?س(?:[يتن]\w{2,}|وف)(?!\w)")  # candidates in a folded body
NOT_FUTURE_ENDINGS = ("ه", "ات", "يه", "يا", "ي", "ين", "ا", "ت", "اء")  # nouns, and perfects like `سيطرت`
# Words that start like a future verb but are nouns (`سيناريو`, `سنغافوره`, `سيطره`).
NOT_FUTURE = frozenset(
    search_form(w)
    for w in (
        "سيناريو سيناريوهات سنغافورة سيبيريا سيدني سيول ستوكهولم ستراتيجية سيراليون سنوات سنويا سيطرة سيطر "
        "سيارة سيارات سيدة سيدات ستين سنتين سيجارة سينما سيرة سياق سيادة سياسة سياسات سيف سيتي سنة سناب سيناتور "
        "سياسيون سياح سياج سياف ستاد ستار ستان سيارته سيارتهم سياراتهم سيطرته سيطرتها سيطرتهم ستوديو سنتر سنترال"
    ).split()
)
# Stems (after `سـ` and the person prefix) of futures that predict rather than commit: `سيكون`, `سيتم`,
# `سنفوز`, `سنرى`, `ستحصل`, `سيجعل`, `سنتمكن`, `فستجدون`, `سيستمر`.
NOT_FUTURE_STEMS = frozenset(
    search_form(w)
    for w in (
        "كون تم صبح بقى بقي ظل شهد حتاج ؤدي عني تعين فوز رى ري جعل حصل تمكن مكن جد تواجد ستمر ضطر سهم ساهم نعكس ؤثر "
        "واجه كسب خسر صل وصل قع حدث نتهي ستغرق كلف بلغ صل تجاوز رتفع نخفض تراجع زيد"
    ).split()
)
FUTURE_WORD = "سوف"
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
NUMBER_WORDS = {
    search_form(w): n
    for n, words in enumerate(
        ("", "واحد", "اثنين اثنان", "ثلاثة ثلاث", "أربعة أربع", "خمسة خمس", "ستة ست", "سبعة سبع", "ثمانية ثماني", "تسعة تسع", "عشرة عشر"),
    )
    for w in words.split()
}
LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z'’-]*$")
MAX_ACTION = 60  # tokens; a longer span has lost its clause end
ON = search_form("على")
SIGN = search_form("وقع")  # `وقّع`, `وقعت`, `يوقع` after the proclitic is stripped
# Party words that mark a joint act (`الالتزام الثنائي`, `اللجنة المشتركة`), not who the parties are.
JOINT_WORDS = frozenset(search_form(w) for w in "المشترك المشتركة مشترك مشتركة الثنائي الثنائية ثنائي ثنائية".split())
# Words that end a party's name: `التزام الاتحاد الأوروبي تجاه السوريين`.
PARTY_ENDS = frozenset(search_form(w) for w in "على تجاه نحو إزاء لدى مع خلال عبر حول بشأن بشان أثناء عن".split())
# The speaker's own side, named by a possessed noun: `قال الوزير إن بلاده ستواصل`, `أن حكومته ملتزمة`.
SELF_WORDS = frozenset(search_form(w) for w in "بلاده بلادها بلده بلدها بلادنا بلدنا حكومته حكومتها حكومتنا دولته دولتها دولتنا".split())
# Restating verbs that govern a verbal noun like a reporting verb: `وجدد الرئيس التزام بلاده`.
REAFFIRMING_VERBS = frozenset(search_form(w) for w in "جدد جددت جددا جددوا يجدد تجدد أعاد أعادت يعيد تعيد".split())
# Complementizers that carry the subject pronoun: `أنه سيعمل`, `إنها تعتزم`, `إننا سنواصل`.
PRONOUN_COMPLEMENTIZERS = frozenset(c for c in COMPLEMENTIZERS if c.endswith(("ه", "ها", "هم", "هما", "نا", "ني")))
# Particles that stand between a clause's start and its verb, never a party: `وقد تعهدت الطغمة العسكرية بـ`.
VERB_PARTICLES = frozenset(search_form(w) for w in "قد وقد فقد لقد ولقد".split())
# Words that open a clause before its subject: `وكان ترامب قد وعد`, `كما تعهدت الوحدات`.
CLAUSE_OPENERS = VERB_PARTICLES | frozenset(
    search_form(w) for w in "كما وكما كان وكان كانت وكانت أخيرا وأخيرا أيضا وأيضا كذلك وكذلك بدوره بدورها بدورهم".split()
)
# A committer never starts with these: `في أنغولا`, `من جهتهم`, `ما أكده مصدر أمني`.
NOT_PARTY_STARTS = PREPOSITION_WORDS | frozenset(
    search_form(w) for w in "ما فيما بينما حيث الآن عند لدى خلال أثناء قبل بعد منذ إطار".split()
)
ASIDES = frozenset(search_form(w) for w in "خلال أثناء عقب قبيل لدى في".split())
B_NOT_MARKER = frozenset(
    search_form(w)
    for w in (
        "بين بعد بشأن بشان برئاسة بحضور بمشاركة بينما بدوره بدورها بدء بلاده بلادها بلده بلدها بلادهم بلدهما بلادنا "
        "بيان بيانه بيانها بيانهم بيانا بياناتها"  # `ووعدت المنظمة في بيانها بأن`: the statement, not the action
    ).split()
)


@dataclass(frozen=True)
class CommitCue:
    """A commitment cue form: its lemma and kind, its shape, and how its action is introduced."""

    lemma: str
    kind: str
    shape: str  # verb, participle, noun, noun_def (`الالتزام`), noun_poss (`التزامها`)
    marker: str
    requires: frozenset[str] = frozenset()
    by_parties: bool = False  # a provision of an agreement (`ينص الاتفاق على`): its parties commit


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


@cache
def commitment_forms() -> dict[str, CommitCue]:
    """Folded form (with its proclitics) → cue; verbs first, so `تعهد` is read as the verb."""
    out: dict[str, CommitCue] = {}
    for row in load_tsv("commitment_cues.tsv"):
        requires = frozenset(search_form(w) for w in row["requires"].split("|") if w)
        make = partial(
            CommitCue, row["lemma"], row["kind"], marker=row["marker"], requires=requires, by_parties=row["committer"] == "parties"
        )
        forms = [(f, "verb" if kind == "verb" else "participle") for f, kind in conjugate(row)]
        forms += [(row["participle"], "participle")] if row["participle"] else []
        for form, shape in forms:
            for clitic in ("", "و", "ف"):
                out.setdefault(clitic + search_form(form), make(shape))
        for noun in filter(None, row["noun"].split("|")):
            for form, shape in _noun_forms(noun):
                out.setdefault(search_form(form), make(shape))
    return out


def _noun_forms(noun: str) -> list[tuple[str, str]]:
    """A verbal noun bare, definite and possessed, with its proclitics."""
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    forms = [(c + noun, "noun") for c in NOUN_CLITICS]
    forms += [(c + noun, "noun_def") for c in DEFINITE_CLITICS]  # `لل` + `التزام` = `للالتزام`
    forms += [(c + stem + p, "noun_poss") for c in NOUN_CLITICS for p in POSSESSIVES]
    return forms


@cache
def markers() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """Marker kind → first word (bare and with each proclitic) → the folded phrases it starts, longest first."""
    index: dict[str, dict[str, set[tuple[str, ...]]]] = {}
    for row in load_tsv("commitment_markers.tsv"):
        phrase = tuple(search_form(row["phrase"]).split())
        for first in _with_clitics(phrase[0]):
            index.setdefault(row["kind"], {}).setdefault(first, set()).add(phrase)
    return {kind: {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in words.items()} for kind, words in index.items()}


@cache
def _automaton() -> ahocorasick.Automaton:
    """Every cue form and `سوف` in one automaton, for a quick pass over a body."""
    return word_automaton([*commitment_forms(), FUTURE_WORD])


def _hits(body: str, statements: list[Found]) -> tuple[set[int], set[int]]:
    """Body offsets of whole words that are cue forms, and of future verbs inside what a party said.

    Sentences without either need no parsing (most sentences; skipping them is the speed)."""
    cues = set(word_hits(body, _automaton()))
    folded, shifts = fold_with_index(body)
    futures = set()
    for start, end in _merged([(s.content_start, s.content_end) for s in statements]):
        last = folded_offset(end, shifts)
        stop = _WORD_RUN.match(folded, last).end()  # type: ignore[union-attr]  # `\w*` always matches
        for m in FUTURE_SCAN.finditer(folded, folded_offset(start, shifts), stop):  # matches are whole words: none straddles an end
            if m.start() < last and (m.group().lstrip("وف") == FUTURE_WORD or _future_verb(m.group())):
                futures.add(original_offset(m.start(), shifts))
    return cues, futures


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined, in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def find_commitments(body: str, context: ArticleContext, statements: list[Found], g: Gazetteer | None = None) -> list[FoundCommitment]:
    """Find every commitment in a body.

    Args:
        body: the article body (offsets of the results point into it).
        context: the article's date and parties, for resolving committers.
        statements: the article's statements, which commitments are said in.
        g: the gazetteer (the process-wide one by default).
    """
    g = g or gazetteer()
    hits, futures = _hits(body, statements)
    found: list[FoundCommitment] = []
    spans = sentences(body)
    marks = sorted(hits | futures)
    for n, (s_start, s_end) in enumerate(spans):
        if not has_hit(marks, s_start, s_end):
            continue  # no cue in the sentence
        toks = tokens(body[s_start:s_end], s_start)
        said = [s for s in statements if s_start <= s.content_start < s_end or s.content_start <= s_start < s.content_end]
        previous = next((s.speaker for s in reversed(statements) if s.content_start < s_start), "")
        sentence_found: list[FoundCommitment] = []
        for i in tokens_at(toks, marks):
            t = toks[i]
            cue = commitment_forms().get(t.key) if (t.start in hits or t.start + 1 in hits) else None
            if cue is not None:
                sentence_found += _from_cue(body, toks, i, cue, s_end, said, found + sentence_found, previous, g)
            elif t.start in futures or t.start + 1 in futures:  # `"ستواصل`
                sentence_found += _from_future(body, toks, i, s_end, said, g)
        _attach_lists(body, spans, n, sentence_found or found[-1:])
        found += sentence_found
    for c in found:
        own_side = search_form(c.committer) in SELF_WORDS and c.statement is not None  # `قال الوزير إن بلاده …`
        resolution = g.resolve(c.statement.speaker if own_side and c.statement else c.committer, context)
        c.actor_ids, c.countries = tuple(resolution.actor_ids), tuple(resolution.countries)
        named = g.actor_mentions(body[c.action_start : c.action_end])
        c.beneficiaries = tuple(dict.fromkeys(a for _, a in named if a not in c.actor_ids))
        c.due_by = due_date(c.timeframe, context.published_on)
    return _distinct(found)


def _future_verb(key: str) -> bool:
    """`ستواصل`, `وسنعمل`, `سيعودان`: a verb with the future prefix that commits, not a noun or a prediction."""
    bare = key.lstrip("وف")
    if not FUTURE_RE.match(key) or bare in NOT_FUTURE or key.endswith(NOT_FUTURE_ENDINGS):
        return False
    stem = bare[2:]
    bare_stems = {stem, *(stem.removesuffix(s) for s in ("ون", "ان", "وا") if stem.endswith(s))}  # `سيكون` is كون, not ك
    return not bare_stems & NOT_FUTURE_STEMS


def _distinct(found: list[FoundCommitment]) -> list[FoundCommitment]:
    """One commitment per action span (a cue read twice, as verb and as noun, counts once).

    The same course reported again in another sentence is another row, linked to its own statement."""
    seen: set[tuple[int, int]] = set()
    out = []
    for c in found:
        if c.action_end > c.action_start and (c.action_start, c.action_end) not in seen:
            seen.add((c.action_start, c.action_end))
            out.append(c)
    return out


def _phrase_at(toks: list[Token], i: int, *kinds: str) -> tuple[str, ...] | None:
    """The marker phrase of one of these kinds starting at token i (its first word may carry و/ف/ب/ل), if any."""
    for kind in kinds:
        for phrase in markers()[kind].get(toks[i].key, ()):
            if len(phrase) == 1 or [t.key for t in toks[i + 1 : i + len(phrase)]] == list(phrase[1:]):
                return phrase
    return None


@cache
def _with_clitics(word: str) -> frozenset[str]:
    """A word bare and with each proclitic."""
    return frozenset(c + word for c in ("", "و", "ف", "ب", "ل", "وب", "ول"))


def _negated(toks: list[Token], i: int) -> bool:
    """No commitment: negated (`لا تعتزم`, `رفض الالتزام`), demanded of others (`دعا إلى الالتزام`,
    `ضرورة الالتزام`), only supposed (`إذا استمرت ملتزمة`) or denied (`نافيا أي نية`) — within the few words before the cue."""
    for k in range(max(0, i - 3), i):  # `لم يكن في نيتي`
        if _phrase_at(toks, k, "negation") and not _phrase_at(toks, k, "reaffirmed"):  # not `لا تزال`
            return True
    return any(_phrase_at(toks, k, "demand", "hypothetical", "denial") for k in range(max(0, i - 6), i))


def _licensed(toks: list[Token], i: int) -> bool:
    """A verbal noun commits only when someone asserts it (`أكدت … التزامها`, `أعلنت عزمها`,
    `وقّع على إعلان الالتزام`): a reporting cue, a restating word or signing before it, and no demand between."""
    for k in range(i - 1, max(-1, i - 13), -1):
        key = toks[k].key
        if _phrase_at(toks, k, "demand"):
            return False
        if cue_forms().get(key) is not None or _bare(key).startswith(SIGN):
            return True
        if _phrase_at(toks, k, "reaffirmed", "licensor"):
            return True
        if toks[k].text.endswith((".", ":")):
            return False
    return False


def _reaffirmed(toks: list[Token], start: int, end: int) -> bool:
    """A restating word between the clause's start and the action (`أكدت من جديد التزامها`)."""
    return any(_phrase_at(toks, k, "reaffirmed") for k in range(max(0, start), end))


def _from_cue(
    body: str,
    toks: list[Token],
    i: int,
    cue: CommitCue,
    s_end: int,
    said: list[Found],
    before: list[FoundCommitment],
    previous: str,
    g: Gazetteer,
) -> list[FoundCommitment]:
    """The commitments a cue at token i makes (one, or one per item of a list it introduces).

    `said`: the statements of the sentence; `before`: the article's commitments so far; `previous`: the
    speaker of the last statement before the sentence, the subject of a verb that names none (`وتعهد بـ`)."""
    near = toks[max(0, i - 15) : i] + toks[i + 1 : i + 8] if cue.by_parties else toks[i + 1 : i + 8]
    if _negated(toks, i) or (cue.requires and not any(_bare(t.key) in cue.requires or t.key in cue.requires for t in near)):
        return []
    if cue.shape.startswith("noun") and not _licensed(toks, i):
        return []
    statement = _statement_at(said, toks[i].start)
    committer, k = _committer(toks, i, cue, statement, before, g)
    committer = committer or (previous if cue.shape in ("verb", "participle") else "")
    if not committer:
        return []
    found = _marker(toks, k, cue)
    if found is None or (cue.shape.startswith("noun") and not _adjacent(toks, _skip_fillers(toks, k), found[0])):
        return []  # a verbal noun's action follows it at once: not `موافقة الجانبين يتواصل العمل على …`
    marker, prefix = found
    reaffirmed = _reaffirmed(toks, i - 6, marker)
    if toks[marker - 1].text.endswith(":") and marker - 1 >= i:  # `ينص على:` + items: one commitment per item
        return [
            _make(body, toks, committer, cue.kind, toks[i].text.strip(EDGE_PUNCT), start, end, line_end, reaffirmed, statement)
            for start, end, line_end in _items(body, toks[marker].start if marker < len(toks) else s_end, s_end)
        ]
    start = _action_start(body, toks[marker], prefix)
    end = _action_end(body, toks, marker, s_end, cue)
    return [_make(body, toks, committer, cue.kind, toks[i].text.strip(EDGE_PUNCT), start, end, s_end, reaffirmed, statement)]


def _adjacent(toks: list[Token], k: int, marker: int) -> bool:
    """Only adjectives stand between a verbal noun's party and its action (`التزام الولايات المتحدة القوي والدائم بدعم`)."""
    between = toks[k : marker - 1]  # adjectives (`القوي والدائم`) or a possessed noun (`التزام بلاده بـ`)
    return len(between) <= 3 and all(
        t.key.removeprefix("و").startswith("ال") or (len(t.key) > 3 and t.key.endswith(("ه", "ها", "هم", "هما"))) for t in between
    )


def _bare(key: str) -> str:
    """A folded word without one proclitic (`بتقديم` → `تقديم`)."""
    return key[1:] if key[:1] in "وبلف" and len(key) > 3 else key


def _statement_at(said: list[Found], at: int) -> Found | None:
    """The statement whose content holds an offset, else the sentence's statement said before it."""
    inside = [s for s in said if s.content_start <= at < s.content_end]
    earlier = [s for s in said if s.content_start <= at]
    candidates = inside or earlier
    return candidates[-1] if candidates else None


def _committer(
    toks: list[Token], i: int, cue: CommitCue, statement: Found | None, before: list[FoundCommitment], g: Gazetteer
) -> tuple[str, int]:
    """The committing party and the token index where the search for the action starts."""
    speaker = statement.speaker if statement else ""
    k = _skip_fillers(toks, i + 1)
    if cue.by_parties:  # `ينص الاتفاق على`: the parties of the agreement named before, else in the sentence
        named = _party_before(toks, i, g)
        while k < len(toks) and (toks[k].key in cue.requires or _bare(toks[k].key) in cue.requires):
            k += 1  # `ويقضي الاتفاق بـ`: the agreement itself is the subject
        agreement = next((t.text.strip(EDGE_PUNCT) for t in toks[max(0, i - 15) : i + 3] if t.key in cue.requires), "")
        return named or _agreement_parties(cue, before) or speaker or agreement, k
    if cue.shape == "noun_poss":  # `أكدت حكومة العراق … التزامها`: the subject of the verb that governs it
        return _as_committer(_governing_subject(toks, i, g)) or speaker or sentence_subject(toks, i, g) or _agreement_parties(
            cue, before
        ), k
    if cue.shape == "noun_def":  # `الالتزام الثنائي`: the party word is the committer; else who signed or said it
        if k < len(toks) and any(m.form.kind == "party" for m in g.find(toks[k].text)):
            return f"{toks[i].text} {toks[k].text}".strip(EDGE_PUNCT + " "), k + 1
        if cue.marker == "direct" and not (k < len(toks) and (toks[k].key == ON or toks[k].key.startswith("ل"))):
            return "", k  # `العزم على`, `النية لـ`; not `العزم الصلب` (a name)
        return _signers(toks, i, g) or speaker or sentence_subject(toks, i, g), k
    party, after = party_after(toks, k, g)
    if party := _as_committer(party):
        return party, after
    if cue.shape == "noun":  # `جدد الرئيس الأمريكي التزام بلاده بـ`: the possessor is the subject's side
        return _as_committer(_governing_subject(toks, i, g)) or _agreement_parties(cue, before) or speaker, k
    if cue.marker == "direct" and k < len(toks) and toks[k].key in HUMAN_HEADS:
        return toks[k].text.strip(EDGE_PUNCT), k + 1  # `وتعتزم الشركة افتتاح …`: a head the gazetteer does not name
    rules = (
        lambda: _subject_after_complementizer(toks, i),
        lambda: np_before(toks, i, g),
        lambda: _pronoun_speaker(toks, i, statement),
        lambda: sentence_subject(toks, i, g),
        lambda: _agreement_parties(cue, before),
        lambda: _plain_subject(toks, k, cue),
    )
    return next((found for rule in rules if (found := _as_committer(rule()))), ""), k


def _as_committer(phrase: str) -> str:
    """A subject phrase without the clause openers around it (`وكان ترامب قد` → `ترامب`), or "" when it cannot be a party."""
    words = phrase.split()
    while words and search_form(words[0].strip(EDGE_PUNCT)) in CLAUSE_OPENERS:
        words.pop(0)
    while words and search_form(words[-1].strip(EDGE_PUNCT)) in VERB_PARTICLES:
        words.pop()
    first = search_form(words[0].strip(EDGE_PUNCT)) if words else ""
    if not first or first.removeprefix("و") in NOT_PARTY_STARTS or first in cue_forms():  # `وفي إطار …`, `أشاد الوزير …`
        return ""
    return " ".join(words).strip(EDGE_PUNCT + " ")


def _plain_subject(toks: list[Token], k: int, cue: CommitCue) -> str:
    """`وتوافقت القوى السياسية العراقية على …`: the words between a verb and its marker, when the gazetteer knows none."""
    found = _marker(toks, k, cue)
    if found is None or cue.marker == "direct":
        return ""
    end = found[0] if found[1] else found[0] - 1
    words = toks[k:end]
    words = words[: next((n for n, t in enumerate(words) if n and t.key in ASIDES | PREPOSITION_WORDS), len(words))]
    if not 1 <= len(words) <= 5 or words[0].key in PARTY_ENDS | PREPOSITION_WORDS or any(t.text.endswith(("،", ",")) for t in words[:-1]):
        return ""
    return " ".join(t.text for t in words).strip(EDGE_PUNCT + " ")


def _governing_subject(toks: list[Token], i: int, g: Gazetteer) -> str:
    """`أكدت حكومة العراق من جديد التزامها`, `الطرفان أكدا التزامهما`: the subject of the verb before the noun."""
    for v in range(i - 1, max(-1, i - 8), -1):
        if cue_forms().get(toks[v].key) is not None or toks[v].key.removeprefix("و") in REAFFIRMING_VERBS:
            named = party_after(toks, v + 1, g)[0] or np_before(toks, v, g) or _subject_after_complementizer(toks, v)
            between = " ".join(
                t.text for t in toks[v + 1 : i] if t.key not in FILLERS and t.key not in PREPOSITION_WORDS and t.key != "جديد"
            )  # `معربا على التزامه`: no one stands between
            return named or between.strip(EDGE_PUNCT + " ")  # `أعلن آبيي التزامه`: whoever stands between
    return ""


def _signers(toks: list[Token], i: int, g: Gazetteer) -> str:
    """`توقيع الجيش السوداني وقوات الدعم السريع على إعلان الالتزام بـ`: who signed the document."""
    for v in range(i - 1, max(-1, i - 13), -1):
        if _bare(toks[v].key).startswith(SIGN) or toks[v].key.startswith(("التوقيع", "توقيع")):
            return party_after(toks, v + 1, g)[0] or np_before(toks, v, g)
    return ""


def _party_before(toks: list[Token], i: int, g: Gazetteer) -> str:
    """The last party named before token i in its sentence (`الاتفاق الذي توصل إليه طرفا النزاع`)."""
    for k in range(i - 1, max(-1, i - 15), -1):
        party, _ = party_after(toks, k, g, strict=True)
        if party and any(m.form.actor_ids or (m.form.kind == "party" and search_form(m.text) not in JOINT_WORDS) for m in g.find(party)):
            return party
    return ""


def _subject_after_complementizer(toks: list[Token], i: int) -> str:
    """`فإن دولا أخرى تعهدت`, `إن طرفي الحرب في اليمن اتفقا`, `والقادة العرب جددوا`: a short subject between
    a complementizer (or the sentence's start) and the verb.

    Not a particle (`وقد تعهدت`), a preposition, or a reporting verb and what it opens (`وأضاف البيان "لقد اتفقا`)."""
    for k in range(i - 1, max(-2, i - 6), -1):
        if k < 0 or toks[k].key in COMPLEMENTIZERS:
            words = [t for t in toks[k + 1 : i] if t.key not in VERB_PARTICLES]
            if not words or words[0].key in PREPOSITION_WORDS or any(cue_forms().get(t.key) for t in words):
                return ""
            return " ".join(t.text for t in words).strip(EDGE_PUNCT + " ")
        if toks[k].text.endswith(("،", ",", ".", ":")):
            return ""
    return ""


def _pronoun_speaker(toks: list[Token], i: int, statement: Found | None) -> str:
    """`إنها تعتزم`, `أنه سيعمل`: a pronoun subject is the speaker of the statement the complementizer opens.

    Not one deeper inside what was said: `قال علوش إن النظام "يظن أنه سيحسم` (the regime thinks it will);
    and the complementizer carries the pronoun: in `إن ستيفن …` a name follows, not a verb."""
    j = i - 1
    while j >= 0 and toks[j].key in FILLERS:
        j -= 1
    if statement is None or j < 0 or toks[j].key not in PRONOUN_COMPLEMENTIZERS:
        return ""
    return statement.speaker if toks[j].end <= statement.content_start <= toks[j + 1].start else ""


def _agreement_parties(cue: CommitCue, before: list[FoundCommitment]) -> str:
    """`ينص الاتفاق على`, `يقضي الاتفاق بـ`: the parties of the agreement named before."""
    return before[-1].committer if cue.kind == "agreement" and before else ""


def party_after(toks: list[Token], k: int, g: Gazetteer, strict: bool = False) -> tuple[str, int]:
    """The party named from token k on (`الولايات المتحدة وجمهورية العراق`, `وزير الطاقة السعودي …`).

    Tokens are taken while the gazetteer covers them (actors, roles, party words), with the heads,
    nisbas and `و` that join them; the phrase ends at the first token it does not cover.
    `strict`: the first token must be covered (`ستسمح طهران`, not `سترفع تقاريرها إلى اللجنة`).
    """
    window = toks[k : k + 14]
    if not window:
        return "", k
    text_start = window[0].start
    text = "".join(" " * (t.start - (window[n - 1].end if n else text_start)) + t.text for n, t in enumerate(window))
    covered = [False] * len(window)
    for m in g.find(text):
        if m.form.actor_ids or m.form.kind.startswith("role:") or m.form.kind in ("party", "document"):
            for n, t in enumerate(window):
                if t.start - text_start < m.end and m.start < t.end - text_start:
                    covered[n] = True
    last = -1
    for n, t in enumerate(window):
        if covered[n]:
            last = n
        elif t.key in COMPLEMENTIZERS or t.key in RELATIVES or t.key in FILLERS or t.key in PARTY_ENDS or (last < 0 and (strict or n > 2)):
            break
        if (last >= 0 and n > last + 2) or (n > 0 and not covered[n] and t.key[:1] in "بل"):
            break  # `التزام البلدين بمواصلة …`: the marker ends the party
        if t.text.endswith(("،", ",", ":")) and last == n:
            break
    if 0 <= last < len(window) - 1 and _genitive_of_party(window, last, g):
        last += 1  # `طرفا النزاع`, `جانبي التفاوض`: a party word and what it is the party of
    if last < 0 or not speakerlike(" ".join(t.text for t in window[: last + 1]), g):
        return "", k
    return " ".join(t.text for t in window[: last + 1]).strip(EDGE_PUNCT + " "), k + last + 1


def _genitive_of_party(window: list[Token], last: int, g: Gazetteer) -> bool:
    """Whether the token after a party word (`طرفا`, `جانبي`) is its genitive (`النزاع`, `التفاوض`)."""
    head, nxt = window[last], window[last + 1]
    is_party = any(m.form.kind == "party" for m in g.find(head.text))
    return is_party and not head.text.endswith(("،", ",")) and nxt.key.startswith("ال") and nxt.key not in JOINT_WORDS


def _skip_fillers(toks: list[Token], k: int) -> int:
    """Skip time words and `من جديد` after a cue."""
    while k < len(toks) and (toks[k].key in FILLERS or (toks[k].key == "من" and k + 1 < len(toks) and toks[k + 1].key == "جديد")):
        k += 2 if toks[k].key == "من" else 1
    return k


def _marker(toks: list[Token], k: int, cue: CommitCue) -> tuple[int, bool] | None:
    """Where the action starts: (token index, whether that token opens with the `بـ`/`لـ` marker)."""
    k = _skip_fillers(toks, k)
    j = k
    while j < min(len(toks), k + 14):
        if j > k and toks[j].key in ASIDES and (close := _aside_end(toks, j)) is not None:
            j = close  # `وتعهد الاتحاد، خلال مؤتمر المانحين في بروكسل، بتقديم …`: skip the aside
            continue
        found = _marker_at(toks, j, k, cue)
        if found is not None or toks[j].text.endswith((".", "؟")):
            return found
        j += 1
    return None


def _marker_at(toks: list[Token], j: int, k: int, cue: CommitCue) -> tuple[int, bool] | None:
    """The action's start if token j is the cue's marker (k: the first token after the committer)."""
    key = toks[j].key
    if not key:
        return None
    # `تعهد بأن`, `اتفقا على أن`, `وعدت المنظمة في بيانها بأن`; not `تتفق مع دراسات … أن`
    opens = key in COMPLEMENTIZERS and (j == k or toks[j - 1].key == ON or (cue.marker == "ب" and key.startswith("ب")))
    if (cue.marker == "direct" and j == k and key == "عن") or opens or key == ON:  # `تعلن عن مساهمة`
        return (j + 1, False) if j + 1 < len(toks) else None
    if j > k and toks[j - 1].text.endswith(":"):
        return j, False
    if cue.marker in ("ب", "ل") and key.startswith(cue.marker) and key not in B_NOT_MARKER and len(key) > 3 and not _place(toks[j]):
        return j, True
    return (j, False) if cue.marker == "direct" and j == k else None


def _aside_end(toks: list[Token], j: int) -> int | None:
    """The index after an aside that opens at token j and closes with a comma within a few words."""
    return next((m + 1 for m in range(j, min(len(toks), j + 8)) if toks[m].text.endswith(("،", ","))), None)


def _place(t: Token) -> bool:
    """`ببروكسل`, `بالعراق`: a preposition on a place or state, not the marker of an action."""
    return any(m.form.actor_ids for m in gazetteer().find(t.text))


def _action_start(body: str, t: Token, prefix: bool) -> int:
    """Where the action starts in its first token: after a `بـ`/`لـ` marker and an opening quote."""
    at = t.start
    if prefix:
        at += 1
        while at < t.end and not body[at].isalnum():  # diacritics or a tatweel after the letter
            at += 1
    while at < t.end and body[at] in OPENING_QUOTES + '"':
        at += 1
    return at


def _action_end(body: str, toks: list[Token], j: int, s_end: int, cue: CommitCue | None, keep: int = 1) -> int:
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
    suffix = next((p for p in ("هما", "هم", "ها", "ه") if cue and cue.shape == "noun_poss" and toks[j - 1].key.endswith(p)), "")
    stop_kinds = ("condition", "timeframe", "timespan", "list")
    for m in range(j + 1, min(len(toks), j + MAX_ACTION)):
        t = toks[m]
        if t.start >= end:
            break
        if m >= j + keep and _phrase_at(toks, m, *stop_kinds) and _marker_fits(toks, m):
            return trim_end(body, start, t.start)
        if toks[m - 1].text.endswith(("،", ",")) and (_phrase_at(toks, m, "breaker") or _opens_other_matter(t)):
            return trim_end(body, start, t.start)  # `…، إضافة إلى اتفاق حول الأسرى`, `…، وشدد المجلس`: another matter
        if LATIN_RE.match(t.text) and m + 1 < len(toks) and LATIN_RE.match(toks[m + 1].text):
            return trim_end(body, start, t.start)  # `… حماية المدنيين by admin`: page furniture
        if suffix and t.key.startswith("و") and t.key.endswith(suffix) and len(t.key) > 5:  # `التزامهما بالتعاون واهتمامهما بـ`
            return trim_end(body, start, t.start)
        if t.key.startswith("و") and (other := commitment_forms().get(t.key)) is not None and other.shape == "verb":
            return trim_end(body, start, t.start)  # `… وتعهد بـ`: the next commitment
    if len([t for t in toks if start <= t.start < end]) > MAX_ACTION:
        return trim_end(body, start, toks[min(len(toks) - 1, j + MAX_ACTION)].start)
    return trim_end(body, start, end)


def _opens_other_matter(t: Token) -> bool:
    """After a comma: a reporting verb or participle (`وشدد`، `موضحة`), a contrast (`لكنه`، `ولكنهما`) or `أما`."""
    bare = t.key.removeprefix("و")
    return t.key in cue_forms() or bare.startswith("لكن") or bare == "اما"


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


def _marker_fits(toks: list[Token], m: int) -> bool:
    """A timespan opener (`خلال`) needs a time word or a number after it."""
    phrase = _phrase_at(toks, m, "timespan")
    if phrase is None:
        return True
    nxt = toks[m + len(phrase) : m + len(phrase) + 2]
    return any(t.key in TIME_NOUNS or t.key[:1].isdigit() for t in nxt)


def _items(body: str, start: int, end: int) -> list[tuple[int, int, int]]:
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
        out.append((at, _action_end(body, item_toks, 0, line_start + len(line), None), line_start + len(line)))
    return out


def _make(
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
        phrase = _phrase_at(after, m, "timeframe", "timespan") if c.timeframe is None else None
        if phrase and _marker_fits(after, m):
            c.timeframe = _span_text(body, after, m, phrase, s_end)
        if phrase := _phrase_at(after, m, "condition"):
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
            if _phrase_at(toks, last + 1, "condition", "timeframe") or nxt.start >= s_end:
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
        return []  # a bullet list: read by _attach_lists
    return [p.strip(EDGE_PUNCT + " ") for p in re.split(r"[،,؛;]", rest) if p.strip(EDGE_PUNCT + " ")]


def _attach_lists(body: str, spans: list[tuple[int, int]], n: int, found: list[FoundCommitment]) -> None:
    """`… العوامل التالية:` + items, in the sentence or the next one: conditions of the commitment before it."""
    if not found or found[-1].conditions or LIST_WORD not in body[spans[n][0] : spans[min(n + 1, len(spans) - 1)][1]]:
        return
    for s_start, s_end in spans[n : n + 2]:
        toks = tokens(body[s_start:s_end], s_start)
        for m in range(len(toks)):
            phrase = _phrase_at(toks, m, "list")
            if phrase is None or not toks[m + len(phrase) - 1].text.endswith(":"):
                continue
            items = _items(body, toks[m + len(phrase) - 1].end, s_end)
            found[-1].conditions = [body[a:b].strip(EDGE_PUNCT + " ") for a, b, _ in items] or _inline_list(body, toks, m, s_end)
            return


def _from_future(body: str, toks: list[Token], i: int, s_end: int, said: list[Found], g: Gazetteer) -> list[FoundCommitment]:
    """`ستواصل الولايات المتحدة خفض …`, `قال إن بلاده ستقدم …`: a party's own announced course (intent)."""
    at = _action_start(body, toks[i], prefix=False)  # `"سنعمل`: the word itself, after the opening quote
    statement = _statement_at(said, at)
    if statement is None or not statement.content_start <= at < statement.content_end or _negated(toks, i):
        return []
    verb = i + 1 if toks[i].key.lstrip("وف") == FUTURE_WORD else i
    if verb >= len(toks) or toks[verb].text.endswith(("،", ",", ".", ":")):
        return []  # `التوتر التجاري سيستمر، وإن الصين …`: no subject follows
    # `أن طهران ستسمح`, `أن الملك سلمان سيزور الولايات المتحدة`: a subject just after the complementizer comes
    # first (what follows the verb is then its object); else `ستواصل الولايات المتحدة خفض …`: the party after it.
    subject = np_before(toks, i, g)
    opens = i - len(subject.split()) - 1
    before = subject if subject and opens >= 0 and toks[opens].key in COMPLEMENTIZERS else ""
    party, after = ("", 0) if before else party_after(toks, _skip_fillers(toks, verb + 1), g, strict=True)
    if party:
        start, j = toks[after].start if after < len(toks) else s_end, after
    else:
        party = before or (toks[i - 1].text.strip(EDGE_PUNCT) if i > 0 and toks[i - 1].key in SELF_WORDS else "")
        party = party or _pronoun_speaker(toks, i, statement)
        if not party and toks[verb].key.lstrip("وف").startswith("سن") and statement.direct:
            party = statement.speaker  # `سنواصل` in a quotation: the speaker's side
        start, j = (at if verb == i else toks[verb].start), verb
    party = _as_committer(party)
    if not party or j >= len(toks):
        return []
    end = _action_end(body, toks, j, s_end, None, keep=2 if j == verb else 1)
    return [_make(body, toks, party, "intent", toks[i].text.strip(EDGE_PUNCT), start, end, s_end, False, statement)]


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


def commitment_rows(article_id: str, body: str, context: ArticleContext, statements: list[Found]) -> list[dict[str, object]]:
    """Rows of the `commitments` table for one article."""
    return [
        {
            "commitment_id": hashlib.sha256(f"{article_id}:c:{c.action_start}:{c.action_end}".encode()).hexdigest()[:20],
            "article_id": article_id,
            "statement_id": statement_id(article_id, c.statement.content_start, c.statement.content_end) if c.statement else None,
            "committer": c.committer,
            "committer_actor_ids": list(c.actor_ids),
            "committer_countries": list(c.countries),
            "kind": c.kind,
            "cue": c.cue,
            "reaffirmed": c.reaffirmed,
            "action": body[c.action_start : c.action_end],
            "conditions": c.conditions,
            "timeframe": c.timeframe,
            "due_by": c.due_by,
            "beneficiary_actor_ids": list(c.beneficiaries),
            "char_start": c.action_start,
            "char_end": c.action_end,
            "cluster_id": None,
        }
        for c in find_commitments(body, context, statements)
    ]
