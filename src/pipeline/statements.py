"""Statements: who said what, how and through which channel (SPEC §4), from cue lexicons (`cues.tsv`, `attributions.tsv`).

A verb cue takes the speaker after it (verb–subject: `وأكد وزير الخارجية فؤاد حسين أن …`), else before it (`البيان تحدث
عن …`), else the previous speaker (`وأضاف أن …`); a participle (`مؤكدًا`) takes the sentence's speaker. The content is
the `أنّ`/`إنّ` clause, the quotation, the text after a colon, or the rest of the clause, up to where the next cue's
clause begins. Offsets always point into the body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial

import ahocorasick

from pipeline.actors import ArticleContext, Gazetteer
from pipeline.chains import resolve_source
from pipeline.cues import Cue, attribution_at, attribution_phrases, cue_forms, quoting_phrases
from pipeline.document import Document
from pipeline.segment import CLOSING_QUOTES, EDGE_PUNCT, OPENING_QUOTES, Token, has_hit, tokens_at, word_automaton, word_hits
from pipeline.syntax import (
    AS,
    COMPLEMENTIZERS,
    FILLERS,
    PARTICLES,
    PREPOSITIONS,
    after_relative,
    agrees,
    attribution_source,
    channel_at,
    clause_end,
    closing_quote,
    complement_follows,
    counted,
    evidence,
    first_source,
    given_name_at,
    heads_clause,
    in_lineage,
    is_source,
    issued_before,
    long_aside,
    named_before,
    nominative_plural,
    noun_after,
    np_after,
    np_before,
    occasion_aside,
    occasion_then_words,
    opens_after_subject,
    passive_perfect,
    past_perfect,
    plural_adjective,
    rule_word,
    said_of,
    says_nothing,
    sentence_subject,
    speaker_without_openers,
    speakerlike,
    subject_before,
    surnames,
    trim_end,
    withheld,
    without_as_put,
)
from pipeline.text import search_form

COMMON_STARTS = frozenset({search_form("على")})
FULL_TEXT = ("فيما يلي نص", "وفيما يلي نص", "في ما يلي نص", "وفي ما يلي نص", "وهذا نص", "وفي ما يلي نصه")
# Not saying: nothing said (`طلب عدم ذكر اسمه`: 205 speakers `اسمه`; `ولم يكشف النادي عن سبب الوفاة`: 1,368 corpus rows).
WITHOUT = frozenset(search_form(w) for w in ("دون", "بدون", "ودون", "عدم", "لم", "ولم", "فلم", "لن", "ولن", "لا", "ولا"))
# A name or an identity as the verb's object (`ذكر اسمه`, `كشف هويتها`): its pronoun suffixes, folded.
NAME_OBJECTS = frozenset(search_form(s + p) for s in ("اسم", "أسماء", "هوية", "هويات") for p in ("", "ه", "ها", "هم", "هما", "هن"))
# Impersonal and idiomatic uses: `ويذكر أن` (it is worth noting), `يشار إلى أن`, `إذا دعت الحاجة`.
NOT_CUES = frozenset({("دعت", "الحاجه"), ("دعت", "الضروره"), ("تدعو", "الحاجه"), ("يذكر", "ان"), ("يذكر", "انه"), ("يشار", "الي")})


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
    nested: bool = False  # reported inside another speaker's quoted words
    relative: bool = False  # said in a relative clause (`التقارير التي تحدثت عن`): a modifier, not a clause of its own


def find_statements(doc: Document, g: Gazetteer) -> list[Found]:
    """Find every statement of an analysed article (offsets point into its body; speakers resolved)."""
    body, context = doc.body, doc.context
    found: list[Found] = []
    hits = word_hits(doc.fold, _cue_automaton())  # sentences without a cue word need no parsing
    for s_start, s_end in doc.sentences:
        labelled = _label_like(body, s_start, s_end)
        if not labelled and not has_hit(hits, s_start, s_end):
            continue  # no cue, no label: nothing said here (most sentences; skipping them is the speed)
        toks = doc.tokens(s_start, s_end)
        if "نص" in body[s_start:s_end] and (full := _full_text(body, toks, s_end)):
            found.append(full)
            continue
        if labelled and (turn := _labelled_turn(body, toks, s_end, context, g)):
            found.append(turn)
            continue
        found += _sentence_statements(body, toks, s_end, found, context, g, hits)
    previous = None
    for f in found:
        previous = resolve_source(doc, g, f.speaker, f.content_start, previous)
        f.speaker_actor_ids, f.speaker_countries = tuple(previous.actor_ids), tuple(previous.countries)
    unique: dict[tuple[int, int], Found] = {}  # one row per span, whose id it is: the first cue that reached it
    for f in found:
        if f.content_end > f.content_start:
            unique.setdefault((f.content_start, f.content_end), f)
    return list(unique.values())


@cache
def _cue_automaton() -> ahocorasick.Automaton:
    """Every cue form, attribution start and `نص` in one automaton, for a quick pass over a body.

    An attribution that starts with a common word (`على لسان`) goes in whole: `على` alone is in most sentences.
    """
    starts = {" ".join(p[:2]) if p[0] in COMMON_STARTS and len(p) > 1 else p[0] for p in attribution_phrases()}
    return word_automaton([*cue_forms(), *cue_forms(homographs=True), *starts, *("و" + w for w in starts), "نص"])


def _label_like(body: str, start: int, end: int) -> bool:
    """Whether a sentence may open with a label (`الصفدي:`, `• الصفدي:`): a colon within its first five words."""
    colon = body.find(":", start, min(end, start + 60))
    return colon >= 0 and body.count(" ", start, colon) <= 4


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
    start = len(body) - len(body[s_end:].lstrip())  # the first non-space offset at or after the sentence's end
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
    named = surnames([f.speaker for f in before], context.surnames.keys(), g) if cues else frozenset()
    for n, (i, cue) in enumerate(cues):
        # A cue inside a quotation opened after this one is reported within its words (`وأضاف: "أعلن الحوثيون …"`):
        # it gives a statement of its own and does not end this one.
        limit = next(
            (
                _clause_start(toks, k)
                for m, (k, c) in enumerate(cues[n + 1 :])
                if _opens_clause(toks, k, c, g)
                and not _inside_quote(body, toks[i].end, toks[k].end)
                and not (m == 0 and _channel_next(toks, i, cue, cues[n + 1 :], g))
            ),
            s_end,
        )
        nested = _inside_quote(body, toks[0].start, toks[i].end)
        if nested:  # a report inside a quotation ends with its own sentence (`"أعلن الحوثيون أنهم …. وسنحترم ذلك"`)
            limit = next((t.end - 1 for t in toks[i + 1 :] if t.text.endswith(".") and t.end - 1 < limit), limit)
        # Zero subjects refer back, nearest first, to a speaker or the document it spoke through (`وفي بيان لها`);
        # a source quoted inside someone's words is no antecedent outside them, and whoever is quoted is none
        # inside their own words (they would say `قلت`, not `قال`).
        earlier = [
            p
            for f in reversed(before[-4:] + out)
            if (nested or not f.nested) and not (nested and f.content_start <= toks[i].start < f.content_end)
            for p in (f.speaker, f.via if f.via and speakerlike(f.via, g) else "")
            if p
        ]
        if cue.kind == "attribution":
            if any(c.kind == "saying" and i <= said_of(toks, k)[1] <= i + 2 for k, c in cues[n + 1 :]):
                continue  # `على لسان X قوله`, `نقلا عن X قوله`: the saying names the source and the content
            if out:  # `أكدت حكومة العراق …، بحسب البيان`: the channel of the statement before it
                out[-1].via = out[-1].via or _channel(toks, i, g)
                continue
            found = _attributed(body, toks, i, s_end, g)
        else:
            found = _reported(body, toks, i, cue, limit, earlier, _main_speaker(out), g, nested, named)
        if found is not None:
            found.nested = nested
            found.relative = after_relative(toks, i)
            out.append(found)
    return out


def _main_speaker(out: list[Found]) -> str:
    """The speaker of the sentence's last statement not made in a relative clause: `قال ترامب إنه قلق من التقارير
    التي تحدثت عن …، موضحا` — `موضحا` is Trump's, not the reports' (but in `موضحاً أن الرئيس اليمني … عبر عن
    دعمه …، قائلاً` the clause of its own is the president's, and so is `قائلاً`)."""
    main = [f for f in out if not f.relative]
    return main[-1].speaker if main else ""


def _handed_to_attribution(toks: list[Token], i: int, cue: Cue, later: list[tuple[int, Cue]], g: Gazetteer) -> bool:
    """`وقال موقع أكسيوس نقلًا عن مسؤول أمريكي: …`, `وذكرت الوكالة عن الوزير قوله`: the attribution or the saying
    names the real source (a channel's does not: `وأكدت الوزارة وفقاً لوكالة الأنباء`)."""
    if cue.kind == "verb" and later and later[0][1].kind == "saying":  # `وذكرت الوكالة عن الوزير قوله`
        return said_of(toks, later[0][0])[1] == np_after(toks, i + 1, g)[1]
    return _attribution_after_subject(toks, i, cue, later, g) in quoting_phrases()


def _channel_next(toks: list[Token], i: int, cue: Cue, later: list[tuple[int, Cue]], g: Gazetteer) -> bool:
    """Whether the next cue is an attribution to the channel right after this verb's subject (`وأكدت وزارة الخارجية
    القطرية وفقاً لوكالة الأنباء القطرية … وقوف دولة قطر`): it ends no content; the words follow it."""
    phrase = _attribution_after_subject(toks, i, cue, later, g)
    return phrase is not None and phrase not in quoting_phrases()


def _attribution_after_subject(toks: list[Token], i: int, cue: Cue, later: list[tuple[int, Cue]], g: Gazetteer) -> tuple[str, ...] | None:
    """The attribution phrase that is the next cue and opens right after this verb's subject, if any."""
    if cue.kind != "verb" or not later or later[0][1].kind != "attribution":
        return None
    k = later[0][0]
    return attribution_at(toks, k) if np_after(toks, i + 1, g)[1] == k else None


def _cue(toks: list[Token], i: int) -> Cue | None:
    """The cue at token i, if any: a reporting verb or participle, or an attribution phrase."""
    if attribution_at(toks, i):
        return Cue("attribution", "attribution")
    cue = cue_forms().get(toks[i].key)
    if cue is None and (cue := cue_forms(homographs=True).get(toks[i].key)) and not heads_clause(toks, i, cue.kind):
        return None
    if cue is None or (toks[i].key.lstrip("وف"), toks[i + 1].key if i + 1 < len(toks) else "") in NOT_CUES:
        return None
    verb = cue.kind == "verb" and (passive_perfect(toks[i].text) or (i > 0 and noun_after(toks[i - 1])))
    if (i > 0 and toks[i - 1].key in WITHOUT) or given_name_at(toks, i) or in_lineage(toks, i) or verb:
        return None  # `دون ذكر تفاصيل`; `دان كوتس`, `بن أبي طالب`: a name; `أُعلن`: no one named; `مع كشف`: a verbal noun
    if counted(toks, i) or plural_adjective(toks, i):
        return None  # `تم قبول 350 طالبا وطالبة`, `طالب وطالبة`: students, not someone demanding; `أعضاء جدد`: new
    if cue.kind == "participle" and cue.agree in ("f", "p") and i > 0 and _indefinite_noun(toks[i - 1]) and not _says(toks, i):
        return None  # `حراسة أمنية مشددة`, `حالات مؤكدة بفيروس`: the participle is the noun's adjective
    if cue.kind == "saying" and (toks[i].text.endswith("ة") or (i > 0 and toks[i - 1].key in PREPOSITIONS) or said_of(toks, i)[1] < 0):
        return None  # `وأضاف بيليغريني قوله:`, `حسب قوله`, `في قوله`, `قولة` (a noun): no saying of its own
    if i + 1 < len(toks) and toks[i + 1].key in NAME_OBJECTS:
        return None  # `الذي لم يجر ذكر اسمه`, `رفض كشف هويته`: the name is what is told, nothing is said
    if i > 0 and toks[i - 1].key.endswith("ما") and (attribution_at(toks, i - 1) or (i > 1 and attribution_at(toks, i - 2))):
        return None  # `حسبما أفادت الوكالة`, `بحسب ما ذكرت`: the verb belongs to the attribution
    window = 2 if cue.lemma in ("جاء", "ورد") else 8  # `وجاء في البيان`, not `جاء ذلك خلال … في`
    if cue.requires and not set(cue.requires.split("|")) & {t.key for t in toks[i + 1 : i + window]}:
        return None
    return cue


def _says(toks: list[Token], i: int) -> bool:
    """Whether what was said opens right after the cue at token i: a complementizer (`مؤكدة بأن`, `على أن`), a colon
    or a quotation (`ذات مرة قائلة "…`)."""
    quoted = i + 1 < len(toks) and toks[i + 1].text[:1] in OPENING_QUOTES + '"'
    return quoted or complement_follows(toks, i)


def _indefinite_noun(t: Token) -> bool:
    """A feminine or plural noun or adjective without the article and without a comma after it (`أمنية`, `قيود`)."""
    return t.text[-1:] not in '،,.:؛"»' and not t.key.startswith(("ال", "وال")) and t.text.endswith(("ة", "ات", "ود"))


def _opens_clause(toks: list[Token], i: int, cue: Cue, g: Gazetteer) -> bool:
    """Whether the cue at token i starts a clause of its own (then it ends the content before it).

    A verb whose subject stands before it inside the content (`أن الرئيس اليمني، …، عبر عن`) does not.
    """
    if cue.kind == "attribution":  # `إلا وفقاً لآليات دستورية`: a rule, not a source, goes on with the words
        source = search_form(attribution_source(toks, i, g)[1]).split()
        return not source or not rule_word(source[0])
    if cue.kind == "participle" or toks[i].key.startswith("و"):
        return True
    if i > 1 and toks[i - 1].key == AS and toks[i - 2].text.endswith(("،", ",")) and not toks[i].text.endswith(("،", ",")):
        return True  # `…، كما أشار الباحثون إلى أنهم`: a statement of its own (not `كما قال،`, as he said)
    return i > 0 and toks[i - 1].text.endswith(("،", ",", ":")) and not np_before(toks, i, g)


def _clause_start(toks: list[Token], i: int) -> int:
    """Where the clause of the cue at token i starts: after the comma before it, else the cue."""
    j = i
    while j > 0 and not toks[j - 1].text.endswith(("،", ",", ":", ".")) and i - j < 3:
        j -= 1
    return toks[j - 1].end - 1 if j > 0 and toks[j - 1].text.endswith(("،", ",")) else toks[i].start


def _reported(
    body: str,
    toks: list[Token],
    i: int,
    cue: Cue,
    limit: int,
    earlier: list[str],
    sentence_speaker: str,
    g: Gazetteer,
    nested: bool,
    named: frozenset[str] = frozenset(),
) -> Found | None:
    """A verb or participle cue: find the speaker, then the content (`nested`: the cue stands inside a quotation).

    The speaker is the first candidate that is a source (`syntax.is_source`): the subject after the verb,
    before it, the sentence's subject, else (a zero subject) the nearest earlier speaker the verb agrees
    with (`وأضافت` refers back to `الوزارة`, not to `الوزير`). None when no candidate is a source."""
    after = i + 1
    speaker = ""

    def zero() -> str:  # a zero subject: the nearest earlier source the verb agrees with
        return next((p for p in earlier[:4] if agrees(cue.agree, p, g) and is_source(p, g)), "")

    def before(find: Callable[[list[Token], int, Gazetteer], str]) -> Callable[[], str]:
        """A subject before its verb agrees with it in full (`الوزراء أكدوا`; not `عمّان … وأكدوا`)."""
        return lambda: phrase if (phrase := find(toks, i, g)) and subject_before(phrase, toks, i, cue.agree, g) else ""

    if cue.lemma in ("جاء", "ورد"):  # `وجاء في البيان المشترك أنه …`, `بيان … جاء فيه أن …`
        at = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k].key in ("في", "فيه", "فيها")), i)
        speaker, after = np_after(toks, at + 1, g) if toks[at].key == "في" else ("", at + 1)
        candidates: tuple[Callable[[], str], ...] = (lambda: speaker, lambda: sentence_subject(toks, i, g), zero)
    elif cue.kind == "saying":  # `نقلت رويترز عن الوزير قوله إن …`: said of the one after `عن`, never guessed
        (source, at, carrier), candidates = said_of(toks, i), (lambda: source,)
    elif issued_before(toks, i):  # `أصدرت المحكمة الخميس بيانا قالت فيه إن`: said by the text's maker
        after, candidates = i + 2, (before(sentence_subject), zero)
    elif cue.kind == "participle":
        # the sentence's speaker agrees with it too (`نفت …، مضيفة` is not said by `الاتحاد`)
        candidates = (lambda: sentence_speaker if agrees(cue.agree, sentence_speaker, g) else "", before(sentence_subject), zero)
    else:
        stop_at_b, object_next = "b" in cue.takes, next((k for k in "ot" if k in cue.takes), "")
        speaker, after = ("", i + 1) if toks[i].text.endswith(":") else np_after(toks, i + 1, g, stop_at_b, True, object_next)
        person = toks[i + 1].text.strip(EDGE_PUNCT) if speaker and named_before(body, toks[i + 1], named, g, not object_next) else ""
        if person and not speakerlike(speaker, g) and not before(partial(np_before, adjacent=True))():
            speaker, after = person, i + 2  # `وقال شكري في مؤتمر صحفي`: named before (not `نتانياهو يتهم ظريف`)

        def known(phrase: str) -> bool:
            return speakerlike(phrase, g) or search_form(phrase) in named or phrase == person

        if speaker and after < len(toks) and (phrase := attribution_at(toks, after)) and phrase not in quoting_phrases():
            after = attribution_source(toks, after, g)[2]  # `وفقاً لوكالة الأنباء القطرية`: the channel, then the words
        if speaker and (said := cue_forms().get(toks[after - 1].key)) is not None and said.kind == "saying":
            speaker = " ".join(t.text for t in toks[i + 1 : after - 1])  # `وأضاف بيليغريني قوله: …`: his saying is the object
        if speaker and after >= len(toks):  # the phrase ran to the end: subject, then object (`اتهم الوزير الحوثيين بخرق …`)
            speaker, after = first_source(toks, i + 1, after, g)
            if not speaker and nominative_plural(toks[i + 1].key):  # `وأكد موظفون كانوا داخل الوزارة سماع دوي …`
                speaker, after = toks[i + 1].text, i + 2
        if says_nothing(cue.lemma, toks, after):
            return None  # `أقر البرلمان المجري سلسلة قوانين`, `يضيف الهدف الثاني`: a law passed, a goal scored
        # after a relative pronoun, a particle follows the object as readily as the subject (`التي أعلنت القبض على`)
        relative = after_relative(toks, i)
        particle = relative and after < len(toks) and toks[after].key in PARTICLES
        if speaker and not known(speaker) and (particle or not opens_after_subject(toks, i + 1, after, speaker, cue.takes, g)):
            # an object, not a subject: `أكدا التزامهما …`, `وزارة الداخلية البحرينية، التي أعلنت القبض على …`
            speaker, after = "", i + 1
        if speaker and not is_source(speaker, g):
            after = i + 1
        if speaker and (not known(speaker) or past_perfect(toks, i) is not None) and before(partial(np_before, adjacent=True))():
            # a subject before the verb that agrees with it: what follows is the object (`السلطات الإسرائيلية
            # أعلنت فرض طوق أمني`), not a second subject
            speaker, after = "", i + 1
        # after a relative pronoun: the pronoun or after the verb; figures that show (`وتشير الأرقام`) have none (`evidence`)
        guessed = () if relative else (before(sentence_subject), zero)
        candidates = () if evidence(speaker, g) else (lambda: speaker, before(np_before), *guessed)
    speaker = next((c.strip(EDGE_PUNCT + " ") for make in candidates if (c := speaker_without_openers(make(), g)) and is_source(c, g)), "")
    if not speaker:
        return None
    start, end, direct = _content(body, toks, after, withheld(toks, after, limit, speaker, g))
    if end <= start:
        return None
    # Words inside a quotation are direct, unless the quoted speaker reports someone else's words in turn
    # (`"… ويقولون إنهم لن …"`; but a quoted document's `"تعلن قطر والإمارات …"` is its own words).
    reported = nested and any(t.key in COMPLEMENTIZERS and t.end <= start for t in toks[i + 1 : i + 8])
    quoted = _inside_quote(body, toks[0].start, start) and not reported
    found = Found(speaker, toks[i].text.strip(EDGE_PUNCT), start, end, direct or quoted)
    if cue.kind == "saying":
        found.via = (np_after(toks, carrier + 1, g)[0] or None) if at - carrier <= 8 else None  # `ونقلت وكالة رويترز عن`
    return found


def _quotes_to_end(body: str, start: int, limit: int) -> bool:
    """Whether the quotation opened at `start` runs to the clause's end (the content), not a quoted name."""
    close = closing_quote(body, start)
    return close is not None and (close > limit or not body[close + 1 : limit].strip(" .،,\n"))


def _inside_quote(body: str, sentence_start: int, at: int) -> bool:
    """Whether an offset lies inside a quotation opened earlier in its sentence."""
    before = body[sentence_start:at]
    opened = sum(before.count(q) for q in OPENING_QUOTES) - sum(before.count(q) for q in CLOSING_QUOTES)
    return opened > 0 or before.count('"') % 2 == 1


def _content(body: str, toks: list[Token], k: int, limit: int) -> tuple[int, int, bool]:
    """The content after the speaker: a quotation, an `أنّ` clause, after a colon, or the rest."""
    j = k
    while (
        j < len(toks)
        and toks[j].start < limit
        and (toks[j].key in FILLERS or not toks[j].key or (toks[j].key == "من" and j + 1 < len(toks) and toks[j + 1].key == "جديد"))
    ):
        j += 2 if toks[j].key == "من" else 1
    set_apart = k > 0 and toks[k - 1].text.endswith(("،", ","))
    # After a comma, a word in `ب` is what was said (`واعترف الجيش، الأربعاء، بمسؤوليته`) unless an apposition
    # closes with a comma before a complementizer (`وقال علي حساني، بائع زهور …، إنه`).
    b_word = j < len(toks) and toks[j].key.startswith("ب") and toks[j].key != "بين"
    if j < len(toks) and (toks[j].key in PARTICLES or (b_word and not set_apart)) and not channel_at(toks, j):
        if j + 1 < len(toks) and toks[j + 1].key in COMPLEMENTIZERS:  # `إلى أن`, `على أن`
            j += 2
    elif j > 0 and toks[j - 1].text.endswith(":"):
        pass
    else:
        # After `، ` the speaker's title may run on (`وقال ديفيد باندورسكي، المدير المشارك في …، إن`): look further.
        reach = 25 if set_apart else 12
        for m in range(j, min(len(toks), j + reach)):
            t = toks[m]
            if t.start >= limit or _cue(toks, m):  # a cue of its own (`عبر حسابه` is a channel, not `عبر عن`)
                break
            if m > j and t.text[0] in OPENING_QUOTES + '"' and _quotes_to_end(body, t.start, limit) and toks[m - 1].key not in PREPOSITIONS:
                j = m  # `في بيان نشره عبر حسابه "قررت أن أقول …"`; not `تضامن الحركة مع "الأشقاء العراقيين"`, an object
                break
            if t.key in COMPLEMENTIZERS or t.text.endswith(":"):
                j = j if b_word and m > j and not toks[m - 1].text.endswith(("،", ",")) else m + 1
                break
        close = (occasion_aside(toks, j) or occasion_then_words(toks, j) or long_aside(toks, j)) if j == k else None
        j = close if close is not None and close < len(toks) and not _cue(toks, close) else j
    if j >= len(toks) or toks[j].start >= limit:
        return 0, 0, False
    start = toks[j].start
    if body[start] in OPENING_QUOTES + '"' and _quotes_to_end(body, start, limit):
        return start + 1, closing_quote(body, start) or start + 1, True
    end = without_as_put(body, start, trim_end(body, start, clause_end(body, start, limit)))
    colon = j > 0 and toks[j - 1].text.endswith(":")
    return start, end, colon or any(ch in body[start : start + 3] for ch in OPENING_QUOTES + '"')


def _channel(toks: list[Token], i: int, g: Gazetteer) -> str | None:
    """The document or source an attribution at token i names (`بحسب البيان`), not a rule (`وفقًا لمقاصد النظام`)."""
    found, source, _ = attribution_source(toks, i, g)
    return source if _attributable(found, g) else None


def _attributable(phrase: str, g: Gazetteer) -> bool:
    """Whether what follows an attribution names a source, not a rule or plan (`وفقًا لجدول زمني`)."""
    return bool(phrase) and not rule_word(search_form(phrase).split()[0]) and speakerlike(phrase, g)


def _attributed(body: str, toks: list[Token], i: int, s_end: int, g: Gazetteer) -> Found | None:
    """`بحسب البيان`, `وفق بيان لوزارة الدفاع`: the source after, the content is the clause it qualifies."""
    speaker, source, after = attribution_source(toks, i, g)
    if not _attributable(speaker, g) or not is_source(source, g):
        return None  # `وفقًا لـ` takes its source with `لـ` (`لمصادر دبلوماسية`): the rest must be a source
    if i == 0 or (i == 1 and toks[0].key == "و"):  # `ووفقاً للبيان المشترك، فقد استعرض …`
        j = after
        while j < len(toks) and (toks[j].key in COMPLEMENTIZERS or toks[j].key in ("فقد", "فان", "فإن", "ف")):
            j += 1
        if j >= len(toks):  # nothing after it
            return None
        start, end = toks[j].start, trim_end(body, toks[j].start, s_end)
    elif (at := after + (after < len(toks) and toks[after].key in COMPLEMENTIZERS)) < len(toks) and (
        at > after or toks[after - 1].text.endswith(":")
    ):  # `نقلًا عن مسؤول أمريكي: تم التوصل …`, `نقلًا عن مسؤول أمريكي إن الاتفاق قريب`
        start, end = toks[at].start, trim_end(body, toks[at].start, s_end)
    else:
        start, end = toks[0].start, trim_end(body, toks[0].start, toks[i].start)
    cue = " ".join(t.text for t in toks[i : i + len(attribution_at(toks, i) or ())])
    return Found(source, cue, start, end, False, via=source)  # `وفقا للبيان`: the source is `البيان`, not `للبيان`
