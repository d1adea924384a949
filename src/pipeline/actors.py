"""Actors: the gazetteer (states, bodies, groups, organisations, office-holders), mention finding
over article bodies, and resolution of a speaker or committer phrase to actor ids and countries.

The gazetteer is data: states and their Arabic names come from CLDR (Babel); `lexicons/states.tsv`
adds the names news uses and capitals; nisba adjectives are derived by rule (`العراق` → `عراقي`,
`العراقية`, `العراقيون` …); `actors.jsonl`, `persons.jsonl` and `offices.jsonl` hold bodies, groups,
organisations and date-bounded office-holders. All surface forms go into one Aho-Corasick automaton
over folded text (alef forms, ya, ta marbuta, no marks), and Arabic proclitics are checked around
each hit, so one pass over a body finds every mention with its offsets.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import ahocorasick
from babel import Locale
from babel.core import get_global

from pipeline.lexicon import LEXICON_DIR, load_tsv
from pipeline.models import Actor, ActorEntry, OfficeTerm
from pipeline.segment import EDGE_PUNCT
from pipeline.text import Fold, fold, search_form

ARABIC_LOCALES = ("ar", "ar_AE", "ar_EG", "ar_IQ", "ar_JO", "ar_LB", "ar_MA", "ar_DZ", "ar_SA", "ar_SY", "ar_TN")
PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
LAM_PROCLITICS = frozenset({"ل", "ول", "فل"})  # `للعراق` = ل + العراق with the article's alef dropped
# CLDR macro-regions that are not states (the EU is an organisation in actors.jsonl).
NOT_STATES = frozenset({"EU", "EZ", "UN", "QO"})
# Titles before a person's name (`titles.tsv`); after `family` ones a definite nisba with no name after it is a
# family name (`الدكتور التركي`).
TITLES = frozenset(search_form(row["title"]) for row in load_tsv("titles.tsv"))
FAMILY_TITLES = frozenset(search_form(row["title"]) for row in load_tsv("titles.tsv") if row["family"] == "y")
PREPOSITIONS = frozenset({"في", "الي", "من", "عن", "علي", "حتي", "نحو", "مع", "بين", "داخل", "خارج"})
_WORD_CHAR_RE = re.compile(r"\w")


@dataclass(frozen=True)
class Form:
    """A surface form in the automaton: which actors it may name, and how it is used."""

    actor_ids: tuple[str, ...]
    kind: str  # alias | context | capital | nisba | party | role:<role> | document | event


@dataclass(frozen=True)
class Mention:
    """A form found in a text, with offsets into that text."""

    start: int
    end: int
    text: str
    form: Form


@dataclass
class Resolution:
    """The actors and countries a phrase resolves to."""

    actor_ids: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)

    def add(self, actor_id: str, country: str | None) -> None:
        """Add an actor and its country, once each, keeping first-seen order."""
        if actor_id not in self.actor_ids:
            self.actor_ids.append(actor_id)
        if country and country not in self.countries:
            self.countries.append(country)


def nisba_forms(masculine: str) -> list[str]:
    """Inflect a masculine nisba (`عراقي`): feminine, plurals, duals, each with and without `ال`."""
    base = masculine[:-1] if masculine.endswith("ي") else masculine
    if " " in masculine:  # `كوري جنوبي`: inflect every word alike
        heads = [nisba_forms(word) for word in masculine.split()]
        return [" ".join(words) for words in zip(*heads, strict=True)]
    stems = [f"{base}ي", f"{base}يه", f"{base}يون", f"{base}يين", f"{base}يات", f"{base}يان", f"{base}يتان", f"{base}يتين"]
    return stems + [f"ال{s}" for s in stems]


def derive_nisba(name: str) -> str | None:
    """Derive the masculine nisba of a one-word state name by rule (`سوريا` → `سوري`)."""
    stem = name[2:] if name.startswith("ال") else name
    if " " in stem or len(stem) < 3:
        return None
    for ending in ("يا", "يه", "ه", "ا"):
        if stem.endswith(ending):
            return stem[: -len(ending)] + "ي"
    return stem + "ي"


@cache
def _alpha3() -> dict[str, str]:
    """Map CLDR alpha-2 territory codes to ISO 3166-1 alpha-3."""
    codes: dict[str, str] = {}
    for alpha3, targets in get_global("territory_aliases").items():
        if len(alpha3) == 3 and alpha3.isalpha() and len(targets) == 1 and len(targets[0]) == 2:
            alpha2 = targets[0]
            # Withdrawn codes alias the same territory (FXX, DDR, YMD …): keep the one built on alpha-2.
            if alpha2 not in codes or alpha3.startswith(alpha2):
                codes[alpha2] = alpha3
    return codes


@cache
def outlet_states() -> dict[str, str]:
    """Outlet as a feed or page names it → the state whose news it reports as home news (`outlets.tsv`)."""
    return {row["outlet"]: row["iso3"] for row in load_tsv("outlets.tsv")}


@cache
def family_first() -> frozenset[str]:
    """States whose people's names put the family name first (`family_first.tsv`)."""
    return frozenset(row["country"] for row in load_tsv("family_first.tsv"))


@cache
def desks() -> dict[str, frozenset[str]]:
    """Outlet → the datelines that are its own desk, which it puts on stories from anywhere (`desks.tsv`)."""
    out: dict[str, set[str]] = {}
    for row in load_tsv("desks.tsv"):
        out.setdefault(row["outlet"], set()).add(row["desk"])
    return {outlet: frozenset(places) for outlet, places in out.items()}


MIN_HOME_PLACES = 2  # distinct cities or regions of the outlet's state that make an article its home news


def _at_home(body: str, home: str, counts: Counter[str]) -> bool:
    """Whether an article names places of its outlet's state (`منطقة الرياض`, `القصيم`, `عسير`) at least as often as
    the state it names most: home news, although the states it names are others (goods from China and Germany
    seized by a Saudi ministry); not a war in Yemen that reaches `جازان` and `نجران`."""
    names, words = cities(), [w.strip(EDGE_PUNCT) for w in search_form(body).split()]
    places = [w for w in words if names.get(w) == home]
    firsts = _first_words_of_pairs()  # a pair is joined only when it may be a name (7x faster than every pair)
    places += [p for a, b in pairwise(words) if a in firsts and names.get(p := f"{a} {b}") == home]
    return len(set(places)) >= MIN_HOME_PLACES and len(places) >= max(counts.values(), default=0)


@cache
def _first_words_of_pairs() -> frozenset[str]:
    """The first words of the two-word city names (`خميس مشيط` → `خميس`)."""
    return frozenset(name.split()[0] for name in cities() if name.count(" ") == 1)


@cache
def cities() -> dict[str, str]:
    """Folded Arabic city names → ISO3: CLDR's exemplar cities (`عمّان` → JOR), then `places.tsv`, then `regions.tsv`."""
    zones = get_global("zone_territories")
    found: dict[str, str] = {}
    for zone, names in Locale("ar").time_zones.items():
        alpha2 = zones.get(zone)
        if names.get("city") and alpha2 in _alpha3():
            found[search_form(names["city"])] = _alpha3()[alpha2]
    for row in load_tsv("places.tsv"):
        found.setdefault(search_form(row["place"]), row["iso3"])
    for row in load_tsv("regions.tsv"):
        found.setdefault(search_form(row["region"]), row["iso3"])
    return found


def cldr_states() -> dict[str, set[str]]:
    """Return every CLDR territory that is a state-like country, with its Arabic names."""
    names: dict[str, set[str]] = {}
    for locale in ARABIC_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha() and code in _alpha3() and code not in NOT_STATES:
                names.setdefault(_alpha3()[code], set()).add(name)
    return names


class Gazetteer:
    """Every actor, every surface form, and the office terms; built once per process."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.forms: dict[str, Form] = {}
        self.offices: dict[tuple[str, str], list[OfficeTerm]] = {}
        self.members: dict[str, list[str]] = {}
        self.leaders: dict[str, str] = {}  # coalitions of states and the state that leads them (`led_by`)
        self.feminine: set[str] = set()  # people the lexicon says are women (`gender: f`)
        self._add_states()
        self._add_entries("actors.jsonl")
        self._add_entries("persons.jsonl")
        self._add_offices()
        self._add_words()
        self.automaton = self._build_automaton()
        self._cache: dict[str, list[Mention]] = {}

    # --- building ---------------------------------------------------------------------------------

    def _add_form(self, text: str, actor_ids: tuple[str, ...], kind: str) -> None:
        """Register a surface form; a form claimed by two actors becomes a declared context form."""
        key = search_form(text)
        old = self.forms.get(key)
        if old is None or (old.kind in ("nisba", "capital") and kind not in ("nisba", "capital")):
            self.forms[key] = Form(actor_ids, kind)
        elif old.actor_ids != actor_ids and kind in ("alias", "context", "nisba", "capital"):
            merged = tuple(dict.fromkeys(old.actor_ids + actor_ids))
            self.forms[key] = Form(merged, "context")

    def _add_states(self) -> None:
        """States from CLDR, extra names and capitals from states.tsv, nisbas by rule."""
        extras: dict[str, list[dict[str, str]]] = {}
        for row in load_tsv("states.tsv"):
            extras.setdefault(row["iso3"], []).append(row)
        arabic, english = Locale("ar").territories, Locale("en").territories
        for iso3, names in sorted(cldr_states().items()):
            actor_id = iso3.lower()
            name_ar = arabic.get(_alpha2(iso3), sorted(names)[0])
            rows = extras.get(iso3, [])
            aliases = sorted(names | {r["alias"] for r in rows if r["kind"] == "name"})
            self.actors[actor_id] = Actor(
                actor_id=actor_id, name_ar=name_ar, name_en=english.get(_alpha2(iso3), iso3),
                kind="state", country=iso3, aliases=aliases,
            )  # fmt: skip
            for alias in aliases:
                self._add_form(alias, (actor_id,), "alias")
            for row in rows:
                if row["kind"] == "both":  # `الكوريتان`: every state that claims the form, together (below)
                    continue
                if row["kind"] in ("capital", "context"):
                    self._add_form(row["alias"], (actor_id,), row["kind"])
                elif row["kind"] == "people":  # `الروس`: a broken plural, used like the nisba
                    self._add_form(row["alias"], (actor_id,), "nisba")
            nisbas = [r["alias"] for r in rows if r["kind"] == "nisba"] or [n for n in map(derive_nisba, names) if n]
            for nisba in nisbas:
                for form in nisba_forms(search_form(nisba)):
                    self._add_form(form, (actor_id,), "nisba")
        both: dict[str, list[str]] = {}
        for row in load_tsv("states.tsv"):
            if row["kind"] == "both":
                both.setdefault(search_form(row["alias"]), []).append(row["iso3"].lower())
        for key, actor_ids in both.items():
            self.forms[key] = Form(tuple(actor_ids), "both")  # `الكوريتان`, `الكوريتين`: the two Koreas at once

    def _add_entries(self, name: str) -> None:
        """Bodies, groups, organisations or persons from a JSONL lexicon."""
        path = LEXICON_DIR / name
        if not path.exists():
            return
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            entry = ActorEntry.model_validate_json(line)
            self.actors[entry.actor_id] = Actor(**entry.model_dump(include=set(Actor.model_fields)))
            if entry.members:
                self.members[entry.actor_id] = entry.members
            if entry.led_by:
                self.leaders[entry.actor_id] = entry.led_by
            if entry.gender == "f":
                self.feminine.add(entry.actor_id)
            for alias in entry.aliases:
                self._add_form(alias, (entry.actor_id,), "alias")
            for alias in entry.context_aliases:
                self._add_form(alias, (entry.actor_id,), "context")

    def _add_offices(self) -> None:
        """Office terms by (country, role), for date-bounded lookups."""
        path = LEXICON_DIR / "offices.jsonl"
        if not path.exists():
            return
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                term = OfficeTerm.model_validate(json.loads(line))
                self.offices.setdefault((term.country, term.role), []).append(term)

    def _add_words(self) -> None:
        """Role words, party words, documents and events: forms that are not actors themselves."""
        for row in load_tsv("roles.tsv"):
            for form in row["forms"].split("|"):
                self._add_form(form, (), f"role:{row['role']}")
        for row in load_tsv("party_words.tsv"):
            self._add_form(row["form"], (), "party")
        for word in DOCUMENT_WORDS:
            self._add_form(word, (), "document")
        for word in EVENT_WORDS:
            self._add_form(word, (), "event")
        for row in load_tsv("not_actors.tsv"):
            self.forms[search_form(row["form"])] = Form((), "block")

    def _build_automaton(self) -> ahocorasick.Automaton:
        """One automaton over every form, plus the `ل`-forms of article-initial ones (`لعراق`)."""
        automaton = ahocorasick.Automaton()
        for key, form in self.forms.items():
            automaton.add_word(key, (key, form, False))
            if key.startswith("ال") and key[1:] not in self.forms:
                automaton.add_word(key[1:], (key, form, True))
        automaton.make_automaton()
        return automaton

    # --- finding ----------------------------------------------------------------------------------

    def find(self, text: str, folded: Fold | None = None) -> list[Mention]:
        """Find every form in a text, longest first, with clitics checked and offsets kept.

        `folded`: the text's fold when the caller has it (a document's body). Short texts (speaker
        phrases, which repeat) are answered from a cache.
        """
        if len(text) > 120 or folded is not None:
            return self._find(text, folded or fold(text))
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            cached = self._cache[text] = self._find(text, fold(text))
        return cached

    def _find(self, text: str, fold: Fold) -> list[Mention]:
        """Find every form in a text (uncached)."""
        folded = fold.text
        hits, size = [], len(folded)
        for end, (key, form, lam) in self.automaton.iter(folded):
            if end + 1 < size and (folded[end + 1].isalnum() or folded[end + 1] == "_"):
                continue  # inside a word (`\w` is alnum or `_`): two of three hits; no call for them
            start = end + 1 - (len(key) - 1 if lam else len(key))
            if _clitics_ok(folded, start, end + 1, lam):
                hits.append((start, end + 1, form))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        mentions, last_end = [], -1
        for start, end, form in hits:
            if start >= last_end:
                a, b = fold.original(start), fold.original(end - 1) + 1
                mentions.append(Mention(a, b, text[a:b], form))
                last_end = end
        return mentions

    def actor_mentions(self, text: str, folded: Fold | None = None) -> list[tuple[Mention, str]]:
        """Mentions that name one actor (`actor_mentions` rows): aliases, nisbas, capitals in use."""
        return [
            (m, m.form.actor_ids[0])
            for m in self.find(text, folded)
            if len(m.form.actor_ids) == 1
            and m.form.kind in ("alias", "nisba", "capital", "context")
            and (m.form.kind != "capital" or _capital_in_use(text, m))
            and not (m.form.kind == "nisba" and _given_name(text, m))
        ]

    # --- resolving ------------------------------------------------------------------------------

    def holder(self, country: str, role: str, on: dt.date | None, hosts: set[str | None] | None = None) -> str | None:
        """Return who held a role in a country on a date (the latest term when no date is known).

        Ambassadors are looked up by host country (`السفيرة الأمريكية في بغداد`); with no host, none.
        """
        terms = self.offices.get((country, role), [])
        if role == "ambassador":
            terms = [t for t in terms if t.host in (hosts or set())]
        if on is None:
            return max(terms, key=lambda t: t.start).person if terms else None
        return next((t.person for t in terms if t.start <= on and (t.end is None or on <= t.end)), None)

    def resolve(self, phrase: str, context: ArticleContext) -> Resolution:
        """Resolve a speaker or committer phrase to actor ids and ISO3 countries.

        Args:
            phrase: the phrase as written (`وزير الدفاع الأمريكي، لويد أوستن`, `الوفدان`, `البيان`).
            context: the article it comes from (date, principal parties, issuer of its statement).
        """
        # `الأمير تركي الفيصل`, `بن تركي`: a nisba that is a name says nothing of a state
        found = [m for m in self.find(phrase) if not (m.form.kind == "nisba" and _given_name(phrase, m, family=False))]
        result = Resolution()
        roles = [m for m in found if m.form.kind.startswith("role:")]
        subject_end = -1  # where the phrase's head, and the names coordinated with it, end
        for m in found:
            # `طهران` as the whole subject, its head (`ودانت المنامة بشدة`), in parentheses after it
            # (`المسهلان (الرياض وواشنطن)`) or coordinated with it (`بكين وواشنطن`, `الولايات المتحدة مع كوريا الجنوبية`)
            joined = subject_end >= 0 and phrase[subject_end : m.start].strip() in ("و", "", "مع")
            head = m.start == 0 or phrase[m.start - 1] == "(" or joined
            if m.form.kind in ("alias", "capital") and head:
                subject_end = m.end
            if (_locative(phrase, m) and self.is_place(m)) or (m.form.kind == "capital" and not head and not _capital_in_use(phrase, m)):
                continue  # `السفيرة الأمريكية في بغداد`, `سفير المملكة باليمن`: a place, not a party (a body is not: `is_place`)
            if m.form.kind == "context":
                self._add_context(m, found, context, result)
            elif m.form.kind in ("alias", "nisba", "capital") and len(m.form.actor_ids) == 1:
                result.add(m.form.actor_ids[0], self.speaks_for(m.form.actor_ids[0]))
            elif m.form.kind == "both":
                for actor_id in m.form.actor_ids:
                    result.add(actor_id, self.speaks_for(actor_id))
        for role in roles:
            self._add_office(phrase, role, found, context, result)
        for person in family_names(phrase, context.surnames, joined=bool(result.actor_ids)):
            result.add(person, self.actors[person].country)
        kinds = {m.form.kind for m in found}
        places = [m for m in found if m.form.kind in ("alias", "capital") and len(m.form.actor_ids) == 1 and _locative(phrase, m)]
        if "party" in kinds and places and not result.actor_ids:  # `طرفي الحرب في اليمن`: the parties of the war there
            for m in places:
                self._add_countries([c] if (c := self.actors[m.form.actor_ids[0]].country) else [], result)
        elif "party" in kinds or (not result.actor_ids and "event" in kinds):
            self._add_countries(context.principal, result)
        if not result.actor_ids and "document" in kinds:  # a document named after a place is its issuers' (`إعلان بغداد`)
            self._add_countries(context.issuers if _named_document(found) else context.issuers or context.principal, result)
        if not result.actor_ids and (context.home or context.principal) and any(r.form.kind not in ("role:official",) for r in roles):
            self._add_countries(
                [context.home] if context.home else context.principal[:1], result
            )  # `وزير الخارجية` alone: the article's own state
        return result

    def international(self, m: Mention) -> bool:
        """Whether a mention names only international organisations (`الأمم المتحدة`, `مجلس الأمن`, `الاتحاد الأوروبي`)."""
        return all(self.actors[a].kind == "organization" for a in m.form.actor_ids)

    def state_organs(self, m: Mention) -> bool:
        """Whether every actor a form may name is an organ of some state (`وزارة الخارجية`, `الحكومة`, `القوات المسلحة
        الأميركية`): an ambiguous one names that organ of whichever state it belongs to; not `التحالف`, `الصليب الأحمر`."""
        return all(self.actors[a].kind in ("government_body", "armed_force") for a in m.form.actor_ids)

    def is_place(self, m: Mention) -> bool:
        """Whether a mention names a place (a state or its capital), which `في` or `ب` makes a location; after
        them a body is what one belongs to (`مسؤول في وزارة الخارجية الأميركية`, `مصدر بالجيش اليمني`)."""
        return m.form.kind == "capital" or any(self.actors[a].kind == "state" for a in m.form.actor_ids)

    def _add_countries(self, countries: list[str], result: Resolution) -> None:
        """Add states by ISO3."""
        for iso3 in countries:
            result.add(iso3.lower(), iso3)

    def speaks_for(self, actor_id: str) -> str | None:
        """The state an actor's words and pledges are: its own, or the leader's of a coalition of states (the Saudi-led
        coalition in Yemen: SAU). Only what a source says; an article that names the coalition is not about the leader."""
        return self.actors[actor_id].country or self.leaders.get(actor_id)

    def _add_context(self, m: Mention, found: list[Mention], context: ArticleContext, result: Resolution) -> None:
        """Resolve an ambiguous form by a state named in the phrase, else the article's first party."""
        # in the order the phrase names them (a set iterates in the order of its strings' hashes, which vary by process)
        states = (self.actors[f.form.actor_ids[0]].country for f in found if f.form.kind in ("alias", "nisba") and f.form.actor_ids)
        named = list(dict.fromkeys(states))
        # `الجيش السوداني`: the nisba's state, and never the article's party instead (its state is added by the nisba).
        fallback = (
            []
            if named
            else [
                *([context.home] if context.home else []),
                *context.principal[:1],
                *(c for c, _ in context.counts.most_common()),
                *self._outlet_state(m, context),
            ]
        )
        for country in [*named, *fallback]:
            candidates = [a for a in m.form.actor_ids if self.actors[a].country == country]
            if candidates:
                result.add(candidates[0], country)
                return
            if country and not named and country == context.home and self.state_organs(m):
                result.add(country.lower(), country)  # a Tunisian radio's `وزارة الخارجية`: Tunisia's
                return

    def _outlet_state(self, m: Mention, context: ArticleContext) -> list[str]:
        """The outlet's state, last, for a form that names a state (`المملكة` in a Saudi paper's story about Turkey:
        `مفتي عام المملكة`); not for an organ (`الجيش` there is the story's, not the paper's)."""
        states = all(self.actors[a].kind == "state" for a in m.form.actor_ids)
        return [context.outlet_home] if context.outlet_home and states else []

    def _add_office(self, phrase: str, role: Mention, found: list[Mention], context: ArticleContext, result: Resolution) -> None:
        """`وزير الدفاع الأمريكي` → USA, and the holder of that office on the article's date.

        A state after `في`/`بـ` is where the office is held (`السفيرة الأمريكية في بغداد`), not whose.
        """
        after = [f for f in found if f.start >= role.end and f.form.actor_ids and f.form.kind in ("nisba", "alias", "capital", "context")]
        hosts = {self.actors[f.form.actor_ids[0]].country for f in after if _locative(phrase, f) and len(f.form.actor_ids) == 1}
        senders = [f for f in after if not _locative(phrase, f)]
        if not senders:
            return
        candidates = [c for c in (self.actors[a].country for a in senders[0].form.actor_ids) if c and c not in hosts]
        if senders[0].form.kind == "context":  # the article's parties first, else the form's first state
            ranked = [
                c
                for c in [
                    *context.principal,
                    *(c for c, _ in context.counts.most_common()),
                    *self._outlet_state(senders[0], context),
                ]
                if c in candidates
            ]
            candidates = ranked or (candidates if len(candidates) == 1 else [])  # no context: no guess
        if not candidates:
            return
        country = candidates[0]
        result.add(country.lower(), country)
        person = self.holder(country, role.form.kind.split(":", 1)[1], context.published_on, hosts)
        named_people = [f for f in found if f.form.actor_ids and self.actors[f.form.actor_ids[0]].kind == "person"]
        if person and (not named_people or person in {p.form.actor_ids[0] for p in named_people}):
            result.add(person, country)

    def state_of_place(self, place: str) -> str | None:
        """The state a dateline's place is in: a city first (`عمان` → JOR, not Oman), else a state or its capital."""
        city = cities().get(search_form(place))
        if city:
            return city
        for m in self.find(place):
            countries = {self.actors[a].country for a in m.form.actor_ids if self.actors[a].kind == "state"}
            if m.form.kind in ("alias", "capital", "context") and len(countries) == 1:
                return countries.pop()
        return None

    def table_rows(self) -> list[dict[str, object]]:
        """Rows of the `actors` table."""
        return [actor.model_dump() for actor in sorted(self.actors.values(), key=lambda a: a.actor_id)]


DOCUMENT_WORDS = ("البيان", "بيان", "بيانا", "المحضر", "محضر", "الإعلان", "إعلان", "البيان الختامي", "الوثيقة", "المذكرة")
EVENT_WORDS = (
    *("الحوار", "حوار", "الاجتماع", "اجتماع", "القمة", "قمة", "المحادثات", "المباحثات", "المشاورات", "اللقاء"),
    *("المجلس الوزاري", "الاجتماع الوزاري", "الدورة", "اجتماعه", "اجتماعها", "قمتها", "قمته"),
)
ISSUING_RE = re.compile("(?:اصدر|اصدرت|صدر|اعلن|اعلنت|نشر|نشرت|وزع|وزعت)")


@dataclass
class ArticleContext:
    """What resolution needs to know about the article a phrase comes from."""

    published_on: dt.date | None = None
    principal: list[str] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    surnames: dict[str, str] = field(default_factory=dict)
    home: str | None = None  # the article's own state: its dateline's, else its outlet's
    outlet_home: str | None = None  # the outlet's state even when the article is not home news: `المملكة` in a Saudi paper

    @classmethod
    def of(
        cls,
        gazetteer: Gazetteer,
        body: str,
        published_on: dt.date | None = None,
        mentions: list[tuple[Mention, str]] | None = None,
        dateline: str | None = None,
        outlet: str | None = None,
    ) -> ArticleContext:
        """Read an article: its principal parties, who issued the statement it reports, and its own state (its
        dateline's unless that is the outlet's desk, `desks.tsv`; else its outlet's home: `outlets.tsv`)."""
        mentions = gazetteer.actor_mentions(body) if mentions is None else mentions
        counts = Counter(c for _, a in mentions if (c := gazetteer.actors[a].country))
        principal = principal_parties(counts)
        # `الصفدي` after `أيمن الصفدي`: a person named in full is then named by the family name alone, the last word
        # (the first of people whose names put it first: `كيم` after `كيم جونغ أون`, `family_first.tsv`)
        surnames = {
            family_name(words, gazetteer.actors[a].country): a
            for m, a in mentions
            if gazetteer.actors[a].kind == "person" and len(words := search_form(m.text).split()) > 1
        }
        home = gazetteer.state_of_place(dateline) if dateline and dateline not in desks().get(outlet or "", ()) else None
        outlet_home = outlet_states().get(outlet) if outlet else None
        if home is None and outlet_home and (not principal or outlet_home in principal or _at_home(body, outlet_home, counts)):
            home = outlet_home  # a Saudi paper's wire story about Egypt is not home news
        return cls(published_on, principal, _issuers(gazetteer, body, principal, mentions), counts, surnames, home, outlet_home)


def family_name(words: list[str], country: str | None) -> str:
    """The family name of a person's folded full name, by which an article calls them again: the last word (`الصفدي`),
    two after `عبد` (`عبد الملك`: `الملك` alone is the king), the first word where names put it first (`family_first.tsv`)."""
    if country in family_first():
        return words[0]
    return " ".join(words[-2:]) if words[-2] == "عبد" else words[-1]


def family_names(phrase: str, surnames: dict[str, str], joined: bool) -> Iterator[str]:
    """The people a phrase calls by the family name the article gave them (`ArticleContext.surnames`): by any of its
    words (or two, `عبد الملك`), or with `joined` only by its first word or one after `و`, a party it joins to others
    (`كيم ورئيس كوريا الجنوبية مون جاي إن`)."""
    words = search_form(phrase).split()
    for n, word in enumerate(words):
        heads_joint = n == 0 and len(words) > 1 and words[1][0] == "و"
        if joined and not heads_joint and word[0] != "و":
            continue
        pair = " ".join(words[n : n + 2]).lstrip("وف")
        if (person := surnames.get(pair) or surnames.get(word.lstrip("وف"))) is not None:
            yield person


def principal_parties(counts: Counter[str]) -> list[str]:
    """The one or two states an article is about: most named, the second at least a quarter as often."""
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[1][1] * 4 < ranked[0][1]:
        ranked = ranked[:1]
    return [c for c, _ in ranked]


def _issuers(gazetteer: Gazetteer, body: str, principal: list[str], mentions: list[tuple[Mention, str]]) -> list[str]:
    """Who the text says issued its statement: `أصدرت الولايات المتحدة … بيانًا` → USA; a summit's statement
    (`وصدر في نهاية أعمال القمة بيانها الختامي`) is the member states' of the organisation the article names."""
    for sentence in re.split(r"[.\n؟!]", body):
        if "بيان" not in sentence:  # cheap test before folding (diacritics inside the word are rare)
            continue
        key = search_form(sentence)
        at = key.find("بيان")
        if at < 0 or not ISSUING_RE.search(key[:at]):
            continue
        if "مشترك" in key:
            return principal
        summit = any(m.form.kind == "event" for m in gazetteer.find(sentence[: sentence.find("بيان")]))
        organisation = next((a for _, a in mentions if gazetteer.members.get(a)), None) if summit else None
        if organisation is not None:
            return list(gazetteer.members[organisation])
        issuing = ISSUING_RE.search(key)
        named = gazetteer.actor_mentions(sentence)
        countries = [gazetteer.actors[a].country for m, a in named if m.start < at + 5]
        found = [c for c in dict.fromkeys(countries) if c]
        if found:  # the subject of the issuing verb: the first state named after it
            after = [gazetteer.actors[a].country for m, a in named if issuing and m.start >= issuing.start()]
            return [c for c in after if c][:1] or found[:1]
    return []


def _alpha2(iso3: str) -> str:
    """Return the alpha-2 code of an alpha-3 one."""
    return next(k for k, v in _alpha3().items() if v == iso3)


def _clitics_ok(folded: str, start: int, end: int, lam: bool) -> bool:
    """Accept a hit only at word end, with nothing before it but a clitic chain (`وب`, `لل`)."""
    if end < len(folded) and _WORD_CHAR_RE.match(folded[end]):
        return False
    word_start = start
    while word_start > 0 and _WORD_CHAR_RE.match(folded[word_start - 1]):
        word_start -= 1
    prefix = folded[word_start:start]
    return prefix in LAM_PROCLITICS if lam else prefix in PROCLITICS


def _given_name(text: str, m: Mention, family: bool = True) -> bool:
    """Tell whether a nisba after a title or `بن` is part of a person's name: a bare one is a given name (`العقيد الركن
    تركي المالكي`, `الأمير عبد العزيز بن تركي الفيصل`); after a title, a definite one is a family name when no name
    follows it (`وأشار الدكتور التركي إلى أن`, the Muslim World League's secretary-general), not a nationality
    (`المهندس التونسي محمد`). Without `family`, only the given name (a source phrase ends where the body goes on:
    `عبد الستار الحرباني المهندس السوري` is Syrian)."""
    if m.start == 0:
        return False
    before = text[max(0, m.start - 20) : m.start].split()
    title = search_form(before[-1]) if before else ""
    bare = not m.text.lstrip("وفبلك").startswith(("ال", "\u0627\u0644"))
    if title in PATRONYMICS:
        return bare
    if title not in TITLES:
        return False
    if bare or not family:
        return bare
    words = [w for w in text[m.end : m.end + 30].replace("،", " ").replace(",", " ").split() if w[0].isalpha()]
    no_name = not words or search_form(words[0]) in FUNCTION_WORDS  # `اللواء التركي، أن`; not `المهندس الفلسطيني، محمد`
    place = len(before) > 1 and search_form(before[-2].lstrip("وفبل") + " " + before[-1]) in cities()  # `بشرم الشيخ المصرية`
    return title in FAMILY_TITLES and no_name and not place


PATRONYMICS = frozenset(search_form(w) for w in "بن ابن بنت".split())
"""`بن تركي`: the word after these is a father's name."""
FUNCTION_WORDS = frozenset(search_form(w) for w in "في إلى الى عن أن إن أنه إنه بأن".split())
"""Words after a title and a nisba that show no name follows (`الدكتور التركي إن`): the nisba is a family name."""


def _named_document(found: list[Mention]) -> bool:
    """A document named after a place (`إعلان بكين`, `إعلان جدة`): its issuer is not a state."""
    return any(a.form.kind == "document" and b.form.kind == "capital" and 0 <= b.start - a.end <= 2 for a, b in pairwise(found))


def _locative(text: str, m: Mention) -> bool:
    """Tell whether a mention follows `في`, `لدى`, `إلى` or a glued `ب` (`في بغداد`, `باليمن`, `سفير … لدى الأردن`), or
    an envoy's glued `ل` (`المبعوث الأممي لليمن`): a place."""
    word_start = m.start
    while word_start > 0 and _WORD_CHAR_RE.match(text[word_start - 1]):
        word_start -= 1
    before = search_form(text[max(0, word_start - 6) : word_start]).split()
    return "ب" in text[word_start : m.start] or (bool(before) and before[-1] in LOCATIVES) or _sent_to(text, m, word_start)


def _sent_to(text: str, m: Mention, word_start: int) -> bool:
    """Whether a mention (its word starting at `word_start`) is glued to `ل` after an envoy's head that takes it
    (`heads.tsv`, `posted`): where he is sent (`المبعوث الأممي لليمن`)."""
    if "ل" not in text[word_start : m.start]:
        return False
    return any(w.removeprefix("و") in SENT_HEADS for w in search_form(text[:word_start]).split())


SENT_HEADS = frozenset(
    search_form(prefix + form)
    for row in load_tsv("heads.tsv")
    if "ل" in row["posted"].split("|")
    for form in filter(None, (row["head"], row["feminine"]))
    for prefix in ("", "ال")
)
"""Envoys' heads after which a state glued to `ل` is where the envoy is sent (`heads.tsv`, `posted`)."""
LOCATIVES = frozenset(search_form(w) for w in ("في", "لدى", "إلى"))
"""Prepositions after which a state or capital is where someone is, serves or is sent (`المبعوث الأمريكي إلى سوريا`),
not whose they are."""


def _capital_in_use(text: str, m: Mention) -> bool:
    """A capital names its state where a verb agrees with it: `أعلنت واشنطن`, `بغداد تؤكد`."""
    before = search_form(text[max(0, m.start - 30) : m.start]).split()
    after = search_form(text[m.end : m.end + 30]).split()
    glued = before[-1] if before and not text[m.start - 1 : m.start].isspace() else ""
    prev = before[-2] if glued and len(before) > 1 else (before[-1] if before and not glued else "")
    nxt = after[0] if after else ""
    if prev in PREPOSITIONS or any(c in glued for c in "بل"):  # `في بغداد`, `ببغداد`, `لواشنطن`
        return False
    verb_before = len(prev) >= 3 and (prev.endswith("ت") or prev.lstrip("وف").startswith("ت"))
    verb_after = len(nxt) >= 3 and nxt.lstrip("وف").startswith(("ت", "ست"))  # `بغداد تؤكد`, `طهران ستسمح`
    return verb_before or verb_after


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use: about a second)."""
    return Gazetteer()
