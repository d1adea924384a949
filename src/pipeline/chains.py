"""Entity chains: a short or bare mention of a source resolves like the full one the article gave before it.

- A plural body at a meeting (`وزراء خارجية دول الجوار السوري`, `الجميع`) is the states that met
  (`مع نظرائه من سوريا والعراق ولبنان وتركيا`, with the state of whoever met them).
- What the phrase names itself comes first (`وزير الخارجية العراقي` → IRQ, `الحوثيون` → YEM).
- Party words (`الطرفان`, `الزعيمان`) are the parties an earlier source coordinated, else the nearest
  states the text joined with `و` (`بين المغرب وإسرائيل`; a dual takes two).
- An agreement said to commit (`ينص الاتفاق`) is the parties who signed it (`وقّع X ونظيره Y اتفاقًا`).
- A person the gazetteer does not know keeps the state of their introduction: `الرئيس اللبناني جوزاف
  عون` … `وأكد عون`; `ناصر بوريطة، وزير الخارجية المغربي،` … `بوريطة`.
- A bare definite organ, official or document (`الوزارة`, `الوزير`, `البيان`; `lexicons/heads.tsv`)
  refers back to the nearest one of its kind the article qualified with a state (`وزارة الخارجية
  العمانية`, `بيان سعودي أمريكي مشترك`); a document the article named as a statement's channel
  (`وذكرت الرئاسة المصرية في بيان`) is its issuer's.
- An honorific pronoun (`سموه`, `معاليه`) is the source before it.
- Then the article's context (`Gazetteer.resolve`: issuers, principal parties), and last, for an organ of
  a state that no text qualifies, the article's own state (its dateline's, else its outlet's home news),
  else its one principal party.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import pairwise

from pipeline.actors import LOCATIVES, TITLES, ArticleContext, Gazetteer, Mention, Resolution, cities, family_names
from pipeline.cues import attribution_at, cue_forms
from pipeline.document import Document
from pipeline.lexicon import conjugate, load_tsv
from pipeline.segment import EDGE_PUNCT, OPENING_QUOTES, Token
from pipeline.syntax import (
    ADJECTIVE_ENDINGS,
    ADMINISTRATIVE_UNITS,
    COMPLEMENTIZERS,
    HEAD_AGREEMENT,
    HEADS,
    IN,
    JOINT_WORDS,
    MAX_SEATED,
    NAMED_HEADS,
    NUMBER_WORDS,
    OFFICE_HEADS,
    ORGANISATIONS,
    POSTED_AT,
    PREPOSITION_WORDS,
    QUANTIFIERS,
    RELATIVES,
    SEAT_HEADS,
    SPEAKER_STOPS,
    TIME_WORDS,
    before_governed,
    place_at,
    without_conjunction,
)
from pipeline.text import search_form

ANTECEDENT_HEADS = frozenset({"organ", "official", "document", "person", "group", "company", "medium"})
"""Head classes whose bare definite use (`الوزارة`, `الشركة`) refers back to the last one the article qualified."""
APPOSITION_HEADS = frozenset({"organ", "official", "person"})
"""Head classes that may open an apposition introducing a person (`، مساعد مسؤول …`, `، مدير …`)."""
MAX_NAME = 4  # words of a name between its introduction and the word it is later called by
MAX_QUALIFIER = 8  # words of an introduction or of a qualified organ (`بيان لوزارة الخارجية الإماراتية`)
MAX_LOOKBACK = 12  # earlier occurrences tried
CLAUSE_ENDS = ("،", ",", ":", ".", "؛")
MAX_HONOURED = 10  # words after an honorific that name whom it honours (`السمو الشيخ … أمير دولة الكويت`)


def resolve_source(
    doc: Document, g: Gazetteer, phrase: str, at: int, previous: Resolution | None = None, role: str = "speaker"
) -> Resolution:
    """Resolve a speaker or committer phrase found at offset `at` of the document.

    Args:
        doc: the analysed article.
        g: the gazetteer.
        phrase: the source as written.
        at: where it was said (an offset of the body); introductions and antecedents are looked for before it.
        previous: the source said before it, for honorific pronouns (`سموه`).
        role: `speaker` or `committer`: party words refer back to parties of the same role first.
    """
    resolved = _resolve(doc, g, phrase, at, previous, role)
    doc.sources.append((at, role, phrase, resolved))
    return resolved


def _resolve(doc: Document, g: Gazetteer, phrase: str, at: int, previous: Resolution | None, role: str) -> Resolution:
    """`resolve_source` without recording the result."""
    if role == "committer" and (parts := phrase.split(" مع ", 1))[1:] and all(parts):
        # `وزير الشؤون الخارجية مع رئيس حكومة الوفاق الوطني الليبية`: each party of an agreement as its own source
        return _merge(_resolve(doc, g, parts[0], at, previous, role), _resolve(doc, g, parts[1], at, previous, role))
    phrase = before_governed(phrase)  # `مصدر مصري قريب من التحقيقات`: close to it, not of its state
    words = [without_conjunction(w, HEADS.keys()) for w in search_form(phrase).strip(EDGE_PUNCT).split()]
    if len(words) == 1 and HEADS.get(words[0]) == "pronoun":
        found = previous or _honoured(doc, g, words[0], at) or Resolution()
        if found.countries or not (home := doc.context.home):
            return found
        # `وأضاف معاليه`, `وعبر سموه` in home news with no one named before: an official of the article's own state
        return Resolution([*found.actor_ids, home.lower()], [home])
    family = _family_nisba(doc, g, phrase, at)  # `اللواء التركي`: the name says nothing of a state (the article may)
    explicit = Resolution() if family else _explicit(doc, g, phrase)
    for person in family_names(phrase, doc.context.surnames, joined=True) if explicit.actor_ids else ():
        explicit.add(person, g.actors[person].country)  # `كيم ورئيس كوريا الجنوبية`: both parties
    if (organisation := _organisation(g, phrase)) is not None:
        # `الاتحاد المصري لكرة القدم`, `رئيس الاتحاد العراقي`: an organisation's, with no state the phrase does not
        # give before it; only a bare one (`الشركة`) refers back, to what the article named (`شركة "إيه دي كيو"`)
        bare = organisation[0] == 0 and len(words) == 1 and not explicit.actor_ids
        chained = _chained(doc, g, words, at) if bare else None
        return explicit if chained is None else chained
    met = _participants(doc, g) if _plural_body(words) and len(explicit.countries) < 2 else ()
    if met and set(explicit.countries) <= set(met):  # `وزراء خارجية دول الجوار السوري`: the states that met
        return Resolution([c.lower() for c in met], list(met))
    if explicit.countries or explicit.actor_ids:  # a state, or an organisation (which has none)
        return explicit
    if any(m.form.kind == "party" and search_form(m.text) not in JOINT_WORDS for m in g.find(phrase)):
        # `الطرفان`: the parties a source named before, else the nearest pair the text coordinated
        dual = words[0].endswith(("ان", "ين")) and not words[0].endswith("يين")  # `الطرفان`, `الجانبين`; not `الطرفيين`
        return _parties_before(doc, g, at, role) or _pair_before(doc, g, at, 2 if dual else None) or g.resolve(phrase, doc.context)
    if (counted := _counted_states(doc, g, words, at)) is not None:
        return counted  # `الدول الأربع` after `السعودية والإمارات والبحرين ومصر`: the states the article listed
    if agreement_noun(words[0]) and (parties := _agreement_parties(doc, g, at)) is not None:
        return parties  # `ويتضمن الاتفاق …` after `وقّع وزير الدفاع السوري … ونظيره اللبناني … اتفاقًا`
    if (same := _same_source(doc, words, at)) is not None:
        return same  # `المصدر نفسه`, `المصادر` after `مصادر قضائية`: the unnamed source said before
    if (titled := _titled_before(doc, words, at) or _honoured_office(doc, g, words, at)) is not None:
        return titled  # `وأضاف العقيد` after `العقيد الركن تركي المالكي`: the person that title introduced
    if (city := _organ_of_city(words, g) or _seat(words, g)) is not None:
        return Resolution([city.lower()], [city])  # `شرطة دبي`, `أمير منطقة القصيم`: the place's state, not the context's
    chained = _chained(doc, g, words, at)
    if chained is not None and (chained.countries or HEADS.get(words[0]) == "document"):
        return _merge(explicit, chained)  # a document whose issuer has no state has none either
    if (again := _named_again(doc, g, words, at)) is not None:
        return again  # `وزارة البترول` after `وزارة البترول المصرية`
    resolved = g.resolve(phrase.split()[0] if family else phrase, doc.context)
    if not resolved.countries and (own := _own_organ(doc, g, words)):
        resolved.add(own.lower(), own)  # `وزارة الداخلية`, `مصدر بهيئة التحقيق`, `مصادر أمنية`: no text names the state
    return resolved


def _own_organ(doc: Document, g: Gazetteer, words: list[str]) -> str | None:
    """The article's own state (`_own_state`) for an organ or official of a state that no text qualifies: an organ's
    head (`وزارة الداخلية`, `مدير عام جمرك سلوى`), a state's service (`مصادر أمنية`) or an office of a place
    (`مدير التعليم بالمنطقة`); None for anything else."""
    organ = any(HEADS.get(w) == "organ" or HEADS.get(w[1:]) == "organ" for w in words)
    return _own_state(doc) if organ or _in_service(words) or _local_office(words, g) else None


def _family_nisba(doc: Document, g: Gazetteer, phrase: str, at: int) -> bool:
    """Whether a phrase of a title and a nisba (`اللواء التركي`, `الدكتور تركي`) names a person by their family or
    given name: where the article wrote it, the reading of the body left the nisba out of its mentions (`اللواء
    التركي إلى أن`, the Saudi spokesman Mansour al-Turki; not `الدكتور السعودي يوسف العثيمين`, a nationality)."""
    words = phrase.split()
    if len(words) != 2 or search_form(words[0]).removeprefix("و") not in TITLES:
        return False
    if not any(m.form.kind == "nisba" and m.text == words[1] for m in g.find(words[1])):
        return False  # `العقيد المالكي`: no nisba of a state
    start = doc.body.rfind(phrase, 0, at)
    nisba = start + len(phrase) - len(words[1])
    return start >= 0 and not any(m.start == nisba for m, _ in doc.mentions)


SPEAKING_FOR = frozenset({"official", "person", "source", "pronoun"})
"""Head classes that speak for the body named after them (`مسؤول في الاتحاد`, `مصدر بالشركة`)."""
WITH = search_form("مع")


@lru_cache(maxsize=1 << 14)  # asked of every source phrase, and again of the phrases around it
def _organisation(g: Gazetteer, phrase: str) -> tuple[int, int] | None:
    """Where the organisation a phrase names or speaks for starts and ends (before `مع` or a `و` that adds another
    party), when it is no state's (SPEC §4: an organisation itself has no country; `lexicons/organisations.tsv`):
    `الاتحاد المصري لكرة القدم`, `رئيس الاتحاد العراقي`, `صحيفة "ذا صن" البريطانية`, `وكالة انترفاكس الروسية للأنباء`.
    None for a phrase whose first body is a state's (`وزارة الخارجية الأمريكية`, `وكالة الأنباء السعودية`, `الموقع
    الرسمي للجيش اليمني`) or that names none; holders of an office (`رئيس`, `المتحدث باسم`) and unnamed sources
    before the body speak for it."""
    spans = [(m.start(), m.end(), search_form(m.group()).strip(EDGE_PUNCT)) for m in re.finditer(r"\S+", phrase)]
    for n, (start, _, word) in enumerate(spans):
        head = _head_of(word)
        if head is None or (head not in ORGANISATIONS and (HEADS[head] in SPEAKING_FOR or head in OFFICE_HEADS)):
            continue
        body = n if head in ORGANISATIONS else _organ_of(g, spans, n)  # `المكتب التنفيذي لاتحاد الشغل`: the union's
        if body is None:
            return None
        head = _head_of(spans[body][2]) or ""
        rest = [w for _, _, w in spans[body + 1 :]]
        if _state_adjective(rest, HEADS.get(head, "")):
            return None
        if ORGANISATIONS[head] == "national" and not _named_between(g, rest):
            return None
        if any(m.form.kind == "alias" and m.start < spans[body][1] and start < m.end for m in g.find(phrase)):
            return None  # the gazetteer knows it: `الاتحاد الأوروبي`, `منظمة التحرير الفلسطينية`, `هيئة قناة السويس`
        ends = (s for s, _, w in spans[body + 1 :] if w == WITH or _joined_party(g, w))
        return start, next(ends, len(phrase))
    return None


MAX_ORGAN = 3  # words from an organ to the organisation it belongs to (`مجلس إدارة نادي`, `المكتب التنفيذي لاتحاد`)


def _organ_of(g: Gazetteer, spans: list[tuple[int, int, str]], n: int) -> int | None:
    """The index of the organisation an organ at n belongs to (`إدارة النادي الكتالوني`, `لجنة الانضباط بالاتحاد
    البلغاري`), when one follows within a few words and no state is named before it (`وزارة الخارجية الأمريكية`)."""
    for k in range(n + 1, min(n + 1 + MAX_ORGAN, len(spans))):
        word = spans[k][2]
        adjective = k == n + 1 and word.startswith("ال") and spans[n][2].startswith(("ال", "وال"))  # `اللجنة المنظمة`
        if (head := _head_of(word)) in ORGANISATIONS and not adjective:
            return k
        if g.find(word) or word in COMPLEMENTIZERS or (head is not None and HEADS[head] != "organ"):
            return None
    return None


def _joined_party(g: Gazetteer, word: str) -> bool:
    """Whether a folded word adds a party with `و`: a head (`ووزير`) or a state (`وإيران`), not a name (`والت`)."""
    if not word.startswith("و") or len(word) < 3:
        return False
    return _head_of(word) is not None or any(m.form.kind in ("alias", "capital") for m in g.find(word[1:]))


def _head_of(word: str) -> str | None:
    """The head or organisation noun a folded word is, with its proclitics off (`للاتحاد` → `الاتحاد`)."""
    for form in (word, word[1:] if word[:1] in "وف" else ""):
        for candidate in (form, "ال" + form[2:] if form.startswith("لل") else "", form[1:] if form[:1] in "لب" else ""):
            if candidate in HEADS or candidate in ORGANISATIONS:
                return candidate
    return None


@cache
def _state_agencies() -> dict[str, str]:
    """`lexicons/agencies.tsv`, folded: every name and alias of a state's official news agency → its state."""
    return {
        search_form(n): row["state"]
        for row in load_tsv("agencies.tsv")
        if row["state"]
        for n in [row["name"], *row["aliases"].split("|")]
        if n
    }


@lru_cache(maxsize=1 << 14)
def state_agency(phrase: str) -> str | None:
    """The state whose official news agency a phrase names (`وكالة الأناضول للأنباء`, `وكالة أنباء الشرق الأوسط`,
    `سانا`): the agency's name after a medium head, or the name alone; not `قنا` or `سبأ` inside another phrase."""
    words = [w.strip(EDGE_PUNCT) for w in search_form(phrase).split()]
    text = " ".join(without_conjunction(w, HEADS.keys()) for w in words if w)
    agencies = _state_agencies()
    if text in agencies:
        return agencies[text]
    head = text.split(" ", 1)[0] if text else ""
    if HEADS.get(head) != "medium":
        return None
    return next((state for name, state in agencies.items() if f" {name} " in f" {text} "), None)


@cache
def state_adjectives() -> dict[str, str]:
    """`lexicons/state_adjectives.tsv`, folded: adjective → the bodies it makes the state's (`all`, `company`)."""
    return {search_form(row["adjective"]): row["bodies"] for row in load_tsv("state_adjectives.tsv")}


NON = search_form("غير")  # `غير حكومية`: "non-governmental"


def _state_adjective(words: list[str], head_class: str) -> bool:
    """Whether an adjective calls the body the state's (`شركة النفط السعودية الحكومية`, `صحيفة حكومية`), not
    after `غير` (`منظمة غير حكومية`)."""
    adjectives = state_adjectives()
    return any(adjectives.get(w) in ("all", head_class) and (n == 0 or words[n - 1] != NON) for n, w in enumerate(words))


def _named_between(g: Gazetteer, words: list[str]) -> bool:
    """Whether a name stands between a broadcaster's or agency's head and the state after it (`وكالة انترفاكس
    الروسية`, `إذاعة "كادينا سير" الإسبانية`), not only its field (`وكالة الأنباء الألمانية`, `إذاعة الجيش
    الإسرائيلي`, `وكالة أنباء الإمارات`, `وكالة تأمين الودائع`): an indefinite word in construct with a definite
    noun or the state's name is a field; one a nisba follows (`يونهاب الكورية`) is a name."""
    for n, word in enumerate(words):
        if g.find(word):
            return False
        after = words[n + 1] if n + 1 < len(words) else ""
        named = [m for m in g.find(" ".join(words[n + 1 :])) if m.start == 0]  # `أنباء الجمهورية الإسلامية الإيرانية`
        noun = after.startswith("ال") and not named and not after.endswith(ADJECTIVE_ENDINGS)
        field = noun or any(m.form.kind == "alias" for m in named)
        if not word.startswith(("ال", "لل", "وال")) and not field:  # `الإذاعة والتلفزيون`: a field too
            return True
    return False


def _in_service(words: list[str]) -> bool:
    """`مصدر أمني`, `المصادر العسكرية`, `مسؤول حكومي`: an unnamed source or official of a state's service
    (`lexicons/services.tsv`): the adjective right after the head."""
    return len(words) > 1 and HEADS.get(words[0]) in ("source", "official") and words[1] in services()


@cache
def services() -> frozenset[str]:
    """Every form of the adjectives of `lexicons/services.tsv`, folded: both genders and numbers, with `ال`."""
    endings = ("", "ه", "ون", "ين", "ان", "تان", "تين")
    return frozenset(
        search_form(article + row["adjective"] + ending) for row in load_tsv("services.tsv") for ending in endings for article in ("", "ال")
    )


def _same_source(doc: Document, words: list[str], at: int) -> Resolution | None:
    """`المصادر`, `المصدر نفسه`, `نفس المصدر`, `ذات المصدر`, `المسؤول` after `مسؤول كبير في البيت الأبيض`: the nearest
    earlier source or official with that head, as it was resolved."""
    head = words[1] if len(words) > 1 and words[0] in SAME else words[0] if words else ""
    if not head.startswith("ال") or HEADS.get(head) not in ("source", "official") or len(words) > 2:
        return None
    for phrase, resolved in _earlier_sources(doc, at):
        first = phrase.split()[:1]
        if first and without_conjunction(first[0], HEADS.keys()).removeprefix("ال") == head[2:]:
            return resolved if resolved.countries else None
    return None


SAME = frozenset(search_form(w) for w in ("نفس", "ذات"))
"""`نفس المصدر`, `ذات المصدر`: "the same source"."""


def _earlier_sources(doc: Document, at: int) -> Iterator[tuple[str, Resolution]]:
    """The sources resolved before offset `at`, nearest first: each phrase folded, and how it was resolved."""
    return ((search_form(phrase), resolved) for where, _, phrase, resolved in reversed(doc.sources) if where < at)


def _titled_before(doc: Document, words: list[str], at: int) -> Resolution | None:
    """A title alone (`العقيد`, `الدكتور`, `السيدة`): the nearest earlier source whose phrase gives that title to a
    name, as it was resolved, when that named a state."""
    if len(words) != 1 or not words[0].startswith("ال") or words[0] not in TITLES:
        return None
    for phrase, resolved in _earlier_sources(doc, at):
        titled = phrase.split()
        if words[0] in titled[:-1] and len(titled) > 1:
            return resolved if resolved.countries else None
    return None


HONORIFICS = frozenset(search_form(w) for w in ("السيد", "السيدة", "معالي", "فخامة", "سعادة"))
"""Honorifics a body's own release puts before its head's bare office (`وأكّد السيِّد الوزير`)."""


def _honoured_office(doc: Document, g: Gazetteer, words: list[str], at: int) -> Resolution | None:
    """`السيد الوزير`, `معالي الوزير`: an honorific before a bare office names whom the article first introduced with
    that office, as a ministry's release calls its own minister (`استقبل … وزير الخارجيَّة فؤاد حسين، … وزير خارجيَّة
    دولة الكويت …، وأكّد السيِّد الوزير` → Fuad Hussein, not the nearer guest), when that introduction names a state."""
    if len(words) != 2 or words[0] not in HONORIFICS or not (office := _definite_stem(words[1])) or not _role(g, words[1]):
        return None
    for offset in reversed(_occurrences(doc, office, at, definite=True)):  # the first introduction
        toks, k = _sentence_tokens(doc, offset)
        if k >= 0 and (found := _explicit(doc, g, " ".join(t.text for t in _to_clause_end(toks[k : k + MAX_QUALIFIER])))).countries:
            return found
    return None


def _organ_of_city(words: list[str], g: Gazetteer) -> str | None:
    """The state of a city or region an organ or official belongs to: the place right after the head, in
    construct (`شرطة دبي`, `محافظ البصرة`, `مدير شرطة دبي`), or after an administrative unit within a few
    words of it (`أمير منطقة القصيم`, `مدير التعليم بمنطقة جازان`, `والي ولاية سوسة`). Not a place after a
    preposition alone: `السفارة في الرياض` is no Saudi body."""
    bare = [w.strip(EDGE_PUNCT) for w in words]
    for _, at, _ in _places_of_office(bare, g):
        for size in (2, 1):
            if (state := cities().get(" ".join(bare[at : at + size]))) is not None:
                return state
    return None


def _seat(words: list[str], g: Gazetteer) -> str | None:
    """The state of the place a state's body sits in, after `في` (`heads.tsv`, `seat`): `النيابة العامة في بوليفيا`,
    `المتحدث باسم وزارة الصحة في غزة`; not a mission's (`السفارة في الرياض`) or an official's posting."""
    at = next((k for k, w in enumerate(words) if w in SEAT_HEADS), None)
    if at is None or IN not in words[at : at + MAX_SEATED + 1]:
        return None
    inside = words.index(IN, at)
    if any(w.endswith(("،", ",")) for w in words[at:inside]):
        return None  # `رئيسة لجنة الإغاثة الدولية، المقيمة في الرياض`: where a person lives
    found = place_at(words[inside + 1 : inside + 4], g)
    return found[1] if found else None


def _places_of_office(bare: list[str], g: Gazetteer) -> Iterator[tuple[int, int, bool]]:
    """Where the place of an organ or official may start: (the head's index, the place's, whether an administrative
    unit names it: `بمنطقة الجوف`, not the construct alone: `شرطة دبي`)."""

    def named(at: int) -> int:  # the place after one unit or two: `بلدية مدينة أبوظبي` names Abu Dhabi, not a city
        return at + 1 if at + 1 < len(bare) and bare[at] in ADMINISTRATIVE_UNITS else at  # not `المدينة المنورة`

    if len(bare) > 1 and bare[0] in ADMINISTRATIVE_UNITS:
        yield 0, named(1), True  # `إمارة منطقة عسير`, `محافظة رام الله`: the unit's own office
    for k, word in enumerate(bare[:-1]):
        if HEADS.get(word) not in ("organ", "official", "person") and not _role(g, word) and word not in LOCAL_OFFICES:
            continue
        for j in range(k + 1, min(len(bare), k + 1 + MAX_UNIT_GAP)):
            forms = (bare[j], bare[j][1:] if bare[j][:1] in "بل" else "")  # `بمنطقة`, `لمحافظة`; `بلدية` is a unit itself
            unit = any(w.removeprefix("ال") in ADMINISTRATIVE_UNITS for w in forms)
            if j > k + 1 and not unit:
                continue
            yield (k, named(j + 1), True) if unit else (k, j, False)  # `منطقة القصيم`, else the place itself (`شرطة دبي`)
            if bare[j] in PREPOSITION_WORDS:
                break


def _local_office(words: list[str], g: Gazetteer) -> bool:
    """Whether a phrase names a state's official or organ of an administrative unit (`مدير عام الشئون الصحية بمنطقة
    الجوف`, `حاكم منطقة تشيانغ راي`, `مدير التعليم بالمنطقة`, `حاكم الولاية`): of a place the gazetteer does not
    know, or the one the article is about, an office of the article's own state or party. Not an office of a
    company or association there (`مدير المشروعات بشركة المياه الوطنية بمدينة الطائف`)."""
    bare = [w.strip(EDGE_PUNCT) for w in words]
    for k, at, unit in _places_of_office(bare, g):
        if unit and not _private(bare[k + 1 : at - 1]):
            return True
    # `المدير الجهوي للصحة`, `المندوبة الجهوية للتربية`: a state's regional office (not `المكتب الجهوي لحزب …`)
    return any(w in REGIONAL and HEADS.get(before) in STATE_HEADS for before, w in pairwise(bare)) and not _private(bare)


def _private(words: list[str]) -> bool:
    """Whether words name a company, association, medium or party (whose office is no state's)."""
    return any(HEADS.get(w) in PRIVATE_HEADS or HEADS.get(w[1:]) in PRIVATE_HEADS or w in PARTY for w in words)


PRIVATE_HEADS = frozenset({"company", "group", "medium"})
STATE_HEADS = frozenset({"organ", "official", "person"})
REGIONAL = frozenset(search_form(w) for w in ("الجهوي", "الجهوية"))
"""Tunisia's regional administrations: `المدير الجهوي للتجارة بباجة`, `المندوب الجهوي للسياحة` (262 stateless speakers)."""
PARTY = frozenset(search_form(p + "حزب") for p in ("", "ال", "ل", "لل", "ب", "بال"))  # `حزب`, `لحزب`, `للحزب`


LOCAL_OFFICES = frozenset(search_form(w) for w in ("حاكم", "الحاكم", "عمدة", "أمين"))
"""Offices of a place that are no head noun elsewhere (`حاكم ولاية تكساس`, `عمدة لندن`, `أمين منطقة نجران`; but
`الحزب الحاكم`, ruling, and `أمين` the given name, which no place follows)."""
MAX_UNIT_GAP = 8  # words between an official and the unit of their place (`مدير عام فرع جهاز السياحة والتراث الوطني بمنطقة عسير`)


def _role(g: Gazetteer, word: str) -> bool:
    """Whether a word is an office the gazetteer knows (`أمير`, `وزير`)."""
    return any(m.form.kind.startswith("role:") for m in g.find(word))


def _own_state(doc: Document) -> str | None:
    """The state an unqualified organ belongs to: the article's own (dateline, outlet), else its one principal party,
    else the one of its two principal parties whose official news agency its first sentence cites (`حسب ما ذكرت
    وكالة الأنباء السعودية`, `(واس)`): a report drawn from a state's agency is that state's home news."""
    context = doc.context
    if context.home or len(context.principal) == 1:
        return context.home or context.principal[0]
    lead = doc.fold.text[: doc.fold.folded(doc.sentences[0][1])] if doc.sentences else ""
    cited = {state for m in _agency_re().finditer(lead) if (state := _state_agencies().get(m["name"] or m["tag"]))}
    return cited.pop() if len(cited) == 1 and cited <= set(context.principal) else None


@cache
def _agency_re() -> re.Pattern[str]:
    """A state agency cited in a folded body: its full name (`وكالة الأنباء السعودية`), or its tag in parentheses
    (`(واس)`); not a short name in running text (`قنا`, `سبأ`, `بنا` are words too)."""
    names = sorted(_state_agencies(), key=len, reverse=True)
    full = "|".join(re.escape(n) for n in names if "وكال" in n)
    tags = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(?P<name>{full})(?!\w)|\(\s*(?P<tag>{tags})\s*\)")


def _parties_before(doc: Document, g: Gazetteer, at: int, role: str) -> Resolution | None:
    """`اتفق الطرفان` after `ممثلو الجيش وقوات الدعم السريع`, `الزعيمان` after `السيسي وآبي أحمد`: the nearest
    earlier source that coordinated two named parties or more, of the same role (committers of an agreement
    are the parties of the next one) before any other."""
    earlier = [(r, p, res) for where, r, p, res in reversed(doc.sources) if where < at]
    for same in (True, False):
        for r, phrase, resolved in earlier:
            if (r == role) == same and " و" in phrase and resolved.countries and _several(g, resolved):
                return resolved
    return None


def _counted_states(doc: Document, g: Gazetteer, words: list[str], at: int) -> Resolution | None:
    """`الدول الأربع`, `البلدان الثلاثة`: as many states as the number says, the nearest list of exactly that many
    states the article coordinated before (`السعودية والإمارات والبحرين ومصر`), else None."""
    if len(words) < 2 or words[0] not in COUNTED_HEADS or (count := NUMBER_WORDS.get(words[1].removeprefix("ال"), 0)) < 2:
        return None
    return _pair_before(doc, g, at, count)


COUNTED_HEADS = frozenset(search_form(w) for w in ("الدول", "البلدان", "الحكومات"))


def _plural_body(words: list[str]) -> bool:
    """A plural body of officials or states, or everyone (`وزراء خارجية دول …`, `القادة`, `الجميع`)."""
    first = words[1] if len(words) > 1 and words[0] in QUANTIFIERS else words[0] if words else ""
    return first in QUANTIFIERS or (HEAD_AGREEMENT.get(first) == "p" and HEADS.get(first) in ("organ", "official"))


def _participants(doc: Document, g: Gazetteer) -> tuple[str, ...]:
    """The states of a meeting the article reports (at least three): whoever met `نظرائه من سوريا والعراق
    ولبنان وتركيا` or `وزراء خارجية الأردن وتركيا وسوريا ولبنان` (the states joined by `و` after the head,
    or the members of an organisation named there), with the state of whoever met them (named before `مع`
    in the sentence, else the source resolved before it)."""
    if doc.participants is None:
        doc.participants = ()
        for start, end in doc.sentences:
            toks = doc.tokens(start, end)
            for k, t in enumerate(toks[:-1]):
                if t.key.removeprefix("و") == "مع" and _counterparts(toks[k + 1].key):
                    met = _met(doc, g, toks, k)
                    if len(met) >= 3:
                        doc.participants = tuple(met)
                        return doc.participants
    return doc.participants


def _counterparts(key: str) -> bool:
    """`نظرائه`, `نظيريه`, `وزراء`, `قادة`: the plural head of whom someone met."""
    bare = key.removesuffix("هما").removesuffix("هم").removesuffix("ها").removesuffix("ه")
    bare = bare[:-1] + "ء" if bare.endswith("ئ") else bare  # `نظرائه` → `نظراء`
    return HEAD_AGREEMENT.get(bare) in ("p", "d") and HEADS.get(bare) in ("organ", "official")


def _met(doc: Document, g: Gazetteer, toks: list[Token], k: int) -> list[str]:
    """The states at a meeting: those after `مع` + the head at token k, and the state of whoever met them."""
    after = [(m, a) for m, a in doc.mentions if toks[k].end <= m.start < toks[min(len(toks) - 1, k + 16)].end]
    states: list[str] = []
    for n, (m, actor_id) in enumerate(after):
        if n and not _joined(doc, after[n - 1][0], m):
            break
        states += g.members.get(actor_id, []) or [c for c in [g.actors[actor_id].country] if c]
    before = [g.actors[a].country for m, a in doc.mentions if toks[0].start <= m.start < toks[k].start and g.actors[a].country]
    owner = before[:1] or [c for where, _, _, r in reversed(doc.sources) if where < toks[0].start for c in r.countries][:1]
    return list(dict.fromkeys([*owner, *states])) if states else []


@cache
def agreement_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """From `lexicons/agreements.tsv`, folded: the words for an agreement, bare (`اتفاق`, `اتفاقا`); the finite forms of
    the verbs of making one (`وقعت`, `توصلا`, `يبرم`, with `و`/`ف`); their verbal nouns and participles (`التوصل`)."""
    nouns: set[str] = set()
    finite: set[str] = set()
    nonfinite: set[str] = set()
    for row in _agreement_rows("noun", "verb"):
        word = search_form(row["word"])
        if row["kind"] == "noun":
            nouns |= {word, word + "ا"}
            continue
        verb = {"perfect": row["word"], "imperfect": row["imperfect"], "participle": "", "extra": ""}
        finite |= {clitic + search_form(form) for form, _, _ in conjugate(verb) for clitic in ("", "و", "ف")}
        nonfinite |= {clitic + search_form(f) for f in row["extra"].split("|") if f for clitic in ("", "و")}
    return frozenset(nouns), frozenset(finite), frozenset(nonfinite)


def _agreement_rows(*kinds: str) -> list[dict[str, str]]:
    """The rows of `agreements.tsv` of some kinds."""
    return [row for row in load_tsv("agreements.tsv") if row["kind"] in kinds]


def agreement_noun(key: str) -> bool:
    """Whether a folded token is a word for an agreement, with `ال` and proclitics (`والاتفاقية`, `لاتفاق`, `للاتفاق`)."""
    bare = key[1:] if key[:1] in "وف" else key
    nouns = agreement_words()[0]
    return any(bare.startswith(p) and bare[len(p) :] in nouns for p in ("", "ال", "ب", "بال", "ل", "لل"))


PARTY_LINKS = frozenset(search_form(row["word"]) for row in _agreement_rows("link"))
"""`اتفاق بين X وY`, `اتفاقية مع X`: the words after these name an agreement's parties (`agreements.tsv`)."""
AGREEMENT_PARTY_ENDS = frozenset(search_form(row["word"]) for row in _agreement_rows("end"))
"""`بين بلاده والولايات المتحدة حول مدينة منبج`: words that end an agreement's parties (`agreements.tsv`)."""
MAX_PARTIES = 10  # words that name an agreement's parties on either side of it


def _agreement_parties(doc: Document, g: Gazetteer, at: int) -> Resolution | None:
    """`ينص الاتفاق على …`: the states of the parties the text names with the nearest agreement before (or at) the
    committer, `agreements.tsv`: between whom or with whom it is, and who made it (`وقعت محافظة بيشة اتفاقية مع المركز
    الوطني`, `توصلت الكوريتان إلى اتفاق`, `الاتفاق الذي توصلت إليه ميركل`), resolved as a committer phrase would be."""
    _, finite, nonfinite = agreement_words()
    n = bisect_right(doc.sentences, (at, len(doc.body)))
    for start, end in reversed(doc.sentences[:n]):
        toks = doc.tokens(start, end)
        for k in range(len(toks) - 1, -1, -1):
            if toks[k].start >= at:
                continue
            if agreement_noun(toks[k].key) and (parties := [p for p in (_made_by(toks, k), _linked(toks, k)) if p]):
                found = _resolve(doc, g, " و".join(" ".join(t.text for t in p) for p in parties), toks[k].start, None, "committer")
                if found.countries:
                    return found
            elif toks[k].key in finite or toks[k].key in nonfinite:
                # `توقيع حكومات إيران والعراق وسوريا مشروعا …`: a document the lexicon does not call an agreement,
                # made by the states named after the verb, when they are two or more
                made = _explicit(doc, g, " ".join(t.text for t in _phrase(toks[k + 1 : k + 1 + MAX_PARTIES * 2])))
                if len(made.countries) >= 2:
                    return made
    return None


def _made_by(toks: list[Token], k: int) -> list[Token]:
    """The subject of the verb that made the agreement at token k, within its clause: after the verb (`وقعت محافظة بيشة
    اتفاقية`, `توصل الرئيس سالفا كير وزعيم المعارضة رياك مشار إلى اتفاق`) or before it (`وكانت تركيا والولايات المتحدة
    توصلت لاتفاق`); after a relative, the one after it (`الاتفاق الذي توصلت إليه ميركل`)."""
    _, finite, nonfinite = agreement_words()
    verbs = finite | nonfinite
    if k + 2 < len(toks) and toks[k + 1].key in RELATIVES and toks[k + 2].key in verbs:
        after = toks[k + 3 : k + 3 + MAX_PARTIES]
        return _phrase(after[1:] if after and after[0].key.startswith(("اليه", "عليه")) else after)
    for j in range(k - 1, max(-1, k - MAX_PARTIES - 2), -1):
        if toks[j].text.endswith((".", ":", "؛")) or toks[j].key in COMPLEMENTIZERS:
            return []
        if toks[j].key in verbs:
            between = [t for t in toks[j + 1 : k] if t.key not in TIME_WORDS]
            if between and between[-1].key in PREPOSITION_WORDS:
                between.pop()  # `توصل … إلى اتفاق`, `وقع … على اتفاقية`
            if between:
                return _phrase(between)
            if toks[j].key not in finite or (j > 0 and toks[j - 1].key.removeprefix("و") in PASSIVE):
                return []  # `تم التوصل إلى اتفاق`, `ترحيب المملكة بتوقيع الاتفاق`: no one named as who made it
            before = list(reversed(_phrase(list(reversed(toks[max(0, j - MAX_PARTIES) : j])), backwards=True)))
            return [t for t in before if t.key.removeprefix("و") not in BEING]
    return []


BEING = frozenset(search_form(w) for w in "كان كانت كانا كانتا كانوا".split())
"""`وكانت تركيا والولايات المتحدة توصلت لاتفاق`: the auxiliary before a subject that made an agreement."""
PASSIVE = frozenset(search_form(w) for w in "تم جرى".split())
"""`تم التوقيع على مذكرة تفاهم بين …`: the making of an agreement with no subject."""


def _linked(toks: list[Token], k: int) -> list[Token]:
    """The parties after `بين` or `مع` a few words after the agreement at token k (`اتفاقية التجارة الحرة الممضاة بين
    البلدين`, `اتفاقية شراكة مع الاتحاد العام التونسي للشغل`)."""
    for j in range(k + 1, min(len(toks), k + 5)):
        if toks[j].key in PARTY_LINKS:
            return _phrase(toks[j + 1 : j + 1 + MAX_PARTIES])
        if toks[j - 1].text.endswith(CLAUSE_ENDS) or toks[j].key in PREPOSITION_WORDS or toks[j].key in COMPLEMENTIZERS:
            return []
    return []


def _phrase(toks: list[Token], backwards: bool = False) -> list[Token]:
    """The words of a party phrase up to the end of its clause, a preposition (`على`, `في`, `من`) or a word that ends
    the parties (`حول`, `بشأن`): read from the end when `backwards`, up to where the clause starts."""
    out: list[Token] = []
    for t in toks:
        if (
            t.key in PREPOSITION_WORDS
            or t.key in COMPLEMENTIZERS
            or t.key in AGREEMENT_PARTY_ENDS
            or (backwards and t.text.endswith(CLAUSE_ENDS))
        ):
            break
        out.append(t)
        if not backwards and t.text.endswith(CLAUSE_ENDS):
            break
    return out


def _several(g: Gazetteer, resolved: Resolution) -> bool:
    """Whether a source is two parties or more: two actors, not one person with the bodies they speak for
    (`رئيس الوفد اليمني المفاوض والناطق الرسمي باسم حركة أنصار الله محمد عبد السلام` is one party)."""
    people = [a for a in resolved.actor_ids if a in g.actors and g.actors[a].kind == "person"]
    return len(set(resolved.actor_ids)) >= 2 and len(people) != 1


def _joined(doc: Document, first: Mention, second: Mention) -> bool:
    """Whether only `و` (and a comma) stands between two mentions: `سوريا والعراق`, `السيسي، وآبي أحمد`."""
    return doc.body[first.end : second.start].strip(" ،,") == "و"


def _pair_before(doc: Document, g: Gazetteer, at: int, size: int | None) -> Resolution | None:
    """`مشيرا إلى أن الطرفين يعتزمان …` after `فتح مكاتب الاتصال بين المغرب وإسرائيل`: the nearest states (or
    their people) of two countries or more (`size` of them, for a dual) that the text joins with `و` before the
    party word."""
    named = [(m, g.actors[a].country) for m, a in doc.mentions if m.end <= at and g.actors[a].kind in ("state", "person")]
    for n in range(len(named) - 1, 0, -1):
        chain = [named[n]]
        while n > 0 and _joined(doc, named[n - 1][0], chain[0][0]):
            n -= 1
            chain.insert(0, named[n])
        countries = list(dict.fromkeys(c for _, c in chain if c))
        if len(countries) >= 2 and size in (None, len(countries)):
            return Resolution([c.lower() for c in countries], countries)
    return None


def _explicit(doc: Document, g: Gazetteer, phrase: str) -> Resolution:
    """What a phrase names by itself, with no help from the article: states, bodies, people, and the members
    of an organisation whose meeting or council it names (`المجلس الوزاري لمجلس التعاون` → the six states)."""
    found = _named(g, phrase, doc.published_on)
    return Resolution(list(found.actor_ids), list(found.countries))


@lru_cache(maxsize=1 << 14)  # the same phrase on the same day resolves alike in every article
def _named(g: Gazetteer, phrase: str, on: dt.date | None) -> Resolution:
    """`_explicit` for a phrase and a date."""
    if (agency := state_agency(phrase)) is not None:
        return Resolution([agency.lower()], [agency])  # `وكالة الأناضول للأنباء`, `وكالة شينخوا`: the state's agency
    if (organisation := _organisation(g, phrase)) is not None:
        return _organisations(g, phrase, organisation, on)
    found = g.resolve(phrase, ArticleContext(published_on=on))
    organisations = [a for a in found.actor_ids if a in g.members]
    if organisations and not found.countries and _meeting(g, phrase):
        for actor_id in organisations:
            for country in g.members[actor_id]:
                found.add(country.lower(), country)
    return found


def _organisations(g: Gazetteer, phrase: str, span: tuple[int, int], on: dt.date | None) -> Resolution:
    """What a phrase names around the organisation it spans, and the bodies the gazetteer knows in it (`شركة "إيه
    دي كيو" (ADQ) الإماراتية`), with their states; a state named in it only describes it (`الاتحاد المصري`)."""
    start, end = span
    found = _merge(_named(g, phrase[:start], on), Resolution()) if phrase[:start].strip() else Resolution()  # a copy: cached
    for m in g.find(phrase[:end]):
        if m.start < start or len(m.form.actor_ids) != 1 or m.form.kind not in ("alias", "nisba", "capital"):
            continue
        actor = g.actors[m.form.actor_ids[0]]
        if actor.kind != "state":
            found.add(actor.actor_id, g.speaks_for(actor.actor_id))
    return _merge(found, _named(g, phrase[end:], on)) if phrase[end:].strip() else found


def organisation(g: Gazetteer, phrase: str) -> bool:
    """Whether a source phrase names or speaks for an organisation, which is no state's (`رئيس الاتحاد الفرنسي`)."""
    return _organisation(g, phrase) is not None


def _in_context(doc: Document, g: Gazetteer, phrase: str) -> Resolution:
    """A phrase resolved with the article's context, unless it speaks for an organisation (which has no state)."""
    return _explicit(doc, g, phrase) if organisation(g, phrase) else g.resolve(phrase, doc.context)


def _meeting(g: Gazetteer, phrase: str) -> bool:
    """Whether a phrase names a meeting of states or their officials (`القمة`, `وزراء خارجية دول …`), not the body."""
    words = search_form(phrase).split()
    return any(m.form.kind == "event" for m in g.find(phrase)) or any(HEAD_AGREEMENT.get(w) == "p" for w in words)


def _merge(first: Resolution, second: Resolution) -> Resolution:
    """The actors of the first, then the actors and countries of the second."""
    out = Resolution(list(first.actor_ids), list(first.countries))
    for actor_id in second.actor_ids:
        out.add(actor_id, None)
    for country in second.countries:
        out.add(country.lower(), country)
    return out


def _chained(doc: Document, g: Gazetteer, words: list[str], at: int) -> Resolution | None:
    """What a short mention refers back to: an earlier qualified organ or document, or a person's introduction."""
    if not words or len(words) > 4:
        return None
    head = HEADS.get(words[0])
    if head in ANTECEDENT_HEADS and (words[0].startswith("ال") or words[1:2] == [ON_BEHALF]):
        found = _antecedent(doc, g, words[0][2:], at) if words[0].startswith("ال") else None
        # `المتحدث باسم الحكومة`, `متحدث باسم الوزارة`: else the organ it speaks for refers back (`الحكومة العراقية`)
        stems = (_definite_stem(w) for w in words[1:])
        organs = (stem for stem in stems if stem and HEADS.get(stem) == "organ")
        found = found or next((r for stem in organs if (r := _antecedent(doc, g, stem, at))), None)
        if found is not None or words[0].startswith("ال"):
            return found  # `متحدث باسم كوربين`: the name it speaks for, as any name below
    name = words[-1]
    if len(name) < 3 or name in HEADS or name in cue_forms() or g.find(name):
        return None  # a role, a nisba, a party word: not a name
    found = _introduction(doc, g, name, at)
    return found if found is not None or len(words) > 2 or words[0] in HEADS else _named_source(doc, name, at)


def _named_again(doc: Document, g: Gazetteer, words: list[str], at: int) -> Resolution | None:
    """An organ or office named again in full but without its state (`وزارة البترول`, `وزير البترول`) after the
    article named it with one (`وزارة البترول المصرية`): the state of the nearest earlier such phrase."""
    if not 1 < len(words) <= MAX_QUALIFIER or HEADS.get(words[0]) not in ("organ", "official") or words[0].startswith("ال"):
        return None

    def same_organ(g: Gazetteer, toks: list[Token], k: int) -> list[Token]:
        phrase = _noun_phrase(g, toks, k)
        return phrase if len(phrase) > len(words) and [t.key for t in phrase[1 : len(words)]] == words[1:] else []

    return _first_named(doc, g, words[0], at, same_organ, definite=False)


def _named_source(doc: Document, name: str, at: int) -> Resolution | None:
    """`وأضاف العرفاوي` after the source `وزير التجهيز والاسكان والتهيئة الترابية محمد صالح العرفاوي` (TUN by
    the article's context), `وبين الصباغ` after `رأفت الصباغ المتحدث الرسمي للمركز`: the nearest earlier source whose
    longer phrase holds the name, as it was resolved. Only for a name of one or two words (`العرفاوي`, `راشد الغنوشي`),
    not a title's last word (`… للرياضة`)."""
    for phrase, resolved in _earlier_sources(doc, at):
        words = phrase.strip(EDGE_PUNCT).split()
        if len(words) > 1 and _names_in(words, name) and resolved.countries:
            return resolved
    return None


def _names_in(words: list[str], name: str) -> bool:
    """Whether a source's words end with the name or hold it after a given name (`رأفت الصباغ المتحدث …`, `… آل
    الشيخ مفتي …`), not as a word of a title or a body (`المرصد السوري …`, `الأسر المتضررة`, `زعيم حركة النهضة`)."""
    return words[-1] == name or any(
        w == name and not before.startswith("ال") and before not in HEADS and before not in NAMED_HEADS for before, w in pairwise(words)
    )


def _definite_stem(word: str) -> str:
    """The noun of a definite word with `ال`, `بال` or `لل` (`للجنة` → `لجنة`, `بالوزارة` → `وزارة`), else ""."""
    for prefix in ("بال", "ال", "لل"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix) :]
    return ""


CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
PLAIN_PREFIXES = frozenset(CLITICS)
DEFINITE_PREFIXES = PLAIN_PREFIXES | {c + "ال" for c in CLITICS} | {"لل", "ولل", "فلل"}


def _occurrences(doc: Document, word: str, at: int, definite: bool) -> list[int]:
    """Body offsets of the earlier whole-word occurrences of a folded word, nearest first: with proclitics,
    and with `ال` when `definite` (`الوزارة` is looked for as `وزاره`, `والوزارة`, `لوزارة` …)."""
    text, prefixes = doc.fold.text, DEFINITE_PREFIXES if definite else PLAIN_PREFIXES
    hits: list[int] = []
    pos = text.rfind(word, 0, doc.fold.folded(at))
    while pos >= 0 and len(hits) < MAX_LOOKBACK:
        after = pos + len(word)
        if after >= len(text) or not text[after].isalnum():
            start = pos
            while start > 0 and text[start - 1].isalnum() and pos - start < 4:
                start -= 1
            if (start == 0 or not text[start - 1].isalnum()) and text[start:pos] in prefixes:
                hits.append(doc.fold.original(start))
        pos = text.rfind(word, 0, pos)
    return hits


def _sentence_tokens(doc: Document, offset: int) -> tuple[list[Token], int]:
    """The tokens of the sentence holding an offset, and the index of the token starting there."""
    n = bisect_right(doc.sentences, (offset, len(doc.body))) - 1
    start, end = doc.sentences[max(n, 0)]
    toks = doc.tokens(start, end)
    index = next((k for k, t in enumerate(toks) if t.start <= offset < t.end), -1)
    return toks, index


def _antecedent(doc: Document, g: Gazetteer, stem: str, at: int) -> Resolution | None:
    """`الوزارة` after `وزارة الخارجية العمانية`: the nearest earlier phrase of that head that names a state.

    A document with no state in its phrase is its issuer's: `البيان` after `وذكرت الرئاسة المصرية في بيان أن …`
    is the source of the statement made through it."""
    issuer = _issuer if HEADS.get(stem) == "document" else None
    # `الصحيفة` is the newspaper named last, with a state or none (`صحيفة لابريس` after `غلوبل تايمز الصينية`)
    return _first_named(doc, g, stem, at, _noun_phrase, issuer, last_named=HEADS.get(stem) == "medium")


CHANNEL_WORDS = frozenset(search_form(w) for w in ("في", "وفي", "عبر"))
"""Words before a document that make it the channel of a statement (`وذكرت الرئاسة المصرية في بيان أن …`)."""


def _issuer(doc: Document, offset: int) -> Resolution | None:
    """Who spoke through the document at an offset: the source resolved in its sentence, nearest to it, when the
    document is the statement's channel (`في بيان`, `ببيان`) — not when it speaks itself (`وذكر البيان`)."""
    toks, k = _sentence_tokens(doc, offset)
    if k < 0 or not (toks[k].key.startswith("ب") or (k > 0 and toks[k - 1].key in CHANNEL_WORDS)):
        return None
    start, end = toks[0].start, toks[-1].end
    said = [(abs(where - offset), resolved) for where, role, _, resolved in doc.sources if role == "speaker" and start <= where < end]
    return min(said, key=lambda pair: pair[0])[1] if said else None


def _first_named(
    doc: Document,
    g: Gazetteer,
    word: str,
    at: int,
    phrase_at: Callable[[Gazetteer, list[Token], int], list[Token]],
    otherwise: Callable[[Document, int], Resolution | None] | None = None,
    definite: bool = True,
    last_named: bool = False,
) -> Resolution | None:
    """The states the phrase at the nearest earlier occurrence of a word (with `ال` too when `definite`) names
    (`phrase_at` cuts it out), else what `otherwise` finds for that occurrence; with `last_named`, what the nearest
    introduction (the word without `ال`, with words after it) names, or None."""
    for offset in _occurrences(doc, word, at, definite=definite):
        toks, k = _sentence_tokens(doc, offset)
        if k < 0:
            continue
        phrase = phrase_at(g, toks, k)
        found = _explicit(doc, g, " ".join(t.text for t in phrase))
        if found.countries:
            return found
        if last_named and len(phrase) > 1 and not _definite_stem(toks[k].key.lstrip("وف")):
            return None  # the nearest introduction (`صحيفة لابريس`), not a mention that refers back (`الوكالة الرسمية`)
        if otherwise is not None and (other := otherwise(doc, offset)) is not None:
            return other
    return None


def _noun_phrase(g: Gazetteer, toks: list[Token], k: int) -> list[Token]:
    """The qualified noun phrase headed by token k (`بيان لوزارة الخارجية الإماراتية`, `المجلس الوزاري لمجلس التعاون`)."""
    window: list[Token] = []
    document = HEADS.get(_head_of(toks[k].key) or "") == "document"  # `البيان`, `ببيان`
    for n, t in enumerate(toks[k : k + MAX_QUALIFIER]):
        if window and (not _in_noun_phrase(g, t) or _new_definite(toks[k + n - 1], t)):
            break  # `المملكة ترحب بـ…`: a verb ends the phrase; `في بيان “يسر …`: so does what it says
        if window and not document and t.key[:1] == "ل" and HEADS.get(t.key[1:]) == "medium":
            break  # `متحدث باسم الوزارة لوكالة الصحافة الفرنسية`: the medium told (`بيان لوكالة الأنباء`: the agency's)
        window.append(t)
        if t.text.endswith(CLAUSE_ENDS):
            break
    return window


def _to_clause_end(toks: list[Token]) -> list[Token]:
    """Tokens up to and with the first one that ends a clause (a comma, colon, full stop or semicolon)."""
    end = next((n for n, t in enumerate(toks) if t.text.endswith(CLAUSE_ENDS)), len(toks) - 1)
    return toks[: end + 1]


ON_BEHALF = search_form("باسم")
NP_LINKS = frozenset(search_form(w) for w in "صادر صادرة عن من دول اسم".split())


def _in_noun_phrase(g: Gazetteer, t: Token) -> bool:
    """Whether a token can continue a qualified noun phrase: a definite word, a head, a name the gazetteer
    knows, `لـ` on one of those (`بيان لوزارة الخارجية`), `صادر عن` or `باسم` (`متحدث باسم رئيسة الوزراء
    البريطانية`); not a verb or a quotation."""
    key = t.key
    if not key or t.text[0] in OPENING_QUOTES + '"' or key in COMPLEMENTIZERS or key in cue_forms():
        return False
    bare = key[1:] if key[:1] in "لب" else key
    links = key in NP_LINKS or bare in NP_LINKS  # `صادر عن`, `لدول الخليج`
    return key.startswith(("ال", "وال", "لل")) or bare.startswith("ال") or bare in HEADS or links or bool(g.find(t.text))


def _new_definite(before: Token, t: Token) -> bool:
    """`وتحث المملكة القوات المسلحة`: a definite noun right after a definite one starts another phrase (only an
    adjective agrees with it there: `المملكة العربية`, `البيان الختامي`, `المجلس الوزاري`)."""
    definite = ("ال", "وال", "بال", "لل")
    return before.key.startswith(definite) and t.key.startswith(definite) and not t.key.endswith(ADJECTIVE_ENDINGS)


def _honoured(doc: Document, g: Gazetteer, pronoun: str, at: int) -> Resolution | None:
    """`سموه` with no source before it: whoever the article named with that honorific (`صاحب السمو الشيخ صباح
    الأحمد الجابر الصباح أمير دولة الكويت` … `وطالب سموه`)."""
    base = pronoun[:-2] if pronoun.endswith("ها") else pronoun[:-1]
    base = base[:-1] + "ه" if base.endswith("ت") else base  # `جلالته` → `جلاله`
    return _first_named(doc, g, base, at, lambda _, toks, k: _to_clause_end(toks[k + 1 : k + 1 + MAX_HONOURED]))


def _introduction(doc: Document, g: Gazetteer, name: str, at: int) -> Resolution | None:
    """`وأكد عون` after `الرئيس اللبناني جوزاف عون`: the state of the role or nisba that introduced the name."""
    for offset in reversed(_occurrences(doc, name, at, definite=False)):  # the first introduction counts
        toks, k = _sentence_tokens(doc, offset)
        if k < 0:
            continue
        found = _qualifier_before(doc, g, toks, k) or _apposition_after(doc, g, toks, k)
        if found is not None:
            return found
    return None


def _name_like(t: Token) -> bool:
    """A word that may be part of a person's name: no stop word, cue, complementizer or head noun."""
    key = t.key
    return bool(key) and key not in SPEAKER_STOPS and key not in COMPLEMENTIZERS and key not in cue_forms() and key not in HEADS


def _qualifier_before(doc: Document, g: Gazetteer, toks: list[Token], k: int) -> Resolution | None:
    """`الرئيس اللبناني جوزاف عون`, `وزير الخارجية، فؤاد حسين`: a role or nisba just before the name."""
    j = k
    while j > 0 and k - j < MAX_NAME and _name_like(toks[j - 1]) and not toks[j - 1].text.endswith(("،", ",", ":", ".")):
        if attribution_at(toks, j - 1):
            return None  # `…، بحسب دانفورد`: an attribution, not the start of a name
        if g.find(toks[j - 1].text) and not _person(g, toks[j - 1].text):
            break  # a role, a nisba or a state: the introduction ends here
        j -= 1
    if j == 0 or (j == k and toks[k].key.startswith("ال") and toks[k].key.endswith(("ي", "يه"))):
        return None  # `وزير الخارجية البولوني`: a nisba the gazetteer lacks, not a name
    if j > 2 and toks[j - 2].key in LOCATIVES and g.find(toks[j - 1].text) and not _person(g, toks[j - 1].text):
        j -= 2  # `السفير البريطاني في لبنان توم فلتشر`: where the official serves is not whose official he is
    first = j
    while first > 0 and j - first < MAX_QUALIFIER:
        before = toks[first - 1]
        if before.key in SPEAKER_STOPS and not (before.key == POSTED_AT and _posted(g, toks[first:j])):
            break
        if first < j and before.text.endswith(("،", ",", ":", ".")):
            break
        first -= 1
        if _trade_head(before.key) and (first == 0 or not _title_word(g, toks[first - 1])):
            break  # `نشرت صحيفة "واشنطن بوست" آخر مقال للصحفي السعودي جمال خاشقجي`: the head opens the introduction
            # (but `الرئيس المدير العام للشركة رشيد الزائري`: one title of two heads)
        if before.key.startswith("و") and before.key[1:] in HEADS and first > 0 and _ends_a_name(g, toks[first - 1]):
            # `وزير الخارجية الإيطالي باولو جينتيلوني والمبعوث الأممي إلى ليبيا برناردينو ليون`: a name before the
            # conjunct's head ends another person's introduction (but `رئيس وزراء قطر السابق ووزير خارجيتها الشيخ حمد
            # بن جاسم`, `لاعب المنتخب القومي المصري ونجم نادي ليفربول`: two titles of one person)
            break
    qualifier = " ".join(t.text for t in toks[first:j]).strip(EDGE_PUNCT + " ")
    mentions = g.find(qualifier)
    near = bool(mentions) and mentions[-1].end >= len(qualifier) - len(toks[j - 1].text) - 1  # next to the name
    if not near or not any(m.form.kind.startswith("role:") or m.form.kind == "nisba" or _state_body(g, m, qualifier) for m in mentions):
        # `مدير شرطة منطقة المدينة المنورة المكلف اللواء خالد عواض المطيري`: the office of a city names the state
        words = search_form(qualifier).split()
        city = _organ_of_city(words, g)
        at_end = city is not None and city in (cities().get(" ".join(words[-2:])), cities().get(words[-1]))
        if city and at_end:
            return Resolution([city.lower()], [city])  # the place ends the introduction
        # `وكيل إمارة المنطقة … الدكتور حامد الشمري`: read with the words taken for the name, which may end the title
        # (`رئيس اللجنة الأولمبية الدولية توماس باخ`)
        return _unqualified_office(doc, g, " ".join(t.text for t in toks[first:k])) if j < k else None  # a given name first
    found = _in_context(doc, g, qualifier)
    return found if found.countries else None


def _title_word(g: Gazetteer, t: Token) -> bool:
    """A head noun or a role the gazetteer knows (`الرئيس`, `نائب`): a word a title goes on with."""
    return without_conjunction(t.key, HEADS.keys()) in HEADS or any(m.form.kind.startswith("role:") for m in g.find(t.text))


def _trade_head(key: str) -> bool:
    """Whether a word is the head noun of a person by trade or rank (`heads.tsv`, `person`: `الصحفي`, `المدرب`), also with
    a preposition glued to it (`للصحفي`): it opens the phrase that introduces a name (not an organ's head, which may be
    a genitive inside a title: `رئيس الوزراء`)."""
    return not key.startswith(("و", "ف")) and HEADS.get(_head_of(key) or "") == "person"  # a conjunct's is the rule below


def _ends_a_name(g: Gazetteer, t: Token) -> bool:
    """A word that may end a person's name: name-like, indefinite, and no word the gazetteer knows (`جينتيلوني`; not
    `المصري`, `السابق`, `للطيران`)."""
    return _name_like(t) and not t.key.startswith(("ال", "لل")) and not g.find(t.text)


def _state_body(g: Gazetteer, m: Mention, qualifier: str) -> bool:
    """A state's body named in full as the genitive of a title (`رئيس هيئة أركان القوات المسلحة الأميركية، جوزيف
    دانفورد`): whoever holds an office in it is that state's; not a body that is a verb's subject (`دعا البرلمان
    البريطاني مارك زوكربيرغ`)."""
    head = search_form(qualifier[: m.start]).split()[-1:]
    titled = bool(head) and head[0] in HEADS and not head[0].startswith("ال")
    return titled and m.form.kind == "alias" and len(m.form.actor_ids) == 1 and g.state_organs(m)


def _posted(g: Gazetteer, toks: list[Token]) -> bool:
    """Whether the words after `لدى` open with a body or place (`مندوب الكويت الدائم لدى الأمم المتحدة السفير
    منصور العتيبي`): where the official serves, which the introduction crosses to reach whose official he is."""
    return bool(toks) and any(m.start == 0 for m in g.find(" ".join(t.text for t in toks)))


def _apposition_after(doc: Document, g: Gazetteer, toks: list[Token], k: int) -> Resolution | None:
    """`ناصر بوريطة، وزير الخارجية المغربي،`: a role between commas right after the name; an office of an organ with no
    state named right after it, comma or not, is of the article's own state (`علي العطوي مدير عام جمرك سلوى`)."""
    if k + 1 >= len(toks):
        return None
    window = [t.text for t in _to_clause_end(toks[k + 1 : k + 1 + MAX_QUALIFIER])]
    appositive = " ".join(window).strip(EDGE_PUNCT + " ")
    mentions = g.find(appositive)
    role = bool(mentions) and mentions[0].start == 0 and mentions[0].form.kind.startswith("role:")
    if not role and HEADS.get(search_form(window[0]).strip(EDGE_PUNCT)) not in APPOSITION_HEADS:
        return None  # `، مساعد مسؤول منظمة الطيران المدني الإيرانية:`, `، مدير التخطيط في وزارة الخارجية الأميركية،`
    # an office with no state in it introduces a name only after a given name (`علي العطوي`; not `المنشآت`, `أفراح`)
    given = k > 0 and _name_like(toks[k - 1]) and not toks[k - 1].text.endswith(CLAUSE_ENDS)
    unqualified = _unqualified_office(doc, g, appositive) if given else None
    if not toks[k].text.endswith(("،", ",")):
        return None if role else unqualified
    found = _explicit(doc, g, appositive) if not role else _in_context(doc, g, appositive)
    return found if found.countries else unqualified


def _unqualified_office(doc: Document, g: Gazetteer, office: str) -> Resolution | None:
    """An office that introduces a name with no state in it: of the article's own state (`_own_state`) when it holds a
    title and a state's body (`heads.tsv` seat: `وكيل إمارة المنطقة … الدكتور حامد الشمري`, `علي العطوي مدير عام جمرك
    سلوى`), and nothing that is no state's: an organisation (`المكتب الإقليمي للمنظمة`), a company, party or
    association (`مجلس شوري حركة النهضة`), an international body (`اللجنة الدولية للصليب الأحمر`) or a body the
    gazetteer knows."""
    words = search_form(office).split()
    heads = [head for w in words if (head := _head_of(w))]  # `للمنظمة` → `المنظمة`, `بالمديرية` → `المديرية`
    international = any(w.removeprefix("و").removeprefix("ال") in INTERNATIONAL for w in words)
    if _private(heads) or international or any(h in ORGANISATIONS for h in heads) or any(m.form.actor_ids for m in g.find(office)):
        return None
    titled = any(HEADS.get(h) in STATE_HEADS for h in heads)  # `مدير`, `وكيل`, `المتحدث`: an office, not a place
    state_body = titled and any(h in SEAT_HEADS and h.removeprefix("ال") not in COLLEGIAL for h in heads)
    own = _own_state(doc) if state_body else None
    return Resolution([own.lower()], [own]) if own else None


COLLEGIAL = frozenset(search_form(w) for w in ("لجنة", "مجلس", "هيئة"))
"""Seats of a state's bodies that name as many bodies of no state (`اللجنة الوطنية للحج والعمرة` of the chambers of
commerce, `مجلس مهندسي الكهرباء`, `هيئة علماء المسلمين`): they alone do not make an office the state's."""
INTERNATIONAL = frozenset(search_form(w) for w in ("دولي", "دولية", "أممي", "أممية", "إقليمي", "إقليمية"))
"""Adjectives of a body above states (`اللجنة الدولية للصليب الأحمر`, `المكتب الإقليمي للمنظمة`): no state's organ."""


def _person(g: Gazetteer, text: str) -> bool:
    """Whether a word is part of a known person's name."""
    return any(m.form.actor_ids and g.actors[m.form.actor_ids[0]].kind == "person" for m in g.find(text))
