"""Commitment cues (SPEC §4): the pledge, intent and agreement words in every form, and their markers.

Read from `lexicons/commitment_cues.tsv` (verbs conjugated by `lexicon.conjugate`, verbal nouns bare,
definite and possessed, each with its proclitics) and `lexicons/commitment_markers.tsv` (restating
words, conditions, timeframes, lists, negations, demands …), and what the words around a cue make of it
(`negated`, `licensed`, `restated`); the future verbs that commit (`future_verb`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, partial

from pipeline.cues import cue_forms
from pipeline.lexicon import conjugate, load_tsv
from pipeline.segment import EDGE_PUNCT, Token
from pipeline.syntax import COMPLEMENTIZERS, DEMONSTRATIVES, KANA, NEGATION, OVER, PREPOSITION_WORDS, PRONOUN_SUFFIXES, without_conjunction
from pipeline.text import search_form

POSSESSIVES = ("ه", "ها", "هما", "هم", "هن", "نا", "ي", "ك", "كم")


NOUN_CLITICS = ("", "و", "ب", "ل", "وب", "ول")  # not ف: `فنية` is "technical"


DEFINITE_CLITICS = ("ال", "وال", "فال", "بال", "وبال", "لل", "ولل")


@dataclass(frozen=True)
class CommitCue:
    """A commitment cue form: its lemma and kind, its shape, and how its action is introduced."""

    lemma: str
    kind: str
    shape: str  # verb, participle, noun, noun_def (`الالتزام`), noun_poss (`التزامها`)
    marker: str
    requires: frozenset[str] = frozenset()
    by_parties: bool = False  # a provision of an agreement (`ينص الاتفاق على`): its parties commit


SHADDA = "\u0651"


def another_verb(cue: CommitCue, text: str) -> bool:
    """Whether a verb cue of three distinct root letters (form I: `وعد`, `عزم`) is written with a shadda, which makes it
    another verb: `وعدّ` is `و` + `عدّ`, "considered" (run w25: 19 commitments, all of them); not `خطّط`, `صمّم`, whose
    doubled letter is the root's."""
    return cue.shape == "verb" and len(cue.lemma) == len(set(cue.lemma)) == 3 and SHADDA in text


PROMISE = "وعد"
"""The form-I cue (`commitment_cues.tsv`) whose perfect is also `و` + `عدّ` "and counted" when the shadda is not written."""
MAX_SUBJECT = 5  # words between `وعد` and what it counts (`وعد د. الزياني هذه التصريحات`)


def counts_as(cue: CommitCue, toks: list[Token], i: int) -> bool:
    """Whether the cue `وعد` at token i is `و` + `عدّ` ("and counted") written without its shadda: a demonstrative object follows
    its subject before any marker (`وعد د. الزياني هذه التصريحات الاستفزازية … بأنها تندرج`, `وعد الفواز هذا العمل
    الإجرامي اعتداء`, `وعدت «مؤسسة النقد» هذه الخطوة أنها`); a promise has its `بـ` or `أن` first (`وعدت السلطات
    باتخاذ إجراءات لمعالجة تلك الأزمات`) or a person it is made to (`وعد شركاء الأسد في هذه الحرب`). Corpus: 24
    sentences with past `وعد` and a demonstrative within five words; 10 "counted", all of them of this shape. Full run
    w38 → w40: 11 commitments gone, 10 rightly (the first version also took `ووعدت هذه الحملة`, the subject)."""
    if cue.lemma != PROMISE or cue.shape != "verb" or toks[i].key.lstrip("وف") in imperfect_forms():
        return False
    for k in range(i + 1, min(len(toks), i + 2 + MAX_SUBJECT)):
        key = toks[k].key
        if key in DEMONSTRATIVES:  # right after the verb it opens the subject (`ووعدت هذه الحملة … بتقديم 10 آلاف وجبة`)
            return k > i + 1 and toks[k - 1].key not in PREPOSITION_WORDS
        if key in COMPLEMENTIZERS or key.startswith("ب") or toks[k - 1].text.endswith(("،", ",")):  # not `د.`
            return False
    return False


@cache
def commitment_forms() -> dict[str, CommitCue]:
    """Folded form (with its proclitics) → cue; verbs first, so `تعهد` is read as the verb."""
    out: dict[str, CommitCue] = {}
    for row in load_tsv("commitment_cues.tsv"):
        requires = frozenset(search_form(w) for w in row["requires"].split("|") if w)
        make = partial(
            CommitCue, row["lemma"], row["kind"], marker=row["marker"], requires=requires, by_parties=row["committer"] == "parties"
        )
        forms = [(f, "verb" if kind == "verb" else "participle") for f, kind, _ in conjugate(row)]
        forms += [(row["participle"], "participle")] if row["participle"] else []
        for form, shape in forms:
            for clitic in ("", "و", "ف"):
                out.setdefault(clitic + search_form(form), make(shape))
        for noun in filter(None, row["noun"].split("|")):
            for form, shape in _noun_forms(noun, tuple(filter(None, row["not_after"].split("|")))):
                out.setdefault(search_form(form), make(shape))
    return out


@cache
def imperfect_forms() -> frozenset[str]:
    """The folded present-tense forms of the verb cues, without proclitics (`يلتزم`, `توافق`, `يتفقان`)."""
    return frozenset(
        search_form(f)
        for row in load_tsv("commitment_cues.tsv")
        for f, _, _ in conjugate({**row, "perfect": "", "participle": "", "extra": ""})
    )


def _noun_forms(noun: str, not_after: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """A verbal noun bare, definite and possessed, with its proclitics (but those `not_after` names: `بنية`)."""
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    clitics = [c for c in NOUN_CLITICS if c not in not_after]
    forms = [(c + noun, "noun") for c in clitics]
    forms += [(c + noun, "noun_def") for c in DEFINITE_CLITICS]  # `لل` + `التزام` = `للالتزام`
    forms += [(c + stem + p, "noun_poss") for c in clitics for p in POSSESSIVES]
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


def phrase_at(toks: list[Token], i: int, *kinds: str) -> tuple[str, ...] | None:
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


def approval(committer: str, action: list[str]) -> bool:
    """Whether `وافق` is an approval, not an agreement (`lexicons/own_acts.tsv`): an assembly, council,
    committee, regulator or court approving anything but a pact (`وافق مجلس الوزراء على تفويض`), anyone a
    law (`وافق الرئيس على قانون`), or a government or monarch its own act (`وافقت الحكومة على ميزانية 2018`,
    `وافق العاهل السعودي … على استحداث دوائر`), by the committer's first word and the action's first three (`على
    جميع بنود قانون أمني جديد`)."""
    words = search_form(committer).split()
    lexicon = own_acts()
    if not words or any(w.startswith("و") and w[1:].removeprefix("ال") in lexicon["body"] for w in words[1:]):
        return False  # `مجلس النواب ومجلس الأعيان … توافق`: bodies agreeing with each other (not `مجلس وزراء`)
    ruling = lexicon["body"] | lexicon["government"] | lexicon["ruler"]
    known = ruling | {"ال" + w for w in ruling}  # `والحكومة` → `الحكومة`, but `وزير`, `وزارة` keep their و
    head, heads = without_conjunction(words[0], known).removeprefix("ال"), [w.removeprefix("ال") for w in action]
    if head in lexicon["body"]:
        return bool(heads) and heads[0] not in lexicon["pact"]
    if heads and heads[0] in lexicon["law"]:
        return True  # `وافق الرئيس المصري على قانون ينظم …`: whoever approves a law decides, agrees with no one
    acts = lexicon["act"] | lexicon["law"]
    return head in lexicon["government"] | lexicon["ruler"] and any(w in acts for w in heads)


def request_granted(action: list[str]) -> bool | None:
    """Whether an action is a request granted (`طلب`, `الطلب`, `طلبه`), and then whether its requester is named
    (`طلب الرياض …`: True; `الطلب`, `طلبه`: False); None when it is no request."""
    if not action:
        return None
    first = action[0].removeprefix("ال")
    requests = own_acts()["request"]
    if first in requests:
        return not action[0].startswith("ال") and len(action) > 1
    return False if any(first == r + p for r in requests for p in POSSESSIVES) else None


def own_acts() -> dict[str, frozenset[str]]:
    """Kind → the folded forms of `lexicons/own_acts.tsv`."""
    return forms_by_kind("own_acts.tsv")


def not_futures() -> dict[str, frozenset[str]]:
    """Kind (`prediction`, `noun`) → folded forms of `lexicons/futures.tsv`: what looks like a future but commits no one."""
    return forms_by_kind("futures.tsv")


@cache
def forms_by_kind(name: str) -> dict[str, frozenset[str]]:
    """A lexicon with `form` and `kind` columns: kind → its folded forms."""
    out: dict[str, set[str]] = {}
    for row in load_tsv(name):
        out.setdefault(row["kind"], set()).add(search_form(row["form"]))
    return {kind: frozenset(forms) for kind, forms in out.items()}


# Future verbs (`ستواصل`, `سيعودان`, `سنعمل`): `سـ` and a person prefix; a token must look like a verb (no noun ending).
FUTURE_RE = re.compile(r"^[وف]?س[يتن][^\s]{2,}$")
# candidates in a folded body: future verbs, `سوف`, and `لن` before an imperfect
FUTURE_SCAN = re.compile(r"(?<!\w)[وف]?(?:س(?:[يتن]\w{2,}|وف)|لن(?= [يتنا]\w{2,}))(?!\w)")
NOT_FUTURE_ENDINGS = ("ه", "ات", "يه", "يا", "ي", "ين", "ا", "ت", "اء")  # nouns, and perfects like `سيطرت`
# `سيلتقي`, `سيسعى`, `ستتولى` (ى folds to ي): a verb of a weak final letter ends in ي like a nisba (`سياسي`,
# `سينمائي`); its stem has no alif — the names that look like one (`سيرغي`, `سيدني`) are nouns of the futures lexicon.
WEAK_VERB = re.compile(r"^[وف]?س[يتن][^\sا]{2,}ي$")


FUTURE_WORD = "سوف"


@cache
def light_verbs() -> dict[str, tuple[str, frozenset[str]]]:
    """A light verb's imperfect stem → the marker its course follows and the words after it that are no course
    (`lexicons/light_verbs.tsv`)."""
    rows = load_tsv("light_verbs.tsv")
    return {
        search_form(r["stem"]): (search_form(r["marker"]), frozenset(search_form(w) for w in r["not_course"].split("|") if w)) for r in rows
    }


def light_course(toks: list[Token], verb: int, j: int) -> tuple[int, bool] | None:
    """After a future light verb at `verb` whose marker stands at token j (`ستقوم بمصادرة`, `ستعمل الحكومة على حل`):
    the token where the course starts and whether the marker is its proclitic; None when there is no light verb."""
    key = toks[verb].key.lstrip("وف")
    person, stem = (key[1:2], key[2:]) if key.startswith("س") else (key[:1], key[1:])
    light = next((m for s, m in light_verbs().items() if stem.startswith(s) and stem[len(s) :] in ("", "ون", "ان", "ين")), None)
    if light is None or person not in ("ي", "ت", "ن", "ا") or j >= len(toks):
        return None
    marker, not_course = light
    if len(marker) == 1:  # `بمصادرة`, not `بذلك`
        word = toks[j].key
        return (j, True) if word.startswith(marker) and len(word) > 3 and word[1:] not in DEMONSTRATIVES | not_course else None
    return (j + 1, False) if toks[j].key == marker and j + 1 < len(toks) and toks[j + 1].key not in not_course else None


def future_verb(key: str) -> bool:
    """`ستواصل`, `وسنعمل`, `سيعودان`: a verb with the future prefix that commits, not a noun or a prediction."""
    bare = key.lstrip("وف")
    if not FUTURE_RE.match(key) or bare in not_futures()["noun"] or (key.endswith(NOT_FUTURE_ENDINGS) and not WEAK_VERB.match(key)):
        return False
    return not predicts(bare)


def before_future(phrase: str) -> str:
    """A subject phrase up to a future verb inside it (`الهيئة ستواصل عملها` before a joined `وستطبّق` → `الهيئة`)."""
    words = phrase.split()
    cut = next((k for k, w in enumerate(words) if k and future_verb(search_form(w))), len(words))
    return " ".join(words[:cut])


def predicts(future: str) -> bool:
    """`سيكون`, `سيتم`, `ستستفيد`: a future whose stem (after `سـ` and the person prefix) predicts, commits no one."""
    stem = future[2:]
    stems = {stem, *(stem.removesuffix(s) for s in ("ون", "ان", "وا") if stem.endswith(s))}  # `سيكون` is كون, not ك
    return bool(stems & not_futures()["prediction"])


ON = OVER  # `على`
SIGN = search_form("وقع")  # `وقّع`, `وقعت`, `يوقع` after the proclitic is stripped
# The speaker's own side, named by a possessed noun: `قال الوزير إن بلاده ستواصل`, `أن حكومته ملتزمة`.
SELF_WORDS = frozenset(search_form(w) for w in "بلاده بلادها بلده بلدها بلادنا بلدنا حكومته حكومتها حكومتنا دولته دولتها دولتنا".split())


def self_subject(toks: list[Token], i: int) -> bool:
    """Whether the word right before the future at token i is the speaker's own side as its subject (`قال إن بلاده
    ستقدم`), not the object of a preposition (`إن الاستثمارات السعودية في بلاده ستخلق العديد من الوظائف`)."""
    return i > 0 and toks[i - 1].key in SELF_WORDS and not (i > 1 and toks[i - 2].key in PREPOSITION_WORDS)


# Restating verbs that govern a verbal noun like a reporting verb: `وجدد الرئيس التزام بلاده`.
REAFFIRMING_VERBS = frozenset(search_form(w) for w in "جدد جددت جددا جددوا يجدد تجدد أعاد أعادت يعيد تعيد".split())
B_NOT_MARKER = frozenset(
    search_form(w)
    for w in (
        "بين بعد بشأن بشان برئاسة بحضور بمشاركة بينما بدوره بدورها بدء بلاده بلادها بلده بلدها بلادهم بلدهما بلادنا "
        "بيان بيانه بيانها بيانهم بيانا بياناتها "  # `ووعدت المنظمة في بيانها بأن`: the statement, not the action
        "بمثابة بسبب بشكل بالإضافة بحسب"  # `وعدّ … حكومة الإنقاذ … بمثابة «حكومة غير شرعية»`: adverbs, not the action
    ).split()
)


# A marker with a pronoun right after the cue: what was pledged or agreed stands before it, in the clause the
# cue's relative modifies (`الإصلاحات التي التزمت بها الحكومة`, `ما تم الاتفاق عليه`): no action follows.
PRONOUN_MARKERS = frozenset(search_form(w) for w in "به بها بهما بهم عليه عليها عليهما عليهم".split())
TO = frozenset(search_form(w) for w in ("إلى", "الى"))


def negated(toks: list[Token], i: int) -> bool:
    """No commitment: negated (`لا تعتزم`, `رفض الالتزام`), demanded of others (`دعا إلى الالتزام`,
    `ضرورة الالتزام`), only supposed (`إذا استمرت ملتزمة`) or denied (`نافيا أي نية`) — within the few words before the cue —,
    or the cue written as another verb (`وعدّ`, `another_verb`)."""
    if (cue := commitment_forms().get(toks[i].key)) is not None and (another_verb(cue, toks[i].text) or counts_as(cue, toks, i)):
        return True
    for k in range(max(0, i - 3), i):  # `لم يكن في نيتي`
        if phrase_at(toks, k, "negation") and not phrase_at(toks, k, "reaffirmed"):  # not `لا تزال`
            return True
    if past_progressive(toks, i):
        return True
    if any(phrase_at(toks, k, "demand", "request", "hypothetical", "denial") for k in _back_in_clause(toks, i, 6)):
        return True
    if believed(toks, i):
        return True
    # `دعوة جميع الأطراف اليمنية لا سيما الحوثيين إلى الالتزام`, `داعيا … سلطة الإشراف إلى تطبيق الاتفاقيات
    # والالتزام بتعهداتها`: a verbal noun in what a demand further back in the clause asks for (after its `إلى`)
    if cue is None or not cue.shape.startswith("noun"):
        return False
    governed = False
    for k in range(i - 1, max(-1, i - 15), -1):
        if toks[k].text.endswith((".", ":", "؟", "،", ",")):
            return False
        if governed and phrase_at(toks, k, "request"):
            return True
        if cue_forms().get(toks[k].key) is not None:  # `… ضرورة الإشارة إلى من يعرقل وأعلن العبادي التزامه`
            return False
        governed = governed or toks[k].key in TO
    return False


# `أنّ` and its pronoun forms, bare and with `بـ`: what a word of belief governs (`أعتقد أننا`, `ثقته بأن`)
THAT = COMPLEMENTIZERS | frozenset(search_form(w) for w in "أنهما إنهما بأنهما بأنهم بأننا أنني إنني أني إني".split())


PRONOUN_THAT = frozenset(c for c in THAT if c.endswith(("ه", "ها", "هما", "هم", "نا", "ني", "ي")))
WILL_NOT = search_form("لن")


def pronoun_course(toks: list[Token], m: int) -> int | None:
    """`اتفق الطرفان على أنهما خلال فترة وقف إطلاق النار سوف يمتنعان عن …`, `وعدوا أنهم سيقومون بحماية …`: an
    agreement or pledge on a pronoun `أنّ` clause (token m) binds the parties to the course its future holds;
    the index where that course starts (the verb after `سوف`, the `سـ` verb, `لن`), or None when the clause
    has none in it (within the clause: `أنه "لا يوجد تفسير"، واستدعى`): a view (`اتفقوا على أنه لا يمكن السماح`)."""
    for j in range(m + 1, min(len(toks), m + 10)):
        key = toks[j].key.lstrip("وف")
        if key in (FUTURE_WORD, WILL_NOT):
            ok = j + 1 < len(toks) and not predicts("س" + toks[j + 1].key)  # `لن يكون هناك حل عسكري`: a view
            return (j + 1 if key == FUTURE_WORD else j) if ok else None
        if future_verb(toks[j].key):
            return j
        if j + 1 < len(toks) and not _back_in_clause(toks, j + 1, 1):
            return None  # a full stop, or a comma before a new `و` clause
    return None


def agreed_fact(toks: list[Token], marker: int) -> bool:
    """`على أن السوق النفطية استوعبت كافة الأخبار`: a nominal `أنّ` clause with no future in it states a fact
    the parties agree with, not a course (`على أن تستضيف تركيا`, `على أن الاجتماع المقبل سيعقد`, `على أن
    الطرفين لن …` are courses, and so is every provision of an agreement: `ينص الاتفاق على أن …`)."""
    at = marker + 1 if toks[marker].key in COMPLEMENTIZERS else marker  # `على أن …`: the marker may be `أنّ` itself
    if at == 0 or at >= len(toks) or toks[at - 1].key not in COMPLEMENTIZERS or not _nominal(toks[at]):
        return False
    return not any(future_verb(t.key) or t.key in (FUTURE_WORD, WILL_NOT) for t in toks[at : at + 8])


def _nominal(t: Token) -> bool:
    """Whether a word after `أن` opens a nominal clause (`أنّ` + a subject: `أن السوق`, `أن بيتروس غونسالفوس ليس`,
    `بأن تقنية الفيديو لا تسير`: a verb never ends in `ة`), not a verb in the subjunctive (`أن يتم`, `أن تستضيف`, `أن
    نعمل`, `أن أعود`) nor `أن لا`/`ألا`, nor what is incumbent on someone (`أن على بلديهما محاولة منع …`, `أن علينا`)."""
    key = t.key
    noun = key.startswith("ال") or t.text.rstrip(EDGE_PUNCT).endswith("ة")
    return noun or (bool(key) and key[0] not in "يتنا" and key != NEGATION and key not in INCUMBENT)


INCUMBENT = frozenset(search_form("على" + suffix) for suffix in ("", *PRONOUN_SUFFIXES, "نا"))


def believed(toks: list[Token], i: int) -> bool:
    """`أعتقد أن روسيا ستركز`, `واثق من أن الجهات المنظمة ستوافق`, `يرى أن الحكومة ملتزمة`: the cue stands in
    an `أنّ` clause that a word of belief, hope or expectation governs — an opinion of what will be, no course
    the party binds itself to. Only the nearest `أنّ` of the clause counts (not `يأمل أن … وأضاف "سنتبع`), and
    not across a comma or `لكنّ` (`أعتقد بأنه خطأ، لذلك قررنا البقاء ملتزمين`, `تخشى من أن نقوم … ولكننا سنستأنف`).
    A belief word right before the cue governs it too (`متوقعاً موافقة الولايات المتحدة`, `نأمل التزام`)."""
    governed = i > 0 and not toks[i].key.startswith("و") and not toks[i - 1].text.endswith((".", "،", ",", ":"))
    if governed and phrase_at(toks, i - 1, "belief") is not None:
        return True  # not `للأثر المحتمل وسندافع`: a clause of its own
    for k in _back_in_clause(toks, i, 12):
        if toks[k].text.endswith(("،", ",")) or toks[k].key.removeprefix("و").startswith("لكن"):
            return False
        if toks[k].key.removeprefix("و") in THAT:
            return phrase_at(toks, k - 1, "belief") is not None or (
                k > 1 and toks[k - 1].key in ("من", "في") and phrase_at(toks, k - 2, "belief") is not None
            )
    return False


@cache
def _imperfects() -> frozenset[str]:
    """Every imperfect form of a cue verb, bare and with the future `سـ` (`يعتزمون`, `تخطط`, `سنلتزم`)."""
    stems = [row["imperfect"] for row in load_tsv("commitment_cues.tsv") if row["imperfect"]]
    # not the first person singular: `أتفق` folds to the perfect `اتفق`
    forms = {search_form(p + stem + s) for stem in stems for p in ("ي", "ت", "ن") for s in ("", "ان", "ون")}
    return frozenset(forms | {"س" + f for f in forms})


def past_progressive(toks: list[Token], i: int) -> bool:
    """`كانوا يعتزمون القيام بعمليات`, `أثينا كانت تنوي`, `كنا سنشعر`: `كان` before an imperfect cue tells of a
    past intention or habit, not a course the party binds itself to (but `كانت تركيا قد وافقت`, a past
    agreement still in force, is a perfect)."""
    cue = commitment_forms().get(toks[i].key)
    if toks[i].key.lstrip("وف") not in _imperfects() or (cue is not None and cue.by_parties):
        return False  # `وكان الاتفاق ينص على`: an agreement's provision stands
    for k in range(i - 1, max(-1, i - 5), -1):
        if toks[k].key in KANA:
            return True
        if toks[k].key in COMPLEMENTIZERS or cue_forms().get(toks[k].key) is not None:  # `كان قد أعلن أنه يعتزم`
            return False
    return False


def _back_in_clause(toks: list[Token], i: int, n: int) -> list[int]:
    """The indexes of up to n tokens before token i, nearest first, within its clause: not across a full stop
    or a comma that a new `و` clause follows (`دعا الرئيس إلى الهدوء، وتعهد بـ`: the pledge is not demanded)."""
    out = []
    for k in range(i - 1, max(-1, i - 1 - n), -1):
        if toks[k].text.endswith((".", "؟", ":")) or (toks[k].text.endswith(("،", ",")) and toks[k + 1].key.startswith("و")):
            break
        out.append(k)
    return out


def licensed(toks: list[Token], i: int) -> bool:
    """A verbal noun commits only when someone asserts it (`أكدت … التزامها`, `أعلنت عزمها`,
    `وقّع على إعلان الالتزام`): a reporting cue, a restating word or signing before it, and no demand between."""
    for k in range(i - 1, max(-1, i - 13), -1):
        key = toks[k].key
        if phrase_at(toks, k, "demand", "request"):
            return False
        if cue_forms().get(key) is not None or bare(key).startswith(SIGN):
            return True
        if phrase_at(toks, k, "reaffirmed", "licensor"):
            return True
        if toks[k].text.endswith((".", ":")):
            return False
    return False


def restated(toks: list[Token], start: int, end: int) -> bool:
    """A restating word between the clause's start and the action (`أكدت من جديد التزامها`)."""
    return any(phrase_at(toks, k, "reaffirmed") for k in range(max(0, start), end))


def bare(key: str) -> str:
    """A folded word without one proclitic (`بتقديم` → `تقديم`)."""
    return key[1:] if key[:1] in "وبلف" and len(key) > 3 else key
