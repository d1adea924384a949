"""Which commitments found in an article stand (SPEC §4): the committer is a source that can bind itself, a
request granted is no agreement, a dual or plural verb before its subject is another word, a future or intent of a
party the speaker does not speak for is a report of someone else's plans, and one action span is one row."""

from __future__ import annotations

from pipeline.actors import Gazetteer
from pipeline.chains import agreement_noun, organisation
from pipeline.commitment_cues import SELF_WORDS, commitment_forms, imperfect_forms, request_granted
from pipeline.cues import binding
from pipeline.segment import EDGE_PUNCT
from pipeline.slots import FoundCommitment
from pipeline.syntax import DEMONSTRATIVES, HEADS, is_source, verb_agreement, without_conjunction
from pipeline.text import search_form


def sourced(c: FoundCommitment, g: Gazetteer) -> bool:
    """A committer is a source (SPEC §4) that can bind itself, or the speaker's own side (`بلادها`): never an
    unnamed source, witness, analyst or news medium (they tell of others' plans: `قال مصدر قريب من برلسكوني إنه
    سيوقع`, `وذكرت صحيفة ماركا أن مارادونا سيقدّم`), a prepositional phrase
    (`لطهران`, `بالولايات المتحدة`), a piece of what was said (`الوزارة إن الهدف`) or a demonstrative (`ذلك`).
    An agreement stands for its parties when the article names none (`ينص الاتفاق على`), and a demonstrative
    for the parties named before (`كما تعهدت هذه الوحدات`)."""
    words = search_form(c.committer).split()
    head = without_conjunction(words[0], HEADS.keys()) if words else ""
    if HEADS.get(head) == "source" or (HEADS.get(head) == "medium" and _news(head, words[1:2])):
        return False  # `مصادر عسكرية`, `محللون`, `صحيفة ماركا`, `التقارير`: a source or medium tells, it binds no one
    if _share(words):
        return False  # `28%`, `17% منهم`, `ثلث الصناديق السيادية`: a survey's finding, no party binding itself
    agreement = bool(words) and (cue := commitment_forms().get(words[0])) is not None and cue.kind == "agreement"
    pointed = len(words) > 1 and words[0] in DEMONSTRATIVES
    # a name at the end is whole even when a word of it is a particle (`والرئيس الكوري الجنوبي مون جيه إن`)
    tail = next((m for m in g.find(c.committer) if m.end == len(c.committer) and m.form.actor_ids and m.form.kind != "nisba"), None)
    named = tail is not None and (tail.start == 0 or (c.committer[tail.start - 1] == " " and is_source(c.committer[: tail.start], g)))
    return agreement or named or " ".join(words) in SELF_WORDS or is_source(" ".join(words[1:]) if pointed else c.committer, g)


SHARE_WORDS = frozenset(search_form(w) for w in ("بالمائة", "بالمئة", "المائة", "المئة", "%", "٪"))
FRACTIONS = frozenset(search_form(w) for w in ("ثلث", "ربع", "نصف", "ثلثا", "ثلثي"))  # not `خمس`, also "five"


MAJORITY = frozenset(search_form(w) for w in "الغالبية غالبية الأغلبية أغلبية معظم أغلب أكثر".split())
COUNTED_PEOPLE = frozenset(search_form(w) for w in "نائبا نائب نواب عضوا عضو أعضاء مسؤولا شخصا مشاركا".split())


def _share(words: list[str]) -> bool:
    """Whether a committer is a share of people (a survey's respondents): a percentage or a fraction; or a majority or
    a count of people that voted (`137 نائبا`, `الغالبية العظمى من أعضاء المجلس`, `غالبية المجيبين`; run w175: 20 of
    23 such committers a vote or a poll), not a count of parties (`9 دول أوروبية اتفقت`)."""
    if words and without_conjunction(words[0], MAJORITY) in MAJORITY:
        return True
    if words and words[0].isdigit() and (len(words) == 1 or words[1] in COUNTED_PEOPLE):
        return True
    return bool(words) and (words[0] in FRACTIONS or any(w in SHARE_WORDS or w.endswith(("%", "٪")) for w in words[:4]))


# Medium heads that also name other bodies (`وكالة الفضاء اليابانية`, `الشبكة الاجتماعية الروسية`, `موقع التغريد`):
# a news medium only bare, before a name (`شبكة سي إن إن`) or before a word of news (`وكالة الأنباء الجزائرية`).
AMBIGUOUS_MEDIA = frozenset(search_form(w) for w in "وكالة الوكالة وكالات الوكالات شبكة الشبكة موقع الموقع".split())
NEWS_WORDS = frozenset(search_form(w) for w in "أنباء الأنباء للأنباء أخبار الأخبار الإخباري الإخبارية".split())


def _news(head: str, after: list[str]) -> bool:
    """Whether a medium head names a news medium, given the word after it."""
    return head not in AMBIGUOUS_MEDIA or not after or not after[0].startswith("ال") or after[0] in NEWS_WORDS


def granted(c: FoundCommitment, body: str, g: Gazetteer) -> bool:
    """`وافق على طلب …`: a request granted is no agreement (SPEC §4: between parties; `وافقت محكمة على طلب
    الشركة`), unless a state grants another state's (`وافقت أنقرة على طلب الرياض تشكيل فريق`) or one it does
    not name (`وافق العاهل السعودي على طلبه زيادة انتاج النفط`)."""
    cue = commitment_forms().get(search_form(c.cue))
    if cue is None or cue.lemma != "وافق":
        return False
    words = body[c.action_start : c.action_end].split()
    named = request_granted([search_form(w) for w in words[:2]])
    if named is None:
        return False
    if not c.countries:
        return True  # no state grants it: a court, a federation, a company
    if not named:
        return False  # `طلبه`, `الطلب`: the state grants a request the article told of before
    return not any(g.is_place(m) or m.form.kind == "nisba" for m in g.find(" ".join(words[1:3])))


PRESENT_AGREE = tuple(search_form(w) for w in ("يتفق", "تتفق"))
ONE_AGREES = frozenset(search_form(w) for w in ("يتفق", "تتفق", "يتوافق", "تتوافق"))
THAT = frozenset(search_form(w) for w in ("أن", "بأن", "أنّ"))


def shared_opinion(c: FoundCommitment, body: str) -> bool:
    """Agreeing, in the present, that something is so: an opinion held in common, no course agreed (round 20: `يتفق
    الخبراء على أن قرارا من هذا النوع سيشكل ضربة`, `معظم المواطنين يتفقون أن عمل وزارة الإسكان …`); and a singular
    present of `اتفق`/`توافق` with anything else is agreeing with a view or fitting a rule (round 28: `يتفق مع الجانب
    المصري`, `بما يتوافق مع المعايير الدولية`, `ويتفق معظم المحللين على`). Not a verb after `أن`, which is what they
    will do (`يتفق الطرفان على أن يعملا …`), nor the past (`اتفقا على أن …`), nor a headline's plural or dual
    (`الجيش السوداني وقوات الدعم السريع يتفقون على هدنة`)."""
    cue = search_form(c.cue).lstrip("وف")
    if not cue.startswith(PRESENT_AGREE) and cue not in ONE_AGREES:
        return False
    words = search_form(body[c.action_start : c.action_end]).split()
    if words and words[0] in THAT:
        return len(words) < 2 or not words[1].startswith(("ي", "ت", "ن"))
    return cue in ONE_AGREES


TEMPORAL = frozenset(search_form(w) for w in ("بعد", "قبل", "منذ", "حين", "عندما"))
"""Words whose `أن` takes a past or a time (`بعد أن تعهد`): no wish or demand."""


def wished(c: FoundCommitment, body: str) -> bool:
    """A cue in the present after a bare `أن` that no commitment governs: what someone wants, expects, requires or
    makes a condition of another party (round 28: `ستضغط من أجل أن يوافق الاتحاد الأوروبي`, `من المستبعد أن توافق
    روسيا`, `بشرط أن توافق ابنتهم`, `من المهم أن تلتزم إيران`), not what that party binds itself to; but a term of an
    agreement or a pledge (`ينص الاتفاق على أن تلتزم إيران`, `فاتفقت المعلمات أن تتكفل هي`) stays."""
    if search_form(c.cue).lstrip("وف") not in imperfect_forms():
        return False
    at = body.rfind(c.cue, max(0, c.action_start - 200), c.action_end)
    before = search_form(body[max(0, at - 60) : at]).split() if at > 0 else []
    if not before or before[-1] not in THAT or (len(before) > 1 and before[-2] in TEMPORAL | {search_form("على")}):
        return False
    return not any(w in commitment_forms() for w in before[-5:-1])


def unbound(c: FoundCommitment, body: str) -> bool:
    """An opinion held in common, a wish, or words reported as a forecast, wish, question or doubt: no one binds itself
    (`shared_opinion`, `wished`; `وتوقع الوزير أن …`, `cues.binding`)."""
    # a cue joined with `و` opens a clause of its own (`ورجحت الشركة أنها حالة نادرة، وتعهدت بأن تتخذ …`)
    forecast = c.statement is not None and not binding(c.statement.cue) and not c.cue.startswith("و")
    return shared_opinion(c, body) or wished(c, body) or forecast


PLURAL_PRONOUNS = frozenset(("هما", "هم", "هن"))


def misread(c: FoundCommitment, body: str, g: Gazetteer) -> bool:
    """No one binds themself: a request granted (`granted`), an opinion, wish or forecast (`unbound`), or a cue that
    is another word (`_subject_after_inflected`)."""
    return granted(c, body, g) or unbound(c, body) or _subject_after_inflected(c, body)


def _subject_after_inflected(c: FoundCommitment, body: str) -> bool:
    """A verb before its subject stays singular (`وعد الطرفان`, never `وعدا الطرفان`): a dual or plural verb cue with
    the committer right after it is another word (`وعدا النجاحات القليلة`: `و` + `عدا`, "and except"), an accusative
    (`قدمت تعهدا خطيا`) or the object (`ينوون المرور الى ليبيا`); but a pronoun repeats the subject (`وعدوا هم وأنصار
    صالح`)."""
    key = search_form(c.cue)
    cue = commitment_forms().get(key)
    if cue is None or cue.shape != "verb" or not verb_agreement(key) or c.committer.partition(" ")[0] in PLURAL_PRONOUNS:
        return False
    return body.rfind(f"{c.cue} {c.committer}", 0, c.action_start) >= 0


def about_others(c: FoundCommitment, agreed: set[str], g: Gazetteer, body: str) -> bool:
    """A future or an intent said of a party the speaker does not speak for: a forecast or a report of someone
    else's plans, not an intent (SPEC §4). `قال لو دريان إن روسيا ستعوض …` (the states differ), `ذكرت تقارير
    إعلامية أن أبل ستضيف …`, `ذكرت صحيفة وول ستريت جورنال أن ترامب يعتزم` (a medium or an unnamed source tells of
    another party); not `قال الوزير إن بلاده ستواصل`, nor a term of an agreement the article reports between the
    states of both (`agreed`: `قالت المصادر إن الحكومة اليمنية ستفرج عن 1700 أسير حوثي وفق اتفاق مسقط`). A pledge
    or an agreement someone reports was made stays (`ذكرت الوكالة أن الزعيمين اتفقا على`)."""
    s = c.statement
    if (
        not (c.future or c.kind == "intent")
        or s is None
        or set(c.countries) & set(s.speaker_countries)
        or search_form(c.committer) == search_form(s.speaker)
    ):
        return False
    if c.countries and set(c.countries) | set(s.speaker_countries) <= agreed:
        return False
    if c.countries and s.speaker_countries:
        return True
    speaker = _words(s.speaker)
    head = HEADS.get(without_conjunction(speaker[0], HEADS.keys())) if speaker else None
    if head in ("medium", "source"):
        return True
    if not (s.speaker_countries or s.speaker_actor_ids or _in_office(speaker) or _within(_words(c.committer), speaker)):
        if search_form(c.committer) in search_form(body[max(0, s.content_start - INTRODUCTION) : s.content_start]):
            return False  # `وأعلن مديرون تنفيذيون في الشركة الأميركية أنها ستتوسع`: the speakers are introduced as its
        # `وقال الناشطون إن موسكو سترد`, `أكد عبد الله البرقان … أن اللاعب سعيد المولد سيلعب لنادي الاتحاد`: a
        # private person or group tells of another party's course; no office makes them speak for it. But the
        # speaker's own side (`بلاده`) or a body the article named before (`وقالت السيدة تيتيه إن البعثة ستتبع …`).
        # (A named body is not spared: in run w32 analysts, sources and papers told as many of `شركة آبل`, `الجيش
        # الأمريكي`, `قيادة حزب الله` as officials with no state told of their own `اللجنة المحلية`, `اتحاد الشغل`.)
        committer = _words(c.committer)
        bare_body = len(committer) == 1 and committer[0].startswith("ال") and HEADS.get(committer[0]) in SPEAKS_FOR
        return not bare_body and " ".join(committer) not in SELF_WORDS
    # `وقال رئيس الاتحاد الفرنسي إن بلاده ستساند المغرب`: an organisation, which has no state, tells of a state's
    return bool(c.countries) and organisation(g, s.speaker)


SPEAKS_FOR = frozenset({"organ", "official", "document", "group", "company", "pronoun"})
"""Head classes of a speaker that speaks for another party (`المسؤول` for `الوزارة`), though it resolves to no state."""


INTRODUCTION = 80  # characters before what was said that introduce its speaker (`مديرون تنفيذيون في الشركة الأميركية`)


def _words(phrase: str) -> list[str]:
    """A phrase's folded words without their edge marks."""
    return [w for w in (w.strip(EDGE_PUNCT) for w in search_form(phrase).split()) if w]


def _in_office(speaker: list[str]) -> bool:
    """Whether a speaker holds an office or is a body or document (`أندرو بيك المسؤول`, `عضو مجلس إدارة الاتحاد`,
    `الاتفاقية`), so may speak for another party (a word of the phrase with such a head)."""
    for word in speaker:  # (`HEADS` holds every head with and without `ال`)
        bare = without_conjunction(word, HEADS.keys())
        if HEADS.get(bare) in SPEAKS_FOR or agreement_noun(bare):
            return True
    return False


def _within(one: list[str], other: list[str]) -> bool:
    """Whether either phrase's words hold the other's (`كارينيو` and `المدرب الأورغوياني دانييل كارينيو`)."""
    a, b = set(one), set(other)
    return bool(a) and bool(b) and (a <= b or b <= a)


def distinct(found: list[FoundCommitment]) -> list[FoundCommitment]:
    """One commitment per action span (a cue read twice, as verb and as noun, counts once).

    The same course reported again in another sentence is another row, linked to its own statement."""
    seen: set[tuple[int, int]] = set()
    out = []
    for c in found:
        if c.action_end > c.action_start and (c.action_start, c.action_end) not in seen:
            seen.add((c.action_start, c.action_end))
            out.append(c)
    return out
