"""Actors: the gazetteer is complete and consistent; real phrases resolve to actors and countries."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from pipeline.actors import ArticleContext, Gazetteer, cldr_states, derive_nisba, gazetteer, nisba_forms
from pipeline.chains import resolve_source
from pipeline.clean import clean
from pipeline.lexicon import load_tsv
from pipeline.text import MARKS_RE, fold, search_form
from tests.helpers import SAMPLE_000, SAMPLE_002, analysed, sample_text


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return gazetteer()


@pytest.fixture(scope="module")
def ctx_000(g: Gazetteer) -> ArticleContext:
    return ArticleContext.of(g, sample_text(SAMPLE_000), dt.date(2023, 8, 9))


@pytest.fixture(scope="module")
def ctx_002(g: Gazetteer) -> ArticleContext:
    return ArticleContext.of(g, sample_text(SAMPLE_002), dt.date(2023, 8, 8))


def test_every_cldr_state_has_an_arabic_name(g: Gazetteer) -> None:
    states = {a.country for a in g.actors.values() if a.kind == "state"}
    assert set(cldr_states()) <= states
    assert len(states) > 240
    assert all(re.search("[\u0621-\u064a]", a.name_ar) for a in g.actors.values() if a.kind == "state")


def test_actor_ids_and_countries_are_well_formed(g: Gazetteer) -> None:
    for actor in g.actors.values():
        assert re.fullmatch(r"[a-z0-9_.]+", actor.actor_id), actor
        assert actor.country is None or re.fullmatch(r"[A-Z]{3}", actor.country), actor
        assert actor.aliases, actor


def test_an_alias_names_one_actor_unless_declared_ambiguous(g: Gazetteer) -> None:
    for key, form in g.forms.items():
        if form.kind in ("alias", "nisba", "capital"):
            assert len(form.actor_ids) == 1, (key, form)
        if form.kind == "context":
            assert form.actor_ids, key


@pytest.mark.parametrize(
    ("name", "nisba"),
    [
        ("العراق", "عراقي"),
        ("سوريا", "سوري"),
        ("تركيا", "تركي"),
        ("فرنسا", "فرنسي"),
        ("مصر", "مصري"),
        ("الأردن", "أردني"),
        ("ليبيا", "ليبي"),
    ],
)
def test_nisba_is_derived_by_rule(name: str, nisba: str) -> None:
    assert derive_nisba(name) == nisba


def test_nisba_inflections_cover_gender_number_and_article() -> None:
    forms = set(nisba_forms("عراقي"))
    assert {"عراقي", "عراقيه", "العراقيون", "العراقيين", "العراقيات", "العراقيان", "عراقيتان"} <= forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأكد الوفد العراقي", ["irq"]),
        ("للعراق", ["irq"]),
        ("والعراق", ["irq"]),
        ("بالعراق", ["irq"]),
        ("فالولايات المتحدة", ["usa"]),
        ("القواتُ الأمريكيّة", ["usa"]),
        ("الأميركيين", ["usa"]),
        ("القوات الإسرائيلية", ["isr"]),
        ("العراقيون", ["irq"]),
        ("وأعلنت واشنطن", ["usa"]),
        ("وصل الوفد إلى بغداد", []),
        ("السفيرة الأمريكية في بغداد", ["usa"]),
        ("عراقيات", ["irq"]),
        ("العراقة", []),
        ("عراقيل", []),
        ("أمريكا اللاتينية", []),
    ],
)
def test_mentions_respect_clitics_and_word_ends(g: Gazetteer, text: str, expected: list[str]) -> None:
    countries = [g.actors[a].country for _, a in g.actor_mentions(text)]
    assert [c.lower() for c in countries if c in ("IRQ", "USA", "ISR")] == expected


def test_mention_offsets_point_into_the_text_even_with_diacritics(g: Gazetteer) -> None:
    text = "وأكّدَ الوفدُ العِراقيُّ التزامَه، وقالت الولاياتُ المتّحدة إنها ستواصل."
    found = g.actor_mentions(text)
    assert [a for _, a in found] == ["irq", "usa"]
    for m, _ in found:
        assert text[m.start : m.end] == m.text
    assert search_form(found[0][0].text) == "العراقي"


DEV_000 = [
    ("البيان", ["USA"]),
    ("الوفدان", ["USA", "IRQ"]),
    ("الولايات المتحدة الأمريكية", ["USA"]),
    ("حكومة العراق", ["IRQ"]),
    ("محضر الاجتماع", ["USA", "IRQ"]),
    ("وزير الدفاع الأمريكي، لويد أوستن", ["USA"]),
    ("الالتزام الثنائي", ["USA", "IRQ"]),
    ("الوفدين العراقي والأمريكي", ["IRQ", "USA"]),
    ("الولايات المتحدة وجمهورية العراق", ["USA", "IRQ"]),
]
DEV_002 = [
    ("الانتهاء الناجح لحوار التعاون الأمني الافتتاحي", ["USA", "IRQ"]),
    ("البلدان", ["USA", "IRQ"]),
    ("البيان", ["USA", "IRQ"]),
    ("الجانبان", ["USA", "IRQ"]),
    ("الوفدان الأمريكي والعراقي", ["USA", "IRQ"]),
    ("الوفود", ["USA", "IRQ"]),
    ("حكومة العراق", ["IRQ"]),
    ("وزارتا الدفاع العراقية والأمريكية", ["IRQ", "USA"]),
    ("البلدين", ["USA", "IRQ"]),
    ("الوفدان العراقي والأمريكي", ["IRQ", "USA"]),
    ("الولايات المتحدة وجمهورية العراق", ["USA", "IRQ"]),
]


@pytest.mark.parametrize(("phrase", "countries"), DEV_000)
def test_dev_000_speakers_and_committers(g: Gazetteer, ctx_000: ArticleContext, phrase: str, countries: list[str]) -> None:
    assert sorted(g.resolve(phrase, ctx_000).countries) == sorted(countries)


@pytest.mark.parametrize(("phrase", "countries"), DEV_002)
def test_dev_002_speakers_and_committers(g: Gazetteer, ctx_002: ArticleContext, phrase: str, countries: list[str]) -> None:
    assert sorted(g.resolve(phrase, ctx_002).countries) == sorted(countries)


def test_unqualified_ministry_resolves_to_the_outlets_country(g: Gazetteer) -> None:
    cleaned = clean(sample_text(SAMPLE_000))  # an Iraqi outlet (`ألترا عراق`) reports `بيان لوزارة الدفاع`
    assert cleaned.outlet == "ألترا عراق"
    doc = analysed(cleaned.body, dateline=cleaned.dateline, outlet=cleaned.outlet)
    assert resolve_source(doc, g, "بيان لوزارة الدفاع", len(doc.body)).countries == ["IRQ"]
    assert resolve_source(analysed(cleaned.body), g, "بيان لوزارة الدفاع", len(doc.body)).countries != ["IRQ"]


NO_CONTEXT = ArticleContext()
PHRASES = [
    # real speaker / committer phrases from ../shared/gold/dev2 and the corpus, context-free
    ("السعودية والولايات المتحدة الأميركية", ["SAU", "USA"]),
    ("الرئيس بايدن", ["USA"]),
    ("وزارة الخارجية القطرية", ["QAT"]),
    ("لجنة المتابعة القطرية البحرينية", ["QAT", "BHR"]),
    ("وزير الخارجية الكويتي الشيخ أحمد ناصر المحمد الصباح", ["KWT"]),
    ("دولة الكويت", ["KWT"]),
    ("الكويت", ["KWT"]),
    ("الإمارات", ["ARE"]),
    ("دولة الإمارات العربية المتحدة", ["ARE"]),
    ("وزير الدولة الإماراتي", ["ARE"]),
    ("الرئيس اليمني، عبدربه منصور هادي", ["YEM"]),
    ("الخارجية السعودية", ["SAU"]),
    ("وزارة الخارجية السعودية", ["SAU"]),
    ("نائب رئيس الوزراء، وزير الخارجية الأردني، أيمن الصفدي", ["JOR"]),
    ("الأردن", ["JOR"]),
    ("لبنان", ["LBN"]),
    ("وكالة الأنباء السورية", ["SYR"]),
    ("المملكة المتحدة", ["GBR"]),
    ("وزارة الخارجية البريطانية", ["GBR"]),
    ("وزير الخارجية السوري، أسعد الشيباني", ["SYR"]),
    ("الرئيس التركي", ["TUR"]),
    ("رئيس الوزراء العراقي، محمد شياع السوداني", ["IRQ"]),
    ("وزارة النفط العراقية", ["IRQ"]),
    ("وزير الطاقة السعودي", ["SAU"]),
    ("وزير الطاقة السعودي الأمير عبد العزيز بن سلمان ونظيره العراقي حيان عبد الغني", ["SAU", "IRQ"]),
    ("الرئيس السوري بشار الأسد ونظيره الإيراني إبراهيم رئيسي", ["SYR", "IRN"]),
    ("وزير الخارجية الصيني وانغ يي", ["CHN"]),
    ("رئيس وزراء قطر", ["QAT"]),
    ("وزير خارجية قطر", ["QAT"]),
    ("مسؤول أمريكي", ["USA"]),
    ("مسؤول إسرائيلي", ["ISR"]),
    ("القوات الإسرائيلية", ["ISR"]),
    ("إيران", ["IRN"]),
    ("رئيس الوكالة الإيرانية للطاقة الذرية علي أكبر صالحي", ["IRN"]),
    ("وزير الخارجية الأميركي مايك بومبيو", ["USA"]),
    ("وفدان إيرانيان من الفنيين والخبراء", ["IRN"]),
    ("الجيش السوداني وقوات الدعم السريع", ["SDN"]),
    ("الولايات المتحدة", ["USA"]),
    ("جلالة السلطان المعظم وسُمو وليِّ العهد السعودي", ["SAU"]),
    ("السفيرة الأمريكية في بغداد", ["USA"]),
    ("وأعلنت طهران", ["IRN"]),
]


@pytest.mark.parametrize(("phrase", "countries"), PHRASES)
def test_real_phrases_resolve_to_their_countries(g: Gazetteer, phrase: str, countries: list[str]) -> None:
    assert sorted(g.resolve(phrase, NO_CONTEXT).countries) == sorted(countries)


def test_an_ambassador_belongs_to_the_sending_state_not_the_host(g: Gazetteer) -> None:
    ctx = ArticleContext(principal=["SAU", "YEM"])
    assert g.resolve("سفير المملكة باليمن محمد بن سعيد آل جابر", ctx).countries == ["SAU"]
    assert g.resolve("السفيرة الأمريكية في بغداد", NO_CONTEXT).countries == ["USA"]


def test_the_outlets_state_settles_a_state_word_the_story_does_not(g: Gazetteer) -> None:
    # round 32 statements row 80 (corpus:saudinewsnet-005.jsonl.gz#316, al-Jazirah on Turkey): `المملكة` is Saudi
    # Arabia, not the story's Turkey; but `الجيش` in a Saudi paper's story about Nigeria is not the Saudi army,
    # and a story that names Jordan keeps `المملكة` for Jordan
    story = ArticleContext(principal=["TUR"], outlet_home="SAU")
    assert g.resolve("سماحة مفتي عام المملكة", story).countries == ["SAU"]
    assert g.resolve("المتحدث باسم الجيش", ArticleContext(principal=["NGA"], outlet_home="SAU")).countries == []
    jordan = ArticleContext(principal=["TUR"], counts=Counter({"TUR": 3, "JOR": 1}), outlet_home="SAU")
    assert g.resolve("المملكة", jordan).countries == ["JOR"]


def test_every_roles_lexicon_example_names_its_role(g: Gazetteer) -> None:
    for row in load_tsv("roles.tsv"):
        kinds = {m.form.kind for m in g.find(row["example"])}
        assert f"role:{row['role']}" in kinds, row["example"]


def test_every_states_lexicon_example_mentions_its_state(g: Gazetteer) -> None:
    for row in load_tsv("states.tsv"):
        if row["kind"] == "context":  # ambiguous on purpose: the form lists the state among others
            assert row["iso3"].lower() in g.forms[search_form(row["alias"])].actor_ids
        elif row["kind"] == "both":  # `الكوريتان`: the example names this state with the other
            assert row["iso3"] in g.resolve(row["example"], ArticleContext()).countries, row["example"]
        else:
            assert row["iso3"].lower() in {a for _, a in g.actor_mentions(row["example"])}, row["example"]


def test_every_party_word_example_resolves_to_the_principal_parties(g: Gazetteer) -> None:
    ctx = ArticleContext(principal=["USA", "IRQ"])
    for row in load_tsv("party_words.tsv"):
        assert g.resolve(row["example"], ctx).countries[:2] != [], row["example"]


@pytest.mark.parametrize(
    ("published", "person"),
    [
        (dt.date(2023, 8, 9), "person.lloyd_austin"),
        (dt.date(2025, 6, 1), "person.pete_hegseth"),
        (dt.date(2018, 5, 1), "person.jim_mattis"),
    ],
)
def test_an_office_resolves_to_its_holder_on_the_articles_date(g: Gazetteer, published: dt.date, person: str) -> None:
    resolved = g.resolve("وزير الدفاع الأمريكي", ArticleContext(published_on=published))
    assert resolved.countries == ["USA"]
    assert resolved.actor_ids == ["usa", person]


@pytest.mark.parametrize(
    ("phrase", "actor_ids"),
    [
        ("البنتاغون", ["usa.dod"]),
        ("الحشد الشعبي", ["irq.pmf"]),
        ("تنظيم داعش", ["grp.isis"]),
        ("رئيس الوزراء العراقي، محمد شياع السوداني", ["irq", "person.mohammed_shia_al_sudani"]),
        ("الرئيس بايدن", ["person.joe_biden", "usa"]),
        ("وزير الخارجية الأميركي مايك بومبيو", ["usa", "person.mike_pompeo"]),
    ],
)
def test_phrases_resolve_to_their_actor_ids(g: Gazetteer, phrase: str, actor_ids: list[str]) -> None:
    assert sorted(g.resolve(phrase, NO_CONTEXT).actor_ids) == sorted(actor_ids)


def test_offsets_map_between_a_text_and_its_folded_form_both_ways() -> None:
    text = "وأكدَ الوزيرُ أنّ الحكومةَ ستواصلُ العملَ مع الشركاءِ ـــ كما هو مقرر."
    folded = fold(text)
    assert folded.text == "واكد الوزير ان الحكومه ستواصل العمل مع الشركاء  كما هو مقرر."
    kept = [i for i, ch in enumerate(text) if not MARKS_RE.match(ch)]
    assert [folded.folded(i) for i in kept] == list(range(len(folded.text)))
    assert [folded.original(folded.folded(i)) for i in kept] == kept


def test_every_not_actor_phrase_hides_the_name_inside_it(g: Gazetteer) -> None:
    # `بنين` (boys, in Saudi school news) is also Benin: `الوظائف التعليمية بنين` names no state
    for row in load_tsv("not_actors.tsv"):
        at = row["example"].find(row["form"])
        assert at >= 0, row["form"]
        hidden = [m for m, _ in g.actor_mentions(row["example"]) if m.start < at + len(row["form"]) and at < m.end]
        assert hidden == [], row["form"]


@pytest.mark.parametrize(
    ("text", "nisba", "state"),
    [
        # saudinewsnet-004.jsonl.gz#3749: the Saudi interior ministry's spokesman, General Mansour Al-Turki
        ("وقال اللواء التركي إن تنظيم داعش الإرهابي استغل شبكات التواصل الاجتماعي للدعاية للتنظيم.", "التركي", None),
        # saudinewsnet-004.jsonl.gz#730: the Muslim World League's secretary-general (round 5 row 44 was given TUR)
        ("وعبر الدكتور التركي عن أسفه البالغ باستمرار هذه الأعمال.", "التركي", None),
        # ant-multisource-002.jsonl.gz#2823: a name after the comma: a nationality
        ("وأكد أن هذه الحادثة تذكره باغتيال المهندس الفلسطيني، محمد الزواري، في تونس عام 2016.", "الفلسطيني", "pse"),
        # saudinewsnet-002.jsonl.gz#614: `الشيخ` inside a place's name is no title
        ("في البطولة العربية لكرة السلة المقامة بشرم الشيخ المصرية، وهو سادس أيام البطولة.", "المصرية", "egy"),
    ],
)
def test_a_nisba_after_a_title_with_no_name_after_it_is_a_family_name(g: Gazetteer, text: str, nisba: str, state: str | None) -> None:
    found = [a for m, a in g.actor_mentions(text) if m.text == nisba]
    assert found == ([state] if state else [])


@pytest.mark.parametrize(
    ("phrase", "countries"),
    [
        # blind round 26, statements row 60 (Hungary's PM given FRA): `المجر` and `المجرية` name Hungary (`states.tsv` v2)
        ("المجر", ["HUN"]),
        ("الحكومة المجرية", ["HUN"]),
        # but not the words they look like: `مجريات التحقيق` (the course of), `المجرى الملاحي` (the channel)
        ("مصادر مطلعة على مجريات التحقيق", []),
        ("المجرى الملاحي", []),
    ],
)
def test_hungary_by_its_arabic_name_and_not_its_homographs(g: Gazetteer, phrase: str, countries: list[str]) -> None:
    assert g.resolve(phrase, ArticleContext()).countries == countries
