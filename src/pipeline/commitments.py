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

import re
from functools import cache

import ahocorasick

from pipeline.actors import Gazetteer, cities
from pipeline.chains import resolve_source
from pipeline.commitment_checks import about_others, distinct, misread, sourced
from pipeline.commitment_cues import (
    B_NOT_MARKER,
    FUTURE_SCAN,
    FUTURE_WORD,
    ON,
    PRONOUN_MARKERS,
    PRONOUN_THAT,
    REAFFIRMING_VERBS,
    SELF_WORDS,
    SIGN,
    WILL_NOT,
    CommitCue,
    agreed_fact,
    approval,
    bare,
    before_future,
    commitment_forms,
    future_verb,
    licensed,
    light_course,
    negated,
    phrase_at,
    predicts,
    pronoun_course,
    restated,
    self_subject,
)
from pipeline.cues import cue_forms
from pipeline.document import Document
from pipeline.segment import EDGE_PUNCT, QUOTES, Token, has_hit, tokens_at, word_automaton, word_hits
from pipeline.slots import FoundCommitment, action_end, action_start, attach_lists, course_person, due_date, list_items, make, next_course
from pipeline.statements import Found
from pipeline.syntax import (
    ASIDES,
    COMPLEMENTIZERS,
    FILLERS,
    HEADS,
    PARTY_ENDS,
    PREPOSITION_WORDS,
    agrees,
    antecedent_before,
    as_committer,
    aside_end,
    genitive_body,
    head_phrase,
    in_construct,
    np_after,
    np_before,
    party_after,
    party_before,
    pronoun_agreement,
    pronoun_agrees,
    purpose_at,
    sentence_subject,
    subject_after_complementizer,
    subject_tokens_after_complementizer,
    verb_agreement,
)
from pipeline.text import Fold, search_form

_WORD_RUN = re.compile(r"\w*")

# Complementizers that carry the subject pronoun: `أنه سيعمل`, `إنها تعتزم`, `إننا سنواصل`.
PRONOUN_COMPLEMENTIZERS = frozenset(c for c in COMPLEMENTIZERS if c.endswith(("ه", "ها", "هم", "هما", "نا", "ني")))


@cache
def _automaton() -> ahocorasick.Automaton:
    """Every cue form and `سوف` in one automaton, for a quick pass over a body."""
    return word_automaton([*commitment_forms(), FUTURE_WORD])


def _hits(fold: Fold, statements: list[Found]) -> tuple[set[int], set[int]]:
    """Body offsets of whole words that are cue forms, and of future verbs inside what a party said.

    Sentences without either need no parsing (most sentences; skipping them is the speed)."""
    cues = set(word_hits(fold, _automaton()))
    folded = fold.text
    futures = set()
    for start, end in _merged([(s.content_start, s.content_end) for s in statements]):
        last = fold.folded(end)
        stop = _WORD_RUN.match(folded, last).end()  # type: ignore[union-attr]  # `\w*` always matches
        for m in FUTURE_SCAN.finditer(folded, fold.folded(start), stop):  # matches are whole words: none straddles an end
            if m.start() < last and (m.group().lstrip("وف") in (FUTURE_WORD, WILL_NOT) or future_verb(m.group())):
                futures.add(fold.original(m.start()))
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


def find_commitments(doc: Document, statements: list[Found], g: Gazetteer) -> list[FoundCommitment]:
    """Find every commitment of an analysed article.

    Args:
        doc: the article (offsets of the results point into its body).
        statements: the article's statements, which commitments are said in.
        g: the gazetteer.
    """
    body, context = doc.body, doc.context
    hits, futures = _hits(doc.fold, statements)
    found: list[FoundCommitment] = []
    spans = doc.sentences
    marks = sorted(hits | futures)
    for n, (s_start, s_end) in enumerate(spans):
        if not has_hit(marks, s_start, s_end):
            continue  # no cue in the sentence
        toks = doc.tokens(s_start, s_end)
        said = [s for s in statements if s_start <= s.content_start < s_end or s.content_start <= s_start < s.content_end]
        previous = next((s.speaker for s in reversed(statements) if s.content_start < s_start), "")
        sentence_found: list[FoundCommitment] = []
        for i in tokens_at(toks, marks):
            t = toks[i]
            cue = commitment_forms().get(t.key) if (t.start in hits or t.start + 1 in hits) else None
            if cue is not None:
                sentence_found += _from_cue(body, toks, i, cue, s_end, said, found + sentence_found, previous, g)
            elif t.start in futures or t.start + 1 in futures:  # `"ستواصل`
                sentence_found += _from_future(body, toks, i, s_end, said, sentence_found, g)
        attach_lists(body, spans, n, sentence_found or found[-1:])
        found += sentence_found
    for c in found:
        own_side = search_form(c.committer) in SELF_WORDS and c.statement is not None  # `قال الوزير إن بلاده …`
        if own_side and c.statement:
            c.actor_ids, c.countries = c.statement.speaker_actor_ids, c.statement.speaker_countries
        else:
            resolution = resolve_source(doc, g, c.committer, c.action_start, role="committer")
            c.actor_ids, c.countries = tuple(resolution.actor_ids), tuple(resolution.countries)
        named = g.actor_mentions(body[c.action_start : c.action_end])
        c.beneficiaries = tuple(dict.fromkeys(a for _, a in named if a not in c.actor_ids))
        c.due_by = due_date(c.timeframe, context.published_on)
    agreed = {country for c in found if c.kind == "agreement" and not c.future for country in c.countries}
    kept = [c for c in found if sourced(c, g) and not about_others(c, agreed, g, body) and not misread(c, body, g)]
    return distinct(kept)


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
    if i + 1 < len(toks) and toks[i + 1].key in PRONOUN_MARKERS:
        return []  # `الإصلاحات التي التزمت بها الحكومة`: the course stands before the cue, not after it
    if negated(toks, i) or (cue.requires and not any(bare(t.key) in cue.requires or t.key in cue.requires for t in near)):
        return []
    if (cue.shape.startswith("noun") and not licensed(toks, i)) or (i > 0 and phrase_at(toks, i - 1, "existential")):
        return []  # `وهناك توافق على ضرورة …`, `هناك نية من جانب الأهلى`: a view held, or an intent others tell of
    statement = _statement_at(said, toks[i].start)
    committer, k = _committer(toks, i, cue, statement, before, g)
    committer = committer or (previous if cue.shape in ("verb", "participle") else "")
    if not committer or (cue.shape == "verb" and not agrees(verb_agreement(toks[i].key), committer, g)):
        return []  # `أنهما مقتنعان … واتفقا على`: a dual or plural verb is not one source's (`مصدر عسكري مسؤول`)
    found = _marker(toks, k, cue, g)
    if found is None or (cue.shape.startswith("noun") and not _adjacent(toks, _skip_fillers(toks, k), found[0])):
        return []  # a verbal noun's action follows it at once: not `موافقة الجانبين يتواصل العمل على …`
    if cue.shape == "participle" and k == i + 1 and found[0] > k + 1 and in_construct(toks[_skip_fillers(toks, k)]):
        return []  # a participle in construct is a noun: `يقودهم مصمم صفحة إرهابية على الإنترنت` is a designer
    marker, prefix = found
    if cue.lemma == "وافق" and approval(committer, [t.key for t in toks[marker : marker + 3]]):
        return []  # `وافق مجلس النواب على مشروع قانون`: a body's decision commits no one
    if cue.lemma in ("تعهد", "تكفل") and phrase_at(toks, marker, "in_charge"):
        return []  # `تعهدت الفرقة بالقضية`: took charge of the case; `تكفل بتسجيل الهدف`: scored
    if (
        cue.kind == "agreement"
        and marker < len(toks)
        and (phrase_at(toks, marker, "view") or (not cue.by_parties and agreed_fact(toks, marker)))
    ):
        return []  # `اتفقا على أهمية تعزيز العلاقات`, `اتفق الخبراء على أن السوق استوعبت`: a shared view, no course
    if not cue.by_parties and marker < len(toks) and toks[marker].key in PRONOUN_THAT:
        if (course := pronoun_course(toks, marker)) is None:
            return []  # `اتفقوا على أنه لا يمكن السماح لروسيا`: a shared view
        marker, prefix = course, False
    reaffirmed = restated(toks, i - 6, marker)
    if toks[marker - 1].text.endswith(":") and marker - 1 >= i:  # `ينص على:` + items: one commitment per item
        return [
            make(body, toks, committer, cue.kind, toks[i].text.strip(EDGE_PUNCT), start, end, line_end, reaffirmed, statement)
            for start, end, line_end in list_items(body, toks[marker].start if marker < len(toks) else s_end, s_end)
        ]
    start = action_start(body, toks[marker], prefix)
    end = action_end(body, toks, marker, s_end, cue)
    return [make(body, toks, committer, cue.kind, toks[i].text.strip(EDGE_PUNCT), start, end, s_end, reaffirmed, statement)]


def _adjacent(toks: list[Token], k: int, marker: int) -> bool:
    """Only adjectives or an aside stand between a verbal noun's party and its action (`التزام الولايات المتحدة القوي والدائم بدعم`)."""
    between = toks[k : marker - 1]  # adjectives (`القوي والدائم`) or a possessed noun (`التزام بلاده بـ`)
    if between and between[0].key in ASIDES and len(between) <= 10:
        return True  # an aside of time or place: `التزامها أثناء ملء السد خلال العام الهيدرولوجي 2023-2024 بعدم إلحاق ضرر`
    return len(between) <= 3 and all(
        t.key.removeprefix("و").startswith("ال") or (len(t.key) > 3 and t.key.endswith(("ه", "ها", "هم", "هما"))) for t in between
    )


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
        named = party_before(toks, i, g)
        while k < len(toks) and (toks[k].key in cue.requires or bare(toks[k].key) in cue.requires):
            k += 1  # `ويقضي الاتفاق بـ`: the agreement itself is the subject
        agreement = next((t.text.strip(EDGE_PUNCT) for t in toks[max(0, i - 15) : i + 3] if t.key in cue.requires), "")
        return named or _agreement_parties(cue, before) or speaker or agreement, k
    if cue.shape == "noun_poss":  # `أكدت حكومة العراق … التزامها`: the subject of the verb that governs it
        found = as_committer(_governing_subject(toks, i, g)) or speaker or sentence_subject(toks, i, g) or _agreement_parties(cue, before)
        if found and not pronoun_agrees(agree := pronoun_agreement(toks[i].key), found, g):
            found = antecedent_before(toks, i, agree, g, SELF_WORDS)  # `أوضح وزير الثقافة … المواقف الثابتة للمملكة … وعزمها`
        return found, k
    if cue.shape == "noun_def":  # `الالتزام الثنائي`: the party word is the committer; else who signed or said it
        if k < len(toks) and any(m.form.kind == "party" for m in g.find(toks[k].text)):
            return f"{toks[i].text} {toks[k].text}".strip(EDGE_PUNCT + " "), k + 1
        if cue.marker == "direct" and not (k < len(toks) and (toks[k].key == ON or toks[k].key.startswith("ل"))):
            return "", k  # `العزم على`, `النية لـ`; not `العزم الصلب` (a name)
        return _signers(toks, i, g) or speaker or sentence_subject(toks, i, g), k
    if cue.shape in ("verb", "participle") and (own := _pronoun_speaker(toks, i, statement, g)):
        return _with_other(toks, own, k, cue, g)  # `قال إنه عازم على`: not `الولايات المتحدة` further on
    party, after = party_after(toks, k, g)
    if party := as_committer(party):
        return _with_other(toks, party, after, cue, g)  # `اتفقت الولايات المتحدة مع كوريا الجنوبية`
    if cue.shape == "noun":  # `جدد الرئيس الأمريكي التزام بلاده بـ`: the possessor is the subject's side
        if (body := genitive_body(toks, k, g, cue.marker))[0]:
            return body  # `ونوه وكيل الوزارة … بالتزام الوزارة بتطبيق`: the body in the genitive, not the speaker
        return as_committer(_governing_subject(toks, i, g)) or _agreement_parties(cue, before) or speaker, k
    if cue.marker == "direct" and (head := head_phrase(toks, k))[0]:
        return head  # `وتعتزم الشركة افتتاح …`, `تعتزم وزارة الصحة …`: a head the gazetteer does not name
    agree = verb_agreement(toks[i].key) if cue.shape == "verb" else ""

    def agreeing(phrase: str) -> str:  # `كما اتفقا على …` in `وأضاف البيان "…"`: not `البيان`
        return phrase if agrees(agree, phrase, g) else ""

    rules = (
        lambda: _first_conjunct(toks, i, g) if _conjoined(toks[i]) else subject_after_complementizer(toks, i),
        lambda: "" if _conjoined(toks[i]) else agreeing(np_before(toks, i, g)),
        lambda: _pronoun_speaker(toks, i, statement, g),
        lambda: agreeing(sentence_subject(toks, i, g)),
        lambda: _agreement_parties(cue, before),
        lambda: _plain_subject(toks, k, cue, g),
    )
    found = next((found for rule in rules if (found := as_committer(rule()))), "")
    if not found:
        return "", k
    # `اتفقت الإدارة مع وكيل اللاعب على …`: the one it agreed with follows the party found after the verb
    n = len(found.split())
    after = k + n if " ".join(t.text.strip(EDGE_PUNCT) for t in toks[k : k + n]) == found else k
    both = _with_other(toks, found, after, cue, g)
    return both if both[0] != found else (found, k)


def _conjoined(t: Token) -> bool:
    """`ووعد`, `وتعهدت`, `وستسلك`: a cue verb or a future joined by `و`/`ف` opens a clause of its own, so what stands
    before the conjunction, even after a complementizer, is the end of the clause before, not its subject (`وحذر
    كاميرون من أن الأزمة يمكن أن تستمر طوال الصيف ووعد`: not `تستمر طوال الصيف`; `أن المملكة ستتخذ جميع الإجراءات
    وستسلك`: not `المملكة ستتخذ جميع الإجراءات`)."""
    return t.key[:1] in "وف" and (t.key[1:] in commitment_forms() or future_verb(t.key))


def _first_conjunct(toks: list[Token], i: int, g: Gazetteer) -> str:
    """The subject of the clause a joined cue continues, when a party opens it after the complementizer (`أن
    السعودية تحترم مسألة حماية الحقوق الفكرية وتلتزم`, `أن الحكومة مستعدة وملتزمة`)."""
    words = subject_tokens_after_complementizer(toks, i)
    return party_after(toks, toks.index(words[0]), g, strict=True)[0] if words else ""


def _with_other(toks: list[Token], party: str, after: int, cue: CommitCue, g: Gazetteer) -> tuple[str, int]:
    """An agreement's party and, after `مع`, the one it agreed with (`قالت تركيا إنها اتفقت مع الولايات المتحدة على`)."""
    if cue.kind == "agreement" and after < len(toks) and toks[after].key == "مع":
        other, beyond = party_after(toks, after + 1, g, strict=True)
        if not other and after + 1 < len(toks) and (toks[after + 1].key in HEADS or toks[after + 1].key.startswith(COUNTERPART)):
            other, beyond = np_after(toks, after + 1, g)  # `اتفقت إدارة النادي مع اللاعب`, `مع نظيرتها في الشباب`
            # not a purpose after it (`مع شركة هرفي لتكون على قمصان`, `لوضع إعلان`): `لـ` before no definite word
            purpose = next((m for m in range(after + 2, beyond) if purpose_at(toks, m)), beyond)
            other, beyond = " ".join(t.text for t in toks[after + 1 : purpose]).strip(EDGE_PUNCT + " "), purpose
        if other:
            return f"{party} {toks[after].text} {other}", beyond
    return party, after


COUNTERPART = search_form("نظير")
"""`نظيره`, `نظيرتها`: the counterpart a party agreed with."""


def _plain_subject(toks: list[Token], k: int, cue: CommitCue, g: Gazetteer) -> str:
    """`وتوافقت القوى السياسية العراقية على …`: the words between a verb and its marker, when the gazetteer knows none."""
    found = _marker(toks, k, cue, g)
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
            named = party_after(toks, v + 1, g)[0] or np_before(toks, v, g) or subject_after_complementizer(toks, v)
            between = " ".join(
                t.text for t in toks[v + 1 : i] if t.key not in FILLERS and t.key not in PREPOSITION_WORDS and t.key != "جديد"
            )  # `معربا على التزامه`: no one stands between
            return named or between.strip(EDGE_PUNCT + " ")  # `أعلن آبيي التزامه`: whoever stands between
    return ""


def _signers(toks: list[Token], i: int, g: Gazetteer) -> str:
    """`توقيع الجيش السوداني وقوات الدعم السريع على إعلان الالتزام بـ`: who signed the document."""
    for v in range(i - 1, max(-1, i - 13), -1):
        if bare(toks[v].key).startswith(SIGN) or toks[v].key.startswith(("التوقيع", "توقيع")):
            return party_after(toks, v + 1, g)[0] or np_before(toks, v, g)
    return ""


def _pronoun_speaker(toks: list[Token], i: int, statement: Found | None, g: Gazetteer) -> str:
    """`إنها تعتزم`, `أنه سيعمل`: a pronoun subject is the speaker of the statement the complementizer opens.

    Also the same pronoun coordinated with it (`ذكر أنه قبل الدعوة، وأنه سيزور`); not one deeper inside what was said:
    `قال علوش إن النظام "يظن أنه سيحسم` (the regime thinks it will); and the complementizer carries the
    pronoun: in `إن ستيفن …` a name follows, not a verb."""
    j = i - 1
    while j >= 0 and toks[j].key in FILLERS:
        j -= 1
    if statement is None or j < 0 or toks[j].key.removeprefix("و") not in PRONOUN_COMPLEMENTIZERS:
        return ""
    if toks[j].key.startswith("و") and statement.content_start <= toks[j].start < statement.content_end:  # coordinated
        # the same pronoun as the statement's own complementizer; not `إن الرئيس … على علم بالحادث وإنه سيرسل` (the
        # president)
        opening = next((k for k, t in enumerate(toks) if t.end <= statement.content_start <= t.end + 1), None)
        if opening is None or toks[opening].key.lstrip("بف") != toks[j].key.removeprefix("و"):
            return ""
        j = opening
    elif not toks[j].end <= statement.content_start <= toks[j + 1].start + (1 if toks[j + 1].text[:1] in QUOTES else 0):
        return ""  # (`قالوا إنهم "لن يقصفوا`: what was said opens inside the quote)
    # `أعلن مديرون تنفيذيون في الشركة الأميركية أنها`: a pronoun that is no speaker's stands for whom it agrees with
    # (`أنه` may stand for nothing: `أكدت الوزارة أنه سيتم`)
    agree = pronoun_agreement(toks[j].key)
    if agree != "m" and not pronoun_agrees(agree, statement.speaker, g):
        return antecedent_before(toks, j, agree, g, SELF_WORDS)
    return statement.speaker


def _agreement_parties(cue: CommitCue, before: list[FoundCommitment]) -> str:
    """`ينص الاتفاق على`, `يقضي الاتفاق بـ`: the parties of the agreement named before."""
    return before[-1].committer if cue.kind == "agreement" and before else ""


def _skip_fillers(toks: list[Token], k: int) -> int:
    """Skip time words and `من جديد` after a cue."""
    while k < len(toks) and (toks[k].key in FILLERS or (toks[k].key == "من" and k + 1 < len(toks) and toks[k + 1].key == "جديد")):
        k += 2 if toks[k].key == "من" else 1
    return k


def _marker(toks: list[Token], k: int, cue: CommitCue, g: Gazetteer) -> tuple[int, bool] | None:
    """Where the action starts: (token index, whether that token opens with the `بـ`/`لـ` marker)."""
    k = _skip_fillers(toks, k)
    j = k
    while j < min(len(toks), k + 14):
        if j > k and toks[j].key in ASIDES and (close := aside_end(toks, j)) is not None:
            j = close  # `وتعهد الاتحاد، خلال مؤتمر المانحين في بروكسل، بتقديم …`: skip the aside
            continue
        found = _marker_at(toks, j, k, cue, g)
        if found is not None or toks[j].text.endswith((".", "؟")):
            return found
        j += 1
    return None


def _marker_at(toks: list[Token], j: int, k: int, cue: CommitCue, g: Gazetteer) -> tuple[int, bool] | None:
    """The action's start if token j is the cue's marker (k: the first token after the committer)."""
    key = toks[j].key
    if not key:
        return None
    # `تعهد بأن`, `اتفقا على أن`, `وعدت المنظمة في بيانها بأن`; not `تتفق مع دراسات … أن`
    opens = key in COMPLEMENTIZERS and (j == k or toks[j - 1].key == ON or (cue.marker == "ب" and key.startswith("ب")))
    # `تعلن عن مساهمة`; `على` opens only an on-cue's or a direct cue's action (`عزمها على`), not a ب or ل cue's:
    # in `وعدّ المسؤول هذه الرسائل دليلاً على انهيار …` (`وعد` read as "promised") it is the object's
    if (cue.marker == "direct" and j == k and key == "عن") or opens or (key == ON and cue.marker not in ("ب", "ل")):
        return (j + 1, False) if j + 1 < len(toks) else None
    if j > k and toks[j - 1].text.endswith(":"):
        return j, False
    if cue.marker in ("ب", "ل") and key.startswith(cue.marker) and key not in B_NOT_MARKER and len(key) > 3 and not _place(toks[j], g):
        return j, True
    return (j, False) if cue.marker == "direct" and j == k else None


def _place(t: Token, g: Gazetteer) -> bool:
    """`ببروكسل`, `بالعراق`, `بسوسة`: a preposition on a place or state, not the marker of an action."""
    return any(m.form.actor_ids for m in g.find(t.text)) or t.key[1:] in cities()


def _from_future(
    body: str, toks: list[Token], i: int, s_end: int, said: list[Found], earlier: list[FoundCommitment], g: Gazetteer
) -> list[FoundCommitment]:
    """`ستواصل الولايات المتحدة خفض …`, `قال إن بلاده ستقدم …`: a party's own announced course (intent); `لن` +
    verb of the speaker's own side (`لن نسمح`, `قال إنه لن يسمح`, `أن تركيا لن تترك`) a pledge to refrain."""
    at = action_start(body, toks[i], prefix=False)  # `"سنعمل`: the word itself, after the opening quote
    statement = _statement_at(said, at)
    if statement is None or not statement.content_start <= at < statement.content_end or negated(toks, i):
        return []
    refrain = toks[i].key.lstrip("وف") == WILL_NOT
    verb = i + 1 if refrain or toks[i].key.lstrip("وف") == FUTURE_WORD else i
    if verb >= len(toks) or toks[verb].text.endswith(("،", ",", ".", ":")) or (verb > i and predicts("س" + toks[verb].key)):
        return []  # `التوتر التجاري سيستمر، وإن الصين …`: no subject follows; `سوف يتم`, `سوف يكون`: a prediction
    if refrain and any(t.key == "الا" for t in toks[verb : verb + 6]):
        return []  # `لن يزيد السوريين إلا تصميما`: an emphatic forecast
    # `أن طهران ستسمح`: a subject right after the complementizer comes first (`أن الهيئة ستواصل عملها وستطبّق`: up to the
    # future before); else the party after it (`ستواصل الولايات المتحدة خفض …`); `إنه سيزور الرياض`: the pronoun's.
    # A joined future continues the clause before: `أن المملكة ستتخذ جميع الإجراءات وستسلك …` is the kingdom's.
    first = _first_conjunct(toks, i, g) if _conjoined(toks[i]) else ""
    if any(future_verb(search_form(word)) for word in first.split()[1:]):
        first = ""  # `الحكومة اليمنية ستعود إلى اليمن`: a subject ends before its verb
    subject = "" if first else np_before(toks, i, g)
    opens = i - len(subject.split()) - 1
    after_complementizer = before_future(subject) if subject and opens >= 0 and toks[opens].key in COMPLEMENTIZERS else ""
    before = first or after_complementizer or _pronoun_speaker(toks, i, statement, g)
    # no party after `لن` (only the speaker's side refrains, not `لن تفلح أعمالهم`) or a plural verb (`خبراء سيزورون تونس`)
    party, after = (
        ("", 0) if before or refrain or verb_agreement(toks[verb].key) else party_after(toks, _skip_fillers(toks, verb + 1), g, strict=True)
    )
    if party:
        start, j = toks[after].start if after < len(toks) else s_end, after
    else:
        party = before or (toks[i - 1].text.strip(EDGE_PUNCT) if self_subject(toks, i) else "")
        party = party or _pronoun_speaker(toks, i, statement, g)
        if not party and (toks[verb].key.lstrip("وف").startswith("سن") or (refrain and toks[verb].key.startswith(("ن", "ا")))):
            # `سنواصل` in a quotation: the quoted speaker's side — not a source they report inside it
            # (`وأضاف: "… ويقولون إنهم لن يقصفوا … وسنوقف القصف"`: we is the one who added that).
            quoted = [s for s in said if s.content_start <= at < s.content_end and s.direct and not s.nested]
            statement = quoted[0] if quoted else statement
            party = statement.speaker if statement.direct else ""
        if not party and next_course(toks, i) and (last := next((c for c in reversed(earlier) if c.future), None)) is not None:
            # `"ستتبع نهجا بديلا، وستسعى …"`: a course joined to the one before, in the same person, is the same party's
            last_verb = next((k for k, t in enumerate(toks) if t.text.strip(EDGE_PUNCT + '«»"') == last.cue), None)
            party = last.committer if last_verb is not None and course_person(toks, last_verb) == course_person(toks, i) else ""
        start, j = (at if verb == i or refrain else toks[verb].start), verb
    party = as_committer(party)
    if not party or j >= len(toks):
        return []
    if not refrain and (light := light_course(toks, verb, verb + 1 if j == verb else j)) is not None:
        j, start = light[0], action_start(body, toks[light[0]], light[1])  # `ستقوم بمصادرة …`: the course is `مصادرة …`
    elif start == at and body[at] in "وف" and (toks[i].key[1:] == WILL_NOT or toks[i].key[1:2] == "س"):
        start = action_start(body, toks[i]._replace(start=at), prefix=True)  # `وسنعطي`, `فلن نسمح`: no conjunction
    end = action_end(body, toks, j, s_end, None, keep=2 if j == verb else 1)
    found = make(body, toks, party, "pledge" if refrain else "intent", toks[i].text.strip(EDGE_PUNCT), start, end, s_end, False, statement)
    found.future = True
    return [found]
