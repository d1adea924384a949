"""Lexicons are data: every entry has an example it matches, and none fires far too often."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import pytest

from pipeline.clean import clean, make_line
from pipeline.lexicon import LEXICON_DIR, lexicon_version, load_tsv
from pipeline.segment import tokens
from pipeline.text import fold_letters, search_form
from tests.helpers import CORPUS, corpus_records

HEADLINE = "العراق والولايات المتحدة يختتمان الحوار الأمني المشترك"
FURNITURE = load_tsv("furniture.tsv")


@pytest.mark.parametrize("name", sorted(p.name for p in LEXICON_DIR.glob("*.tsv")))
def test_every_lexicon_declares_a_version(name: str) -> None:
    assert lexicon_version(name) >= 1
    assert load_tsv(name)


@pytest.mark.parametrize("row", FURNITURE, ids=lambda r: r["example"][:40])
def test_every_furniture_entry_matches_its_example(row: dict[str, str]) -> None:
    assert re.fullmatch(fold_letters(row["pattern"]), make_line(row["example"]).key, re.IGNORECASE)


@pytest.mark.parametrize("row", load_tsv("places.tsv"), ids=lambda r: r["place"])
def test_every_place_is_read_as_the_dateline_of_its_example(row: dict[str, str]) -> None:
    assert clean(f"{HEADLINE}\n\n{row['example']}").dateline == row["place"]


@pytest.mark.parametrize("row", load_tsv("agencies.tsv"), ids=lambda r: r["name"])
def test_every_agency_is_read_as_the_outlet_of_its_example(row: dict[str, str]) -> None:
    assert clean(f"{HEADLINE}\n\n{row['example']}").outlet == row["name"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_no_furniture_entry_fires_far_too_often_on_the_corpus() -> None:
    lines = [make_line(ln).key for r in corpus_records(3000) for ln in r["text"].split("\n") if ln.strip()]
    fired: Counter[str] = Counter()
    for row in FURNITURE:
        pattern = re.compile(fold_letters(row["pattern"]), re.IGNORECASE)
        fired[row["example"]] = sum(1 for key in lines if pattern.fullmatch(key))
    too_often = {example: n for example, n in fired.items() if n > 0.01 * len(lines)}
    assert not too_often, f"entries matching over 1% of {len(lines)} corpus lines: {too_often}"
    never = [example for example, n in fired.items() if n == 0]
    print(f"\n{len(never)} of {len(FURNITURE)} furniture entries never fire on this corpus sample: {never}")


@pytest.mark.parametrize("row", load_tsv("titles.tsv"), ids=lambda r: r["title"])
def test_every_title_opens_the_speaker_of_its_example(row: dict[str, str]) -> None:
    from tests.helpers import statements_of

    text = row["example"].rsplit(" (corpus", 1)[0]
    assert any(search_form(row["title"]) in search_form(s.speaker).split() for s in statements_of(text)), text


@pytest.mark.parametrize("row", load_tsv("occasions.tsv"), ids=lambda r: r["occasion"])
def test_no_occasion_starts_the_content_of_its_example(row: dict[str, str]) -> None:
    from tests.helpers import statements_of

    found = statements_of(row["example"])
    assert found, row["example"]
    assert not any(row["example"][s.content_start :].startswith(("في ", "خلال ")) for s in found), row["example"]


@pytest.mark.parametrize("row", load_tsv("adverbs.tsv"), ids=lambda r: r["adverb"])
def test_no_adverb_is_the_speaker_in_its_example(row: dict[str, str]) -> None:
    from tests.helpers import statements_of

    assert search_form(row["adverb"]) in [t.key for t in tokens(row["example"])]
    assert all(search_form(row["adverb"]) not in search_form(s.speaker).split() for s in statements_of(row["example"]))


@pytest.mark.parametrize("row", load_tsv("object_nouns.tsv"), ids=lambda r: r["noun"])
def test_no_object_noun_begins_a_source_in_its_example(row: dict[str, str]) -> None:
    from pipeline.syntax import OBJECT_NOUNS, object_noun
    from tests.helpers import statements_of

    noun = search_form(row["noun"])
    assert (noun in OBJECT_NOUNS) is (row["possessed"] != "y") and any(
        object_noun(t.key) or object_noun(t.key.removeprefix("و")) for t in tokens(row["example"])
    )
    # never in a source, first word or after a complete subject (`أعلنت الشرطة الإسرائيلية إطلاق النار`)
    assert all(not any(object_noun(w) for w in search_form(s.speaker).split()) for s in statements_of(row["example"]))


@pytest.mark.parametrize("row", load_tsv("desks.tsv"), ids=lambda r: r["outlet"])
def test_an_outlets_desk_is_its_examples_dateline_and_makes_no_state_its_own(row: dict[str, str]) -> None:
    from pipeline.actors import ArticleContext, gazetteer

    cleaned = clean(f"ارتفاع معدل التضخم خلال يوليو الماضي\n\n{row['example']}.\n\nوقال الجهاز في بيان إن المعدل تراجع.")
    assert cleaned.dateline == row["desk"]
    assert gazetteer().state_of_place(row["desk"])  # the desk is a place (that would otherwise be the own state)
    assert ArticleContext.of(gazetteer(), cleaned.body, dateline=cleaned.dateline, outlet=row["outlet"]).home is None


@pytest.mark.parametrize("row", load_tsv("not_sources.tsv"), ids=lambda r: r["word"])
def test_no_rule_or_measure_is_the_source_of_its_example(row: dict[str, str]) -> None:
    from tests.helpers import statements_of

    assert search_form(row["word"]).removeprefix("ال") in search_form(row["example"])
    assert all(search_form(row["word"]).removeprefix("ال") not in search_form(s.speaker) for s in statements_of(row["example"]))


@pytest.mark.parametrize("row", load_tsv("b_adverbials.tsv"), ids=lambda r: r["word"])
def test_no_b_adverbial_is_part_of_a_speaker_in_its_example(row: dict[str, str]) -> None:
    from tests.helpers import statements_of

    assert row["kind"] in ("manner", "preposition")
    assert search_form(row["word"]) in [t.key for t in tokens(row["example"])]
    assert all(search_form(row["word"]) not in search_form(s.speaker).split() for s in statements_of(row["example"]))


@pytest.mark.parametrize("row", load_tsv("governed.tsv"), ids=lambda r: f"{r['word']} {r['preposition']}")
def test_a_titles_own_preposition_belongs_to_the_speaker_in_its_example(row: dict[str, str]) -> None:
    from pipeline.syntax import GOVERNED
    from tests.helpers import statements_of

    first = statements_of(row["example"])[0]
    preposition = search_form(row["preposition"])
    pairs = pairwise(search_form(first.speaker).split())
    assert any(p == preposition and (w.removeprefix("و"), p) in GOVERNED for w, p in pairs)  # `مصادر مقربة من التحقيق`
    assert row["example"][first.content_start :].split()[0] != row["preposition"]


@pytest.mark.parametrize("row", load_tsv("family_first.tsv"), ids=lambda r: r["country"])
def test_a_family_name_first_is_the_first_word_of_a_known_person_of_that_state(row: dict[str, str]) -> None:
    from pipeline.actors import family_name, gazetteer

    g = gazetteer()
    names = {
        family_name(search_form(a.name_ar).split(), a.country)
        for a in g.actors.values()
        if a.kind == "person" and a.country == row["country"]
    }
    assert names & {t.key.removeprefix("و") for t in tokens(row["example"])}  # `وأضاف كيم`, `وحث مون`


@pytest.mark.parametrize("row", load_tsv("agreements.tsv"), ids=lambda r: r["word"])
def test_every_agreement_word_is_found_in_its_example(row: dict[str, str]) -> None:
    from pipeline.chains import agreement_noun, agreement_words

    keys = [t.key for t in tokens(row["example"])]
    _, finite, nonfinite = agreement_words()
    assert row["kind"] in ("noun", "verb", "link", "end")
    if row["kind"] == "noun":
        assert any(agreement_noun(k) and search_form(row["word"]) in k for k in keys)
    elif row["kind"] == "verb":
        assert any(k in finite | nonfinite for k in keys)
    else:  # a link or an end word, after an agreement in the same sentence
        noun = next(n for n, k in enumerate(keys) if agreement_noun(k))
        assert search_form(row["word"]) in keys[noun:]


@pytest.mark.parametrize("row", load_tsv("workplaces.tsv"), ids=lambda r: r["word"])
def test_where_a_source_works_is_part_of_the_speaker_in_its_example(row: dict[str, str]) -> None:
    from tests.helpers import statements_of

    word = search_form(row["word"])
    assert any(t.key in ("ب" + word, "بال" + word) for t in tokens(row["example"]))
    assert any(w in ("ب" + word, "بال" + word) for w in search_form(statements_of(row["example"])[0].speaker).split())
