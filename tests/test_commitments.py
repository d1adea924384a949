"""Commitments on real sentences: cue forms, committer, action, conditions, timeframe; offsets into the body."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from pipeline import commitment_checks
from pipeline.actors import ArticleContext, gazetteer
from pipeline.article import commitment_rows, statement_rows
from pipeline.clean import clean
from pipeline.commitment_cues import FUTURE_RE, commitment_forms, future_verb, light_verbs, markers, phrase_at
from pipeline.commitments import find_commitments
from pipeline.lexicon import load_tsv
from pipeline.segment import sentences, tokens
from pipeline.slots import FoundCommitment, due_date
from pipeline.statements import find_statements
from pipeline.text import search_form
from tests.helpers import CORPUS, GOLD_DEV2, SAMPLE_000, SAMPLE_002, analysed, commitments_of, corpus_records, sample_text

NO_CONTEXT = ArticleContext()


def _found(text: str, context: ArticleContext = NO_CONTEXT) -> list[FoundCommitment]:
    return commitments_of(text, context)


def _one(text: str, context: ArticleContext = NO_CONTEXT) -> tuple[str, str, str, list[str]]:
    found = _found(text, context)
    assert len(found) == 1, (text, [text[c.action_start : c.action_end] for c in found])
    c = found[0]
    return c.committer, c.kind, text[c.action_start : c.action_end], list(c.countries)


@pytest.mark.parametrize("row", load_tsv("commitment_cues.tsv"), ids=lambda r: r["lemma"])
def test_every_cue_entry_finds_a_commitment_of_its_kind_in_its_example(row: dict[str, str]) -> None:
    found = _found(row["example"])
    assert [c.kind for c in found][:1] == [row["kind"]], row["example"]


@pytest.mark.parametrize(
    "form",
    ["التزم", "التزمت", "التزما", "التزموا", "يلتزم", "تلتزم", "يلتزمون", "ملتزم", "ملتزمة", "ملتزمان", "ملتزمون", "ملتزمين",
     "التزامها", "التزامهما", "بالتزامه", "والالتزام", "للالتزام", "تعهد", "تعهدت", "تعهدوا", "يتعهد", "تتعهد", "تعهدها",
     "تعتزم", "يعتزم", "يعتزمون", "اعتزامها", "عزمها", "عزمه", "نيتها", "نيتهما", "تنوي", "ينوي", "ينوون", "تخطط", "يخططون",
     "اتفق", "اتفقا", "اتفقت", "اتفقوا", "يتفقان", "وافق", "وافقت", "يوافق", "توافق", "موافقتها", "وتعهد", "فاتفق"],
)  # fmt: skip
def test_cue_forms_cover_every_conjugation_and_clitic(form: str) -> None:
    assert search_form(form) in commitment_forms()


@pytest.mark.parametrize("word", ["فنية", "سياسة", "التزامات", "تعهدات", "بيان"])
def test_words_that_only_look_like_cues_are_not_cues(word: str) -> None:
    assert search_form(word) not in commitment_forms()


@pytest.mark.parametrize(
    ("text", "committer", "kind", "action", "countries"),
    [
        # the possessor of a verbal noun is the subject of the verb that governs it
        ("أكدت حكومة العراق من جديد التزامها بحماية أفراد ومستشارين الولايات المتحدة والتحالف الدولي.",
         "حكومة العراق", "pledge", "حماية أفراد ومستشارين الولايات المتحدة والتحالف الدولي", ["IRQ"]),
        ("تعتزم الولايات المتحدة وجمهورية العراق التشاور بشأن عملية مستقبلية.",
         "الولايات المتحدة وجمهورية العراق", "intent", "التشاور بشأن عملية مستقبلية", ["USA", "IRQ"]),
        ("وأوضح البيان أن الوفدين العراقي والأمريكي ملتزمان بتشكيل لجنة عسكرية عليا.",
         "الوفدين العراقي والأمريكي", "pledge", "تشكيل لجنة عسكرية عليا", ["IRQ", "USA"]),
        ("أكد الرئيس بايدن على التزام الولايات المتحدة القوي والدائم بدعم أمن المملكة والدفاع عن أراضيها.",
         "الولايات المتحدة", "pledge", "دعم أمن المملكة والدفاع عن أراضيها", ["USA"]),
        ("وتعهد الاتحاد الأوروبي، خلال مؤتمر المانحين في بروكسل، بتقديم 2.5 مليار يورو لدعم الشعب السوري.",
         "الاتحاد الأوروبي", "pledge", "تقديم 2.5 مليار يورو لدعم الشعب السوري", []),
        ("وقال غوتيريس إن طرفي الحرب في اليمن اتفقا على وقف إطلاق النار في مدينة الحديدة.",
         "طرفي الحرب في اليمن", "agreement", "وقف إطلاق النار في مدينة الحديدة", ["YEM"]),
        ("ووفقا لدبلوماسيين فإن دولا أخرى تعهدت خلال الاجتماع بتقديم مساهمات مالية.",
         "دولا أخرى", "pledge", "تقديم مساهمات مالية", []),
        ('قالت الوكالة الدولية للطاقة الذرية وإيران إن "طهران ستسمح للوكالة الذرية بزيارة منشأتين".',
         "طهران", "intent", "ستسمح للوكالة الذرية بزيارة منشأتين", ["IRN"]),
        # the speaker's own side (`بلاده`, `حكومته`) is the speaker's state
        ("وقال وزير الخارجية العراقي فؤاد حسين إن بلاده ملتزمة بحماية البعثات الدبلوماسية.",
         "بلاده", "pledge", "حماية البعثات الدبلوماسية", ["IRQ"]),
        ("وأكد رئيس الوزراء الأردني أن حكومته ستواصل دعم الأشقاء.",
         "حكومته", "intent", "ستواصل دعم الأشقاء", ["JOR"]),
        # no particle, preposition or reporting verb is a committer (corpus sentences)
        ("منذ سيطرة الجيش على السلطة في أعقاب انقلاب 2014. وقد تعهدت الطغمة العسكرية باستخدام إجراءات قاسية ضد منتقدي العائلة المالكة.",
         "الطغمة العسكرية", "pledge", "استخدام إجراءات قاسية ضد منتقدي العائلة المالكة", []),
        ("وأكد ماكرون على أن باريس تدعم تحقيق الاستقرار في شمال شرقي سوريا، معربا على التزامه بإرسال قوات إلى المنطقة.",
         "ماكرون", "pledge", "إرسال قوات إلى المنطقة", ["FRA"]),
        ("وكان ترامب قد وعد بنقل السفارة إلى القدس.", "ترامب", "pledge", "نقل السفارة إلى القدس", ["USA"]),
        # Merkel's government is Germany's (she is in the people lexicon since 2026-12-06)
        ("وأخيرا وعدت حكومة ميركل بأن تكون حكومة الناس العاديين.", "حكومة ميركل", "pledge", "تكون حكومة الناس العاديين", ["DEU"]),
        # the action ends where another matter starts: a reporting participle, a contrast, the quotation's next sentence
        ("وتعهدت الحكومة بفتح تحقيق في مقتل خليفة، موضحة أن عمليات التمشيط لا تزال متواصلة.",
         "الحكومة", "pledge", "فتح تحقيق في مقتل خليفة", []),
        ("واتفق البلدان على قواعد المنشأ للسيارات ، ولكنهما واجهتا مشكلات في التطبيق.",
         "البلدان", "agreement", "قواعد المنشأ للسيارات", []),
        ('وأكد المدرب: "سنعمل بالطبع مع أي أحد يمكنه الإجابة. لكنني غير قادر على الإجابة الآن".',
         "المدرب", "intent", "سنعمل بالطبع مع أي أحد يمكنه الإجابة", []),
        # a future verb's subject before it (after the complementizer), even when a state follows as its object
        ("وقال الرئيس إن الولايات المتحدة ستواصل خفض قواتها.", "الولايات المتحدة", "intent", "ستواصل خفض قواتها", ["USA"]),
        # (the speaker holds an office: a private person's forecast of another is none, `about_others`)
        ("وقال المتحدث إن الأمير محمد سيزور الولايات المتحدة في سبتمبر.",
         "الأمير محمد", "intent", "سيزور الولايات المتحدة في سبتمبر", []),
        ("وكان صندوق النقد الدولي وافق العام الماضي على إقراض تونس 2.8 مليار دولار.",
         "صندوق النقد الدولي", "agreement", "إقراض تونس 2.8 مليار دولار", []),
        ("وهو ما سيمكن من تغطية الحاجيات، كما تعهدت هذه الوحدات بالقيام بتخفيضات اختيارية.",
         "هذه الوحدات", "pledge", "القيام بتخفيضات اختيارية", []),
        ("ووعدت المنظمة في بيانها بأن كل المزاعم المستقبلية سيتم التعامل معها بصرامة.",
         "المنظمة", "pledge", "كل المزاعم المستقبلية سيتم التعامل معها بصرامة", []),
        ("وتابعت رئيسة اللجنة المقالة أن هناك أطرافا تعمل على غلق الملفات، مشيرة إلى أنها ستتقدم بمبادرة للتحقيق في شبكات التهريب.",
         "رئيسة اللجنة المقالة", "intent", "ستتقدم بمبادرة للتحقيق في شبكات التهريب", []),
    ],
)  # fmt: skip
def test_committer_kind_and_action_of_real_sentences(text: str, committer: str, kind: str, action: str, countries: list[str]) -> None:
    assert _one(text) == (committer, kind, action, countries)


def test_a_party_word_after_the_noun_is_the_committer_and_resolves_to_both_parties() -> None:
    text = "وذكر البيان أن محضر الاجتماع أكد على الالتزام الثنائي بالتعاون الأمني والدفاعي المستمر."
    body = f"وصل وفد عراقي إلى واشنطن للقاء مسؤولين أمريكيين في الولايات المتحدة. {text}"
    context = ArticleContext.of(gazetteer(), body)
    committer, kind, action, countries = _one(body, context)
    assert (committer, kind, action) == ("الالتزام الثنائي", "pledge", "التعاون الأمني والدفاعي المستمر")
    assert sorted(countries) == ["IRQ", "USA"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن إيران لا تعتزم الانسحاب من الاتفاق النووي.",
        "وأكد أن بلاده لن تلتزم بأي قرار لا يراعي مصالحها.",
        "ورفضت الحكومة الالتزام بشروط الصندوق.",
        "ودعا العمري المتقدمين إلى الالتزام بالمواعيد التي اختاروها.",
        "وشدد على ضرورة الالتزام بقواعد ومبادئ الإسلام في حالة الحروب.",
        "وقال إن الاتحاد لن يتخلى عن الاتفاق إذا استمرت طهران ملتزمة بتنفيذ تعهداتها.",
        "وقال إن إرسال مسودة القانون لا يعني أن يوافق عليه مجلس النواب.",
        "وتتابع الوزارة مدى التزام المحال بالاشتراطات البلدية.",
        "وأكد المدرب أننا سنفوز في المباراة المقبلة.",
        "وقال الوزير إن الاقتصاد سيكون أقوى العام المقبل.",
        'وقال علوش إن النظام "يظن أنه سيحسم عسكريا ويطأ على الشعب".',  # the regime's belief, not the speaker's course
        'وقال: "لقد دفعوا ثمن القنبلة بالفعل، سيذهبون إلى باكستان".',  # `إلى باكستان` is no party
        # round 6 rows 21 and 88: what a demand further back asks for through its `إلى`
        "وقد نص القرار 2216 على دعوة جميع الأطراف اليمنية لا سيما الحوثيين إلى الالتزام بمبادرة مجلس التعاون الخليجي.",
        "وأضاف القمودي أنه لا يمكن الانطلاق في السنة الدراسية القادمة، داعيا في السياق نفسه سلطة الإشراف إلى تطبيق "
        "الاتفاقيات المبرمة السابقة والالتزام بتعهداتها.",
    ],
)
def test_negated_demanded_supposed_and_predicted_courses_are_no_commitments(text: str) -> None:
    assert _found(text) == [], [text[c.action_start : c.action_end] for c in _found(text)]


@pytest.mark.parametrize("word", ["ستواصل", "سيعودان", "سنعمل", "وستقدم", "ستسمح", "سيقومون"])
def test_future_verbs_that_commit(word: str) -> None:
    assert future_verb(search_form(word))


@pytest.mark.parametrize("word", ["سيكون", "سيتم", "سنفوز", "سياسة", "سيطرت", "سنداً", "سنتيمترا", "سيناريو", "ستحصل", "فستجدون"])
def test_words_with_a_future_prefix_that_do_not_commit(word: str) -> None:
    assert not future_verb(search_form(word))


def test_reaffirmed_from_restating_words() -> None:
    (c,) = _found("وأكد الوفدان مجددًا التزامهما بالتعاون الأمني.")
    assert c.reaffirmed
    (c,) = _found("وأكدت الحكومة التزامها بالتعاون الأمني.")
    assert not c.reaffirmed


def test_conditions_inline_and_in_a_following_bullet_list() -> None:
    text = (
        "تعتزم الولايات المتحدة وجمهورية العراق التشاور بشأن مهمة التحالف وفقًا لجدول زمني "
        "وفقًا للعوامل التالية: التهديد من داعش ، والمتطلبات العملياتية ، ومستويات قدرة القوات."
    )
    (c,) = _found(text)
    assert c.timeframe == "وفقًا لجدول زمني"
    assert c.conditions == ["التهديد من داعش", "والمتطلبات العملياتية", "ومستويات قدرة القوات"]
    body = sample_text(SAMPLE_000)
    cleaned = clean(body).body
    found = commitments_of(cleaned)
    intent = next(c for c in found if c.kind == "intent")
    assert intent.conditions == ["التهديد من داعش", "المتطلبات العملياتية والظرفية", "مستويات قدرات قوات الأمن العراقية"]


def test_a_provision_list_gives_one_agreement_per_item_with_its_own_timeframe() -> None:
    body = clean((GOLD_DEV2 / "raw" / "d008.txt").read_text(encoding="utf-8")).body
    found = [c for c in _found(body, ArticleContext.of(gazetteer(), body)) if c.kind == "agreement"]
    actions = [body[c.action_start : c.action_end] for c in found]
    assert actions[1] == "إنشاء آلية خاصة لرصد تنفيذ وقف إطلاق النار"
    assert len(actions) == 6
    assert found[0].timeframe == "بشكل عاجل" and found[2].timeframe == "في موعد أقصاه ثلاثة أشهر اعتبارا من اليوم"
    assert found[1].timeframe is None
    assert {(c.committer, tuple(c.countries)) for c in found} == {("طرفا النزاع", ("LBY",))}


@pytest.mark.parametrize(
    ("timeframe", "published", "due"),
    [
        ("بحلول نهاية أيلول/سبتمبر 2025", None, dt.date(2025, 9, 30)),
        ("حتى نهاية 2023", None, dt.date(2023, 12, 31)),
        ("بحلول 15 آذار 2024", None, dt.date(2024, 3, 15)),
        ("في موعد أقصاه ثلاثة أشهر اعتبارا من اليوم", dt.date(2020, 10, 23), dt.date(2021, 1, 21)),
        ("لمدة عامين", dt.date(2020, 1, 1), dt.date(2021, 12, 31)),
        ("خلال 10 أيام", dt.date(2023, 5, 12), dt.date(2023, 5, 22)),
        ("في الأسابيع المقبلة", dt.date(2023, 5, 12), None),
        ("وفقًا لجدول زمني", dt.date(2023, 5, 12), None),
    ],
)
def test_due_by_is_resolved_against_the_publication_date(timeframe: str, published: dt.date | None, due: dt.date | None) -> None:
    assert due_date(timeframe, published) == due


@pytest.mark.parametrize("path", [SAMPLE_000, SAMPLE_002, *sorted((GOLD_DEV2 / "raw").glob("d0*.txt"))], ids=lambda p: p.name)
def test_commitment_offsets_point_into_the_body_and_statements_are_of_the_article(path: Path) -> None:
    body = clean(sample_text(path)).body
    doc = analysed(body, published_on=dt.date(2023, 8, 9))
    said = find_statements(doc, gazetteer())
    ids = {r["statement_id"] for r in statement_rows("a", body, said)}
    for row in commitment_rows("a", body, find_commitments(doc, said, gazetteer())):
        assert body[row["char_start"] : row["char_end"]] == row["action"]  # type: ignore[misc]
        assert row["statement_id"] is None or row["statement_id"] in ids


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_commitment_offsets_point_into_the_body_on_a_corpus_sample() -> None:
    count = 0
    for record in corpus_records(2000):
        body = clean(record["text"]).body
        for row in commitment_rows("a", body, commitments_of(body)):
            assert body[row["char_start"] : row["char_end"]] == row["action"]  # type: ignore[misc]
            count += 1
    assert count > 50


@pytest.mark.parametrize(
    ("text", "committer", "action"),
    [
        (  # corpus:ant-multisource-002.jsonl.gz#4184
            "أعلن الرئيس الإيراني حسن روحاني أن طهران ستبقى ملتزمة بالاتفاق النووي، ردا على قرار الرئيس الأمريكي دونالد ترامب "
            "بانسحاب بلاده من الاتفاق.",
            "طهران",
            "الاتفاق النووي",
        ),
        (  # corpus:ant-multisource-001.jsonl.gz#2010
            'وأضاف البيان " أن الحكومة لا تزال ملتزمة بالطرح الأولي العام لأرامكو السعودية، وفق الظروف الملائمة، وفي الوقت '
            'المناسب الذي تختاره الحكومة".',
            "الحكومة",
            "الطرح الأولي العام لأرامكو السعودية",
        ),
        (  # corpus:ant-jawharafm-000.jsonl.gz#3829
            'وأكد الغربي عبر حساب على "فيسبوك" أن هيئة الحقيقة والكرامة هي من تكفلت بعملية التصوير التلفزي والإنتاج في حين '
            "إقتصر دور التلفزة التونسية على البث المباشر للشارة",
            "هيئة الحقيقة والكرامة",
            "عملية التصوير التلفزي والإنتاج",
        ),
    ],
)
def test_a_copula_between_the_committer_and_its_cue_is_neither(text: str, committer: str, action: str) -> None:
    found = _found(text)[0]
    assert (found.committer, text[found.action_start : found.action_end]) == (committer, action)


@pytest.mark.parametrize("row", load_tsv("light_verbs.tsv"), ids=lambda r: r["stem"])
def test_a_light_verb_entry_leaves_the_verb_and_its_marker_out_of_the_action(row: dict[str, str]) -> None:
    example = row["example"].rsplit(" (corpus:", 1)[0]
    actions = [example[c.action_start : c.action_end] for c in _found(example)]
    assert actions, example
    first = search_form(actions[0].split()[0])
    assert first not in light_verbs() and not first.endswith(search_form(row["stem"])) and first != search_form(row["marker"]), actions


def test_a_light_verb_before_an_adverb_keeps_its_verb() -> None:
    text = (  # corpus:ant-multisource-005.jsonl.gz#293 (round 31, commitments row 35)
        "وأكد الوزير المشرف العام على برنامج ضيوف خادم الحرمين الشريفين للحج والعمرة على أن الوزارة ممثلة بالأمانة العامة "
        "لبرنامج الاستضافة ستعمل على مدار الساعة لاستكمال الإجراءات كافة بالتنسيق مع القطاعات الحكومية الأخرى، لتنفيذ الأمر الكريم."
    )
    assert [text[c.action_start : c.action_end].split()[0] for c in _found(text)] == ["ستعمل"]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (  # corpus:ant-jawharafm-000.jsonl.gz#1379
            "أكد رئيس الحكومة، يوسف الشاهد أن تونس لن تكون أرض عبور للاجئين ولن تقام بها مراكز إيواء ومخيمات.",
            "لن تقام بها مراكز إيواء ومخيمات",
        ),
        (  # corpus:ant-jawharafm-001.jsonl.gz#128
            "وأوضح اللجمي أن الهيئة ستواصل عملها وستطبّق القانون على جميع القنوات الإذاعية والتلفزية المخالفة.",
            "ستطبّق القانون على جميع القنوات الإذاعية والتلفزية المخالفة",
        ),
    ],
)
def test_the_conjunction_joined_to_a_future_is_no_part_of_the_action(text: str, action: str) -> None:
    assert action in [text[c.action_start : c.action_end] for c in _found(text)]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (  # corpus:ant-multisource-002.jsonl.gz#1624: a future that predicts (`وسيتم`) is none; and the council's own
            # course is told here by a man this sentence gives no office, so it is none either (`about_others`)
            "ولم يعلن العبوس عن موقف النقابات المهنية من استمرار الحراك الشعبي الاحتجاجي ضد الضريبة، في الوقت الذي أكدت "
            "النقابات في وقت سابق دعمها له، واكتفى بالقول في تصريحات صحفية، إن مجلس النقباء سيتشاور بشأن ذلك وسيتم الاعلان "
            "لاحقا عن نتيجة المشاورات",
            [],
        ),
        (  # corpus:ant-multisource-006.jsonl.gz#1340 (round 31 row 92): the same after a comma
            'وبما أن الشركة الأميركية تنوي طرح نسخة رخيصة من "آيفون X"، سيكون من الأنسب أن تقدم منتجاتها دفعة واحدة بعد أشهر.',
            ['طرح نسخة رخيصة من "آيفون X"'],
        ),
        (  # corpus:ant-multisource-004.jsonl.gz#997 (round 31 row 59): a commitment participle opens its own commitment
            "وقال أردوغان إنه سيعلن التشكيل الحكومي ليلة الاثنين، متعهدا بتعيين وزراء من خارج البرلمان، وتقليص فريقه "
            "الوزاري من أكثر من 20 وزيرا إلى 16 وزيرا.",
            [
                "سيعلن التشكيل الحكومي ليلة الاثنين",
                "تعيين وزراء من خارج البرلمان، وتقليص فريقه الوزاري من أكثر من 20 وزيرا إلى 16 وزيرا",
            ],
        ),
        (  # corpus:ant-multisource-001.jsonl.gz#3897 (round 31 row 80): a reporting verb with `و` opens another statement
            "وفي ردود الفعل الدولية على هذه النتائج الأولية للانتخابات اللبنانية، قالت إيران إنها ستحترم نتائج الانتخابات "
            'اللبنانية ووصفت فرنسا التصويت بهذه الانتخابات [انه "خطوة مهمة".',
            ["ستحترم نتائج الانتخابات اللبنانية"],
        ),
        (  # corpus:ant-multisource-003.jsonl.gz#3582: an attribution with its reporting verb
            "قال نائب وزير الخارجية الروسي ، سيرجي ريابكوف، الاثنين، إن بلاده لن تؤخر تمرير تشريع جديد ردا على عقوبات "
            "أميركية جديدة فرضت على موسكو وفق ما ذكرته وكالة الإعلام الروسية،",
            ["لن تؤخر تمرير تشريع جديد ردا على عقوبات أميركية جديدة فرضت على موسكو"],
        ),
    ],
)
def test_the_action_ends_where_a_clause_of_another_kind_begins(text: str, actions: list[str]) -> None:
    assert [text[c.action_start : c.action_end] for c in _found(text)] == actions


def test_a_word_with_a_root_waw_is_no_joined_reporting_verb() -> None:
    # corpus:ant-multisource-001.jsonl.gz#4290: `وفاتهم` ("their death") read as `و` + a cue form crashed the article
    text = (
        "وبنص القانون 79، الذي عدّل مرتين بعد ذلك ويختص بزراعة القرنية، دون غيرها من الأعضاء البشرية الأخرى، على حصول بنوك "
        "العيون على القرنيات من المصادر التالية: الأشخاص الذين يوافقون موافقة كتابية على نقلها بعد وفاتهم بغير مقابل، وقتلى "
        "الحوادث الذين تأمر النيابة العامة بتشريحهم."
    )
    assert all("وفاتهم" not in text[c.action_end : c.action_end + 8] for c in _found(text))


@pytest.mark.parametrize("row", load_tsv("commitment_markers.tsv"), ids=lambda r: f"{r['kind']}:{r['phrase']}")
def test_every_marker_entry_does_what_its_kind_says_in_its_example(row: dict[str, str]) -> None:
    example, phrase = row["example"], tuple(search_form(row["phrase"]).split())
    toks = tokens(example)
    starts = [k for k, t in enumerate(toks) if phrase in markers()[row["kind"]].get(t.key, ())]
    assert any(phrase_at(toks, k, row["kind"]) for k in starts), "the phrase is not matched in its example"
    found = _found(example)
    if row["kind"] in ("negation", "demand", "request", "hypothetical", "denial", "in_charge", "view", "belief", "existential"):
        assert found == [], [example[c.action_start : c.action_end] for c in found]
    elif row["kind"] == "reaffirmed":
        assert found and all(c.reaffirmed for c in found), example
    elif row["kind"] in ("timeframe", "timespan"):
        assert found and found[0].timeframe and phrase[-1] in search_form(found[0].timeframe), example
    elif row["kind"] == "condition":
        assert found and found[0].conditions, example
    elif row["kind"] == "licensor":
        assert found, example
    elif row["kind"] in ("breaker", "clause"):
        assert found and phrase[-1] not in search_form(example[found[0].action_start : found[0].action_end]), example


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_no_commitment_cue_fires_far_too_often_on_the_corpus() -> None:
    sentence_count, fired, found = 0, Counter[str](), 0
    for record in corpus_records(2000):
        body = clean(record["text"]).body
        toks = [t for s, e in sentences(body) for t in tokens(body[s:e], s)]
        sentence_count += len(sentences(body))
        fired.update(t.key for t in toks if t.key in commitment_forms())
        found += len(_found(body))
    too_often = {form: n for form, n in fired.items() if n > 0.03 * sentence_count}
    assert not too_often, f"cue forms in over 3% of {sentence_count} corpus sentences: {too_often}"
    assert found < 0.05 * sentence_count, f"{found} commitments in {sentence_count} sentences: cues read too widely"


@pytest.mark.parametrize(
    "text",
    [
        # saudinewsnet-2015-08-01-00431: a paper tells what another state will pay
        "ذكرت صحيفة كوميرسانت الروسية أن فرنسا ستدفع نحو 1.2 مليار يورو لتقاعسها عن تسليم الحاملتين.",
        # ant-multisource-SK-sport-2731-20181001: a website tells of a club's plans
        'وكشف موقع "مانشستر إفنينغ نيوز" أن إدارة الفريق ستمنح المدرب آخر فرصة هذا الأسبوع لتدارك ما فاته وتصحيح الأوضاع.',
        # ant-multisource-SK-internationalNews-1296-20180501: one state's leader on another's
        "وأعرب نتانياهو عن ثقته بأن الرئيس الأميركي، دونالد ترامب، سيفعل الصواب في مراجعة الاتفاق النووي الإيراني.",
        # blind round 33 row 72 (corpus:ant-multisource-002.jsonl.gz#2416): `بلاده` after `في` is no subject
        'وأضاف ترامب خلال استقباله ولي العهد السعودي محمد بن سلمان في البيت الأبيض، أن " الاستثمارات السعودية في بلاده '
        "ستخلق العديد من الوظائف”، مشيدا بالصداقة الكبيرة التي تربطه مع ولي العهد السعودي.",
        # blind round 33 row 93 (corpus:ant-jawharafm-000.jsonl.gz#4367, its first sentence, shortened, introduces the speaker):
        # after a plural verb, `تونس` is its object
        "قال حاتم بن سالم، رئيس المعهد التونسي للدراسات الإستراتيجية في حوار مع وكالة تونس إفريقيا للأنباء إن المعهد يدرس "
        "إمكانية التعاون مع خبراء تونسيين في بؤر التوتر. وأفاد بأنه سيتم تنظيم ورشات عمل بالتعاون مع أئمة يشارك فيها خبراء "
        "أجانب يستعرضون وجهات نظرهم حول هذا الموضوع، من ذلك أن خبراء من فرنسا سيزورون تونس قريبا للنقاش حول هذه الظاهرة.",
    ],
)
def test_a_future_said_of_a_party_the_speaker_does_not_speak_for_is_a_forecast(text: str) -> None:
    # round 6 rows 19, 73, 84, 92: 506 such rows on the full run (SPEC §4: intent only for the speaker's own side)
    assert [c for c in commitments_of(text) if c.future] == []


def test_a_future_term_of_an_agreement_the_article_reports_is_kept() -> None:
    # ../shared/gold/dev3/raw/e110.txt: unnamed sources tell the terms of the Muscat agreement between both parties
    text = (
        "ونقلت وسائل إعلام سعودية عن مصادرها القول إن: الحكومة اليمنية والحوثيين اتفقوا في مسقط على تبادل 2900 أسير ومحتجز.\n"
        "وقالت المصادر: إن الحكومة اليمنية ستفرج عن 1700 أسير حوثي وفق اتفاق مسقط."
    )
    assert [c.committer for c in commitments_of(text) if c.future] == ["الحكومة اليمنية"]


@pytest.mark.parametrize(
    ("text", "committer"),
    [
        # ant-multisource-BB-internationalNews-473-20180506: the visited state was the committer
        ("وقال جاويش أوغلو إنه سيزور الولايات المتحدة الأسبوع المقبل لمقابلة بومبيو، لكنه أضاف أن الموعد لم يحدد بعد.", "جاويش أوغلو"),
        # saudinewsnet-2015-07-24-00777
        ("قال هاينز فيشر، رئيس النمسا، في بيان يوم أمس، إنه سيزور إيران بين السابع والتاسع من سبتمبر (أيلول).", "هاينز فيشر، رئيس النمسا"),
        # ant-multisource-AL-internationalNews-256-20180228: the same pronoun, coordinated
        ("وكان مكتب الحريري قد ذكر في وقت سابق أنه قبل الدعوة، وأنه سيزور الرياض في أقرب وقت ممكن، دون تحديد موعد.", "مكتب الحريري"),
        # ant-multisource-BB-sport-149-20180511: `لن يذهب` (his own conduct: a pledge to refrain) and `سيلعب`
        (
            "وصرح المدير الفني لمنتخب مصر، هيكتور كوبر، في أكثر من مناسبة بأنه لن يذهب إلى روسيا من أجل التمثيل المشرف، "
            "وأنه سيلعب كل المباريات بهدف تحقيق الفوز.",
            "المدير الفني لمنتخب مصر، هيكتور كوبر",
        ),
    ],
)
def test_a_pronoun_on_the_complementizer_is_the_subject_of_the_future_verb(text: str, committer: str) -> None:
    assert {c.committer for c in commitments_of(text) if c.future} == {committer}


@pytest.mark.parametrize(
    ("text", "cue", "committer"),
    [
        # round 30 row 48 (corpus:saudinewsnet-006.jsonl.gz#693): `وعزمها` is the kingdom's, not the minister's
        ("وأوضح وزير الثقافة والإعلام الدكتور عادل بن زيد الطريفي عقب الجلسة، أن مجلس الوزراء أعرب عن شكر المملكة "
         "وتقديرها لما عبرت عنه الدول الشقيقة والصديقة ومسؤولوها والمنظمات الإسلامية والدولية والعلماء والمشايخ "
         "والمواطنون من إدانة واستنكار لهذا الحادث الإجرامي، وجدد في الوقت نفسه المواقف الثابتة للمملكة من الإرهاب "
         "وعزمها وإصرارها على التصدي للفكر الضال وملاحقة أربابه دفاعا عن أمن واستقرار الوطن والمواطنين.",
         "وعزمها", "المملكة"),
        # round 31 row 94 (corpus:ant-multisource-002.jsonl.gz#2429): Doha's, not the foreign minister's
        ("قال وزير الخارجية القطري، الشيخ محمد بن عبدالرحمن آل ثاني، إن بلاده تتعرض لـ\"عملية غدر\" بسبب مقاطعة دول "
         "عربية لها، مؤكدا عدم نية الدوحة الانسحاب من مجلس التعاون الخليجي وعزمها حضور القمة العربية المقبلة بالرياض.",
         "وعزمها", "الدوحة"),
        # round 31 row 82 (corpus:saudinewsnet-000.jsonl.gz#328): `أنها` is the company, not its executives
        ("انضمت شركة فورد لسباق تطوير السيارات ذاتية القيادة وأعلن مديرون تنفيذيون في الشركة الأميركية أنها سوف تلحق "
         "بشركات سيارات أخرى في تكثيف الجهود لإطلاق السيارات ذاتية القيادة (التي تقود نفسها بنفسها) وأنها ستتوسع في "
         "تكنولوجيا السلامة المتطورة بما في ذلك المكابح الأوتوماتيكية لتشمل خطوط إنتاجها في شتى أنحاء العالم خلال "
         "السنوات الخمس المقبلة.", "ستتوسع", "الشركة الأميركية"),
        # raw/002 (the dev sample): `ها` stands for a broken plural too
        ("أشارت الوفود إلى نيتها عقد حوارات تعاون أمني مشتركة لاحقة واجتماعات ذات صلة في المستقبل لمناقشة التهديد "
         "المتطور من داعش ، والمتطلبات العملياتية الحالية والمستقبلية ، والجهود المبذولة لتحسين قدرات قوات الأمن العراقية.",
         "نيتها", "الوفود"),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_the_nearest_party_it_agrees_with(text: str, cue: str, committer: str) -> None:
    assert next(c for c in commitments_of(text) if c.cue == cue).committer == committer


def test_a_coordinated_pronoun_after_a_named_subject_is_not_the_speaker() -> None:
    # ant-multisource-BB-internationalNews-161-20180316: `وإنه` is the president, not his spokeswoman
    text = (
        "وقالت المتحدثة باسم البيت الأبيض ساره ساندرز إن الرئيس دونالد ترامب على علم بالحادث "
        "وإنه سيرسل المساعدات التي يحتاجونها في مكان الحادث."
    )
    assert all("ساندرز" not in c.committer for c in commitments_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # ant-multisource-BB-economy-53-20180305: the committer was `بالولايات المتحدة`
        "وانتقدت منظمة التجارة العالمية خطة ترامب، وحذر صندوق النقد من أن هذه الخطوة ستضر بالولايات المتحدة، كما ستضر بالدول الأخرى.",
        # ant-multisource-SK-internationalNews-3388-20181010: the committer was `لروسيا`
        'قال مسؤول في حلف شمال الأطلسي "الناتو"، الثلاثاء، إن 50 ألف عسكري سيشاركون في أكبر مناورات يجريها الحلف، '
        "ستظهر لروسيا أن الحلف مستعد لصد أي هجوم.",
    ],
)
def test_a_committer_is_a_source_never_a_prepositional_phrase(text: str) -> None:
    # round 6 rows 7, 13, 64, 81 (fragments): 243 rows on the full run had a committer that is no source
    assert all(not c.committer.startswith(("ب", "ل")) for c in commitments_of(text))


@pytest.mark.parametrize(
    ("text", "committer"),
    [
        # ant-multisource-SK-internationalNews-1369-20180505: `إن` is the last word of a name, not a complementizer
        (
            "واتفق الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جيه إن على التوصل إلى معاهدة سلام "
            "وتحقيق المصالحة ووقف كافة الأعمال العدائية.",
            "الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جيه إن",
        ),
        # saudinewsnet-2015-07-27-00251 (with its subject named): a demonstrative points back to a party
        ("كما تعهدت هذه الوحدات بالقيام بتخفيضات اختيارية.", "هذه الوحدات"),
    ],
)
def test_names_and_demonstratives_stay_committers(text: str, committer: str) -> None:
    assert [c.committer for c in commitments_of(text)] == [committer]


@pytest.mark.parametrize(
    ("text", "committer"),
    [
        # a comma and a new `و` clause end what a demand or a purpose before it governs (81 corpus rows)
        (
            'وأعلن البنك المركزي التركي الاثنين استعداده اتخاذ "كل التدابير الضرورية" لضمان الاستقرار المالي بعد انهيار '
            "الليرة، ووعد بتأمين السيولة للبنوك.",
            "البنك المركزي التركي",
        ),
        # a reporting verb starts another predicate: the demand before it does not reach its verbal noun
        (
            "فيما شدد على ضرورة «الإشارة» إلى من «يعرقل» مسيرة الإصلاح وأعلن العبادي التزامه بتوجيهات المرجعية الدينية.",
            "العبادي",
        ),
    ],
)
def test_a_demand_does_not_reach_past_its_clause(text: str, committer: str) -> None:
    assert [c.committer for c in commitments_of(text)][-1:] == [committer]


@pytest.mark.parametrize(
    "text",
    [
        # round 7 rows 13, 42, 70: `كان` before an imperfect cue tells of a past intention (about 300 corpus rows)
        "وأكدت وزارة الداخلية في بلاغ لها اليوم أن الشخص المذكور كان ينوي نقلها إلى ولاية القصرين.",
        "وذكرت مصادر أمنية أن المجموعة الإرهابية كانت تخطط لتفجير سدين بمنطقة سجنان.",
        "على صعيد آخر، ذكرت صحيفة يونانية أن أثينا كانت تنوي تطبيق خطة طارئة.",
    ],
)
def test_kana_before_an_imperfect_cue_is_a_past_intention(text: str) -> None:
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وكانت تركيا قد وافقت الشهر الماضي على السماح للولايات المتحدة بشن ضربات جوية.",  # a perfect: still bound
        "وكان السيسي اتفق مع رئيس وزراء إثيوبيا آبي أحمد في يونيو الماضي، على تبني رؤية مشتركة بين الدولتين.",
        "وكان الاتفاق ينص على أن تنهي اللجنة عملها خلال شهر.",  # an agreement's provision
        "وكان الوزير قد أعلن أنه يعتزم إنشاء مصنع جديد.",  # `كان` governs the reporting verb, not the cue
    ],
)
def test_kana_before_a_perfect_or_a_reported_intention_keeps_it(text: str) -> None:
    assert len(commitments_of(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # corpus:ant-multisource-000.jsonl.gz (round 8 row 20's form): an unnamed source tells of another's plan;
        # 174 corpus commitments had a source as their committer
        "وقال مصدر قريب من رئيس الوزراء الإيطالي السابق إنه سيوقع على اتفاق مبدئي ملزم لبيع 48% من حصته في النادي.",
        "وأضاف المصدر ذاته أنه سيبتعد عن الوسط الرياضي حاليا.",
        # 99 corpus commitments read their action after a pronoun marker: the course stands before the cue
        "وتنفيذ الإصلاحات التي التزمت بها الحكومة اللبنانية، نكون قد اتخذنا خطوات ثابتة باتجاه تفعيل النمو.",
        "وسيتم الرد إذا ما قامت الصين بالرد، وهو ما تعهدت به بكين بسرعة.",
        # round 8 row 31: a future of what befalls a party is a prediction (`ستستفيد`, `سينجح`, `ستعاني`)
        "وقال الوزير إن مصر ستستفيد منه بشكل كبير.",
    ],
)
def test_no_commitment_from_a_source_a_pronoun_marker_or_a_prediction(text: str) -> None:
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # round 32 row 95 (corpus:ant-multisource-002.jsonl.gz#4278): two courses, two commitments
        ('وقال وزير الدفاع الإسرائيلي أفيغدور ليبرلمان "سندافع عن مواطنينا بكل الوسائل، لن نسمح باختراق الحدود".',
         ["سندافع عن مواطنينا بكل الوسائل", "لن نسمح باختراق الحدود"]),
        # dev3 e310: the course joined in the same person is the same party's
        ('وقالت السيدة تيتيه إن البعثة "ستتبع نهجا بديلا، وستسعى للحصول على دعم مجلس الأمن لدفع عجلة الانتقال السياسي '
         'الليبي نحو تحقيق نتيجة مجدية" في حال فشلت جهودها الحالية.',
         ["ستتبع نهجا بديلا", "ستسعى للحصول على دعم مجلس الأمن لدفع عجلة الانتقال السياسي الليبي نحو تحقيق نتيجة مجدية"]),
    ],
)  # fmt: skip
def test_a_joined_future_is_a_course_of_its_own(text: str, actions: list[str]) -> None:
    found = commitments_of(text)
    assert [text[c.action_start : c.action_end] for c in found] == actions
    assert len({c.committer for c in found}) == 1


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # round 8 row 22 (corpus, Calais): a contrast without a comma ends the course
        (
            "وقال رئيس الوزراء إن الحكومة ستتخذ إجراءات لحل الأزمة من بينها تعزيز الأمن في المحطة بكاليه لكنه نبه إلى أنه لا يوجد حل سريع.",
            "ستتخذ إجراءات لحل الأزمة من بينها تعزيز الأمن في المحطة بكاليه",
        ),
        # round 8 row 84 (Sochi): the attribution after a comma is not the course
        (
            "واتفق المشاركون على تأليف لجنة دستورية من الحكومة والمعارضة بغرض صياغة إصلاح دستوري، بحسب البيان الختامي.",
            "تأليف لجنة دستورية من الحكومة والمعارضة بغرض صياغة إصلاح دستوري",
        ),
        # round 8 row 73: the reporter's consequence after `، مما`
        (
            "وتعهد الرئيس بدعم هذا الإجراء، مما قد ينهي نقاشا مطولا حول أولويات الإنفاق للسنة المالية.",
            "دعم هذا الإجراء",
        ),
    ],
)
def test_an_action_ends_before_a_contrast_an_attribution_or_a_consequence(text: str, action: str) -> None:
    assert [text[c.action_start : c.action_end] for c in commitments_of(text)] == [action]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # round 10 rows 52, 71, 73 (`يتفق على أن` + a fact): agreeing with a view is no course
        ("واتفق العديد من الخبراء على أن السوق النفطية استوعبت كافة الأخبار.", 0),
        ("واتفق الجانبان على أن الحل السياسي هو الطريق الوحيد لإنهاء الصراع.", 0),
        # gold dev3/e202's form: a course in the clause stays an agreement
        ("واتفق الطرفان على أن تستضيف تركيا الاجتماع المقبل.", 1),
        ("واتفق الطرفان على أن الاجتماع المقبل سيعقد في تونس.", 1),
    ],
)
def test_agreeing_that_a_fact_holds_is_no_agreement_on_a_course(text: str, found: int) -> None:
    assert len(commitments_of(text)) == found


@pytest.mark.parametrize("row", load_tsv("futures.tsv"), ids=lambda r: f"{r['kind']}:{r['form']}")
def test_every_not_future_entry_is_read_so_in_its_example(row: dict[str, str]) -> None:
    # `lexicons/futures.tsv`: the example holds the form (a noun as it is, a prediction as a future on its stem),
    # and that word is no committing future
    form = search_form(row["form"])
    keys = [t.key for t in tokens(row["example"])]
    if row["kind"] == "noun":
        matches = [k for k in keys if k == form]
    else:
        matches = [k for k in keys if FUTURE_RE.match(k) and form in {k.lstrip("وف")[2:], k.lstrip("وف")[2:][:-2]}]
    assert matches, row["example"]
    assert not any(future_verb(k) for k in matches)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # dev3 e104 (a joint statement): the course is the clause's future, after its time phrase and comma
        (
            "وأضاف البيان: اتفق الطرفان على أنهما خلال فترة وقف إطلاق النار، سيمتنعان عن التحركات والهجمات.",
            ["سيمتنعان عن التحركات والهجمات"],
        ),
        # corpus ant-multisource-002#4962
        (
            "ميركل وماكرون اتفقا على أنهما سيعملان للتوصل إلى اتفاق بين دول عدة من فضاء شنغن.",
            ["سيعملان للتوصل إلى اتفاق بين دول عدة من فضاء شنغن"],
        ),
        # corpus ant-multisource-001#2506 and 005#828: no future in the clause, or one that predicts: a view
        ("واتفق زعماء الاتحاد الأوروبي على أنه من المرجح أن تكون موسكو ضالعة في تسميم سكريبال وابنته.", []),
        ("واتفق أردوغان والرئيس الروسي على أنه لن يكون هناك حل عسكري للصراع.", []),
    ],
)
def test_an_agreement_on_a_pronoun_clause_binds_to_its_future_or_is_a_view(text: str, actions: list[str]) -> None:
    assert [text[c.action_start : c.action_end] for c in commitments_of(text)] == actions


def test_a_participle_cue_in_construct_is_a_noun() -> None:
    # blind round 33 row 1 (corpus:saudinewsnet-002.jsonl.gz#4119, its first two sentences): `مصمم صفحة` is a
    # page's designer; the `على` four words on met the cue's requirement. A participle's marker follows it, but for
    # adverbs and asides
    text = (
        "ذكرت مصادر أمنية مصرية أن قطاع الأمن الوطني بشمال سيناء تمكن من القبض على خلية خطيرة تابعة لما يعرف بتنظيم بيت "
        "المقدس في مدينة العريش.\n"
        'وقالت المصادر إن قطاع الأمن الوطني بعد عمليات تعقب ومراقبة لأعضاء الخلية المختبئين بمدينة العريش "نجح في القبض '
        "على أربعة قيادات خطيرة لتنظيم بيت المقدس يقودهم مصمم صفحة إرهابية على الإنترنت ووثيق الصلة بتنظيم داعش في "
        'الخارج وكان شريكا في عملية تفجير طابا"، ولم يصدر بيان رسمي حول هذا الشأن حتى عصر اليوم الجمعة.'
    )
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # blind round 33 row 27 (corpus:ant-multisource-000.jsonl.gz#172): `أنّ` + a name opens a nominal clause, a
        # finding agreed on (the first verb `وافق` after it is a king's past act, not this row)
        (
            "عقب نهاية الأبحاث اتفق المختصون الفرنسيون أن بيتروس غونسالفوس ليس سوى طفل يبلغ من العمر عشر سنوات ويعاني من تشوه خلقي.",
            [],
        ),
        # corpus:ant-multisource-003.jsonl.gz#1085: `أنّ` + a state
        (
            "كما ذكر مكتب ماكرون في البيان الذي صدر بعد اتصال هاتفي بين ماكرون ورئيسة الوزراء البريطانية تيريزا ماي إن "
            "باريس اتفقت مع بريطانيا على أن روسيا كانت وراء الهجوم بغاز للأعصاب على سكريبال.",
            [],
        ),
        # corpus:ant-multisource-001.jsonl.gz#4945: `أنّ` + a demonstrative
        (
            "واتفقت هيئة الصحة العامة في بريطانيا ومنظمة الصحة العالمية والهيئات الأوروبية لمراقبة الأوبئة على أن هذه "
            "أسوأ حالة لمرض السيلان يتم اكشافها في العالم.",
            [],
        ),
        # blind round 33 row 40 (corpus:ant-multisource-005.jsonl.gz#2813): a noun in `ة` is no verb
        (
            "وبرأيي الشخصي فإن السيد انفانتينو والفيفا والجميع يوافقون بأن تقنية الفيديو لا تسير كما يجب.",
            [],
        ),
        # corpus:ant-multisource-003.jsonl.gz#4452: what is incumbent on them is a course
        (
            "هذا وقال وزير الخارجية الروسي، سيرغي لافروف، أمس الاثنين، إنه اتفق مع نظيره الصيني بأن على بلديهما محاولة "
            "منع أي مسعى أميركي لإلغاء العمل بالاتفاق النووي.",
            ["على بلديهما محاولة منع أي مسعى أميركي لإلغاء العمل بالاتفاق النووي"],
        ),
    ],
)
def test_an_agreement_on_a_nominal_clause_is_a_view(text: str, actions: list[str]) -> None:
    assert [text[c.action_start : c.action_end] for c in commitments_of(text)] == actions


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the weak-final futures (ى folds to ي) are verbs, as their strong kin are
        ("وقال ترمب أيضا إنه سيلتقي مع رئيس المفوضية الأوروبية.", 1),  # corpus ant-multisource-000#665
        ("وقال ظريف إن بلاده ستسعى مستقبلا لإعداد اتفاق أشمل.", 1),  # corpus ant-multisource-001#2809
        # a name that looks like one is not (corpus ant-multisource-000#2539)
        ("قالت وزارة الخارجية الروسية في بيان إن الوزير سيرغي لافروف ومستشار الأمن القومي ناقشا الوضع في سوريا.", 0),
        # `سوف` + a prediction stem, as `سيتم` (corpus saudinewsnet-000#1898)
        ("وأوضحت الهيئة أنه سوف يتم استقبال طلبات التقديم الأسبوع المقبل.", 0),
    ],
)
def test_weak_final_futures_commit_and_look_alikes_do_not(text: str, found: int) -> None:
    assert len(commitments_of(text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # SPEC §4: `لن` + verb of the speaker's own side is a pledge to refrain (dev3 e312, e212)
        ("وقال ترمب إنه لن يسمح لإيران بالحصول على سلاح نووي.", [("pledge", "لن يسمح لإيران بالحصول على سلاح نووي")]),
        ('وقال الرئيس التركي: "لن نسمح باستخدام أراضينا منطلقا لأي هجوم".', [("pledge", "لن نسمح باستخدام أراضينا منطلقا لأي هجوم")]),
        # not a forecast of others, nor an emphatic forecast, nor a prediction stem
        ("وقال الوزير إن أعمالهم الجبانة لن تفلح في زرع الفتنة.", []),
        ("وقال الرئيس السوري إن العدوان لن يزيد السوريين إلا تصميما على القضاء على الإرهاب.", []),
        ("وقال المتحدث إنه لن يكون هناك أي تغيير في الموعد.", []),
    ],
)
def test_will_not_of_the_speakers_own_side_is_a_pledge_to_refrain(text: str, found: list[tuple[str, str]]) -> None:
    assert [(c.kind, text[c.action_start : c.action_end]) for c in commitments_of(text)] == found


@pytest.mark.parametrize(
    ("text", "committers"),
    [
        # round 11 row 1 (corpus ant-multisource-005#3642): a newspaper binds no one, and tells of another's plans
        (
            'وذكرت صحيفة "ماركا" الإسبانية أن مارادونا سافر إلى المكسيك من أجل الاتفاق على شروط العقد وتفاصيله، '
            "مشيرة إلى أنه سيقدّم إلى وسائل الإعلام يوم الأحد في مدينة كولياكان.",
            [],
        ),
        # corpus saudinewsnet-000#671: an intent a newspaper reports of a company
        (
            "وأشارت الصحيفة إلى أن سبرنج أيرلاينز تعتزم أيضا مضاعفة عدد رحلاتها الأسبوعية إلى 4 رحلات بين مدينة "
            "تياجين الصينية وجيجو الكورية اعتبارا من الأسبوع الحالي.",
            [],
        ),
        # corpus ant-multisource-002#226: `وكالة` here is a space agency, not a news agency
        (
            'وإضافة إلى هذه المهمة، تعتزم وكالة الفضاء اليابانية تفجير شحنة من شأنها أن تشكل حفرة على شكل فوهة بركان على سطح "ريوغو".',
            ["وكالة الفضاء اليابانية"],
        ),
    ],
)
def test_a_medium_binds_no_one_and_its_report_of_an_intent_is_not_one(text: str, committers: list[str]) -> None:
    assert [c.committer for c in commitments_of(text)] == committers


@pytest.mark.parametrize(
    ("text", "committers"),
    [
        # corpus ant-multisource-004.jsonl.gz#98: a researcher, whom no office makes speak for Beijing, forecasts
        (
            "وحذر وانغ مينغلينغ، وهو باحث عسكري في جامعة الدفاع الوطني الصيني، من أن بكين ستواصل عملها العسكري فوق تايوان.",
            [],
        ),
        # corpus ant-multisource-003.jsonl.gz#4867: an official (`المسؤول`) of the state's foreign ministry speaks for it
        (
            "وأضاف أندرو بيك المسؤول في إدارة شؤون الشرق الأدنى بوزارة الخارجية أن واشنطن ستستخدم الدبلوماسية لإقناع "
            "حلفائها بالسير على خطاها وإعادة فرض عقوبات على طهران.",
            ["واشنطن"],
        ),
        # gold dev3 e310: the body the article named (`البعثة`), said by the one who briefs for it
        (
            'وقالت السيدة تيتيه إن البعثة "ستتبع نهجا بديلا، وستسعى للحصول على دعم مجلس الأمن لدفع عجلة الانتقال السياسي '
            'الليبي نحو تحقيق نتيجة مجدية".',
            ["البعثة", "البعثة"],
        ),
    ],
)
def test_a_private_person_s_forecast_of_another_party_is_no_intent(text: str, committers: list[str]) -> None:
    # `commitment_checks.about_others`: run w29 -> w31 dropped 368 such rows; 40 read, 33 rightly (`who-rules.md`)
    assert [c.committer for c in commitments_of(text)] == committers


@pytest.mark.parametrize(
    "text",
    [
        # corpus saudinewsnet-001#82: `وعدّ` "and counted"; `على` belongs to the object, it opens no pledge
        "وعد المسؤول هذه الرسائل دليلاً على انهيار ميليشيات الحوثي وأتباع صالح.",
        # corpus ant-multisource-006#138: `نوت` is Samsung's Note, not "she intended" (left out of the cues)
        "ويتيح غالاكسي نوت 9 أيضا للمستخدمين الاستمتاع بتجربة تشبه إلى حد كبير تجربة استخدام الكمبيوتر الشخصي.",
        # corpus:ant-jawharafm-001.jsonl.gz#1952: `بنيتها التحتية` is infrastructure (`commitment_cues.tsv` v3, `not_after`)
        "و كان ترامب قد أكد ترامب أن اهتمامه بوضع بلاده الداخلي وأكد أن امريكا انفقت الكثير من الأموال في الخارج "
        "وستحاول ان تحسن بنيتها التحتية المهترئة.",
    ],
)
def test_cue_homographs_give_no_commitment(text: str) -> None:
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        # round 13 row 45 (corpus:ant-multisource-000.jsonl.gz#2010): a forecast of another's agreement
        (
            "أعلن وزير إسرائيلي الأربعاء أن إسرائيل تضغط على إدارة الرئيس الأميركي دونالد ترمب، للاعتراف بسيادتها "
            "على هضبة الجولان المحتلة، بحسب قوله، متوقعاً موافقة الولايات المتحدة على ذلك خلال شهور.",
            "موافقة",
            False,
        ),
        # corpus:ant-multisource-004.jsonl.gz#682: `يبدو عازما` is how one seems, not what one binds oneself to
        (
            "وينتمي رئيس الوزراء الاثيوبي الجديد إلى أغلبية الأورومو، ويبدو عازما على تغيير توجهات أديس أبابا مع الجيران وفي الإقليم.",
            "عازما",
            False,
        ),
        # corpus:ant-multisource-000.jsonl.gz#1299: a belief word ending the clause before governs nothing after `و`
        (
            'وقال المتحدث الصيني قاو فينغ: "سنتابع عن كثب الموقف وسنجري تقييما كاملا للأثر المحتمل وسندافع بحزم عن مصالحنا المشروعة".',
            "وسندافع",
            True,
        ),
    ],
)
def test_a_belief_word_right_before_the_cue_governs_it(text: str, cue: str, kept: bool) -> None:
    assert any(c.cue == cue for c in commitments_of(text)) is kept


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # corpus:ant-jawharafm-000.jsonl.gz#1465: a participle cue after the action is what was said next, even with
        # no comma (round 14 row 81 had the same run-on)
        (
            "كما أضاف المتحدث بأن ترامب سيلتقي بعد ماي الرئيس المكسيكي بينا نييتو في الـ31 من جانفي مشيرا إلى أن "
            "التجارة ستكون جزءا من أجندة الاجتماع إلى جانب ملف الهجرة والأمن.",
            "في الـ31 من جانفي",
        ),
        # corpus:ant-multisource-004.jsonl.gz#4647 (round 14 row 62 had the same run-on): a bare `ولكن` opens a contrast
        (
            "من جانب آخر، نقلت قناة (إن.تي.في) ووسائل إعلام محلية أخرى عن وزير الخارجية التركي مولود تشاووش أوغلو "
            "قوله إن تركيا والولايات المتحدة ستشرفان على انسحاب مقاتلي وحدات حماية الشعب الكردية السورية من بلدة منبج.\n\n"
            "وأضاف للصحفيين أثناء توجهه إلى موسكو إن تركيا والولايات المتحدة ستضعان خطة لتأمين منبج خلال محادثات "
            "تجري في 19 مارس ولكن القوات التركية ستنفذ عملية عسكرية إذا فشل ذلك.",
            "في 19 مارس",
        ),
    ],
)
def test_an_action_ends_before_a_participle_cue_or_a_contrast(text: str, ends: str) -> None:
    actions = [text[c.action_start : c.action_end] for c in commitments_of(text)]
    assert actions and actions[-1].endswith(ends)


@pytest.mark.parametrize(
    ("text", "committer", "action"),
    [
        # dev3 e106 (a gold commitment the rule missed): what the Houthis said opens inside the quotation
        ('وأكد ترامب أن الحوثيين قالوا إنهم "لن يقصفوا السفن الأمريكية".', "الحوثيين", "لن يقصفوا السفن الأمريكية"),
        # corpus ant-jawharafm-000#2171
        (
            'كما نقلت وكالات الأنباء الإيرانية عن تميم قوله إنه "سيصدر أمرا إلى الأجهزة المعنية في بلاده ببذل المزيد من '
            'جهودها بهدف تعزيز التعاون بين طهران والدوحة".',
            "تميم",
            "سيصدر أمرا إلى الأجهزة المعنية في بلاده",
        ),
    ],
)
def test_a_pronoun_subject_before_a_quoted_future_is_the_speaker(text: str, committer: str, action: str) -> None:
    found = commitments_of(text)
    assert [(c.committer, text[c.action_start : c.action_end].startswith(action)) for c in found] == [(committer, True)]


@pytest.mark.parametrize(
    ("text", "committer"),
    [
        # corpus ant-multisource-004#3464: the committer was `إسرائيل`, the end of the clause before `و`
        ("وألقت إيران باللائمة على إسرائيل وتعهدت بالرد.", "إيران"),
        # corpus saudinewsnet-000#3349: `المملكة مصمّمة` was the committer of the joined `وعازمة`
        (
            "ويؤكد رجل الأمن الأول صاحب السمو الملكي الأمير محمد بن نايف بن عبد العزيز ولي العهد نائب رئيس مجلس الوزراء "
            "ووزير الداخلية: «أن المملكة مصمّمة وعازمة بكل قوة وحزم على مواصلة جهودها في مكافحة الإرهاب».",
            "المملكة",
        ),
    ],
)
def test_a_cue_joined_by_wa_is_not_committed_by_the_end_of_the_clause_before_it(text: str, committer: str) -> None:
    assert [c.committer for c in commitments_of(text) if c.cue.startswith("و")] == [committer]


@pytest.mark.parametrize(
    ("text", "committer"),
    [
        # corpus ant-multisource-002#4736 (the committer was `ودمشق`, the last party alone)
        (
            "وأصبحت قاعدة حميميم العسكرية في شمال غرب سوريا، قاعدة دائمة للجيش الروسي في كانون الثاني/يناير 2017 إثر "
            "اتفاق بين موسكو ودمشق قضى بجعلها خاضعة للقانون الروسي.",
            "موسكو ودمشق",
        ),
        # corpus ant-multisource-002#1609 (round 15 commitments row 4: `وروسيا`)
        (
            "وقع الشيخ محمد بن زايد والرئيس الروسي فلاديمير بوتين، الجمعة، في موسكو، إعلان الشراكة الاستراتيجية بين "
            "البلدين. وينص الإعلان على إنشاء شراكة استراتيجية للعلاقات القائمة بين الإمارات وروسيا تشمل المجالات "
            "السياسية والأمنية والتجارية.",
            "الإمارات وروسيا",
        ),
        # round 32 row 8 (corpus:saudinewsnet-005.jsonl.gz#927): the one it agreed with follows the party after the verb
        (
            "توصلت إدارة الاتحاد إلى اتفاق نهائي مع اللاعب أحمد عسيري لتجديده عقده مع النادي، وأكدت مصادر أن"
            " التوقيع سيكون خلال الأيام المقبلة بعد أن اتفقت الإدارة مع وكيل اللاعب ديب الدحيم على كل التفاص"
            "يل الخاصة بالعقد الجديد لعسيري، الذي بدأ مسيرته مع الاتحاد من فئة البراعم وشهد مستواه فترات من "
            "الصعود والهبوط وصل في مراحل منها إلى تمثيل المنتخب السعودي.",
            "الإدارة مع وكيل اللاعب ديب الدحيم",
        ),
    ],
)
def test_the_parties_of_an_agreement_are_all_the_joined_ones(text: str, committer: str) -> None:
    assert committer in [c.committer for c in commitments_of(text)]


def test_taking_charge_of_a_cost_is_still_a_pledge() -> None:
    # a guard for the `in_charge` rows of `تكفل` (a goal scored, a case taken up): paying for something is a pledge
    text = "وقال الوزير إن الحكومة تكفلت بتوفير التمويل للمشروع."  # the shape of corpus rows with `تكفلت بتوفير`
    assert [(c.committer, c.kind) for c in _found(text)] == [("الحكومة", "pledge")]


@pytest.mark.parametrize(
    "text",
    [
        # corpus:ant-multisource-000.jsonl.gz#1572: shares of a survey's respondents tell of their habits
        "بينما قال 17% منهم إنهم سيتأخرون للذهاب إلى العمل في اليوم التالي، و1% منهم قالوا إنهم سيأخذون إجازة مرضية.",
        # corpus:ant-multisource-000.jsonl.gz#1604 (round 17 row 20): a report's finding about a third of the funds
        'أظهر التقرير السنوي لشركة "إنفيسكو" لإدارة الأصول أن ثلث #الصناديق_السيادية في العالم تخطط لخفض حيازاتها من الأسهم.',
        # corpus:ant-multisource-001.jsonl.gz#2002: a count of members that voted
        "ووافق 137 نائبا على إقالة كرباسيان، مقابل 121 نائبا صوتوا لصالح بقائه في منصبه.",
    ],
)
def test_a_share_of_respondents_commits_to_nothing(text: str) -> None:
    assert commitments_of(text) == []


def test_five_states_are_parties_not_a_share() -> None:
    # `خمس` is "five" as well as "a fifth": five named states are parties
    assert not commitment_checks._share(search_form("خمس دول في الاتحاد الأوروبي هي فرنسا وألمانيا").split())


@pytest.mark.parametrize(
    "text",
    [
        # corpus:ant-multisource-004.jsonl.gz#1707: experts of one opinion
        "لكن الخبراء يتفقون على أن قرارا من هذا النوع سيشكل ضربة لسلطة روسيا الدينية على العالم الأرثوذكسي.",
        # corpus:saudinewsnet-004.jsonl.gz#3313 (round 20 rows 5, 75, 97 are the same sense)
        "وأشار إلى أن معظم المواطنين يتفقون على أن عمل وزارة الإسكان لا يجب أن يكون مثل كثير من الوزارات.",
    ],
)
def test_agreeing_in_the_present_that_something_is_so_is_an_opinion(text: str) -> None:
    assert [c for c in commitments_of(text) if c.kind == "agreement"] == []


def test_agreeing_to_do_something_stays_an_agreement() -> None:
    # guard: a verb after `أن` is what the parties will do
    text = "وقال البيان إن الطرفين يتفقان على أن يعملا معا لتعزيز التعاون الأمني."
    assert [c.kind for c in commitments_of(text)] == ["agreement"]


def test_a_joined_future_is_the_subjects_of_the_first_verb() -> None:
    # corpus:saudinewsnet-2015-07-26-00148: `وستسلك` continues `أن المملكة ستتخذ …` (5 committers changed on the corpus)
    text = (
        "وتشدد مملكة البحرين على أن تلك التصريحات المؤسفة لا تعكس مطلقا أية نوايا حقيقية، مؤكدة أن المملكة ستتخذ جميع "
        "الاجراءات والسبل الممكنة وستسلك كل الطرق الضامنة لتعزيز أمنها وسلامة شعبها."
    )
    assert [(c.committer, c.countries) for c in commitments_of(text)] == [("المملكة", ("BHR",))] * 2


def test_a_name_set_apart_by_commas_belongs_to_the_committer() -> None:
    # corpus:ant-multisource-CN-middleEast-1130-20180606 (blind round 26 found titles cut before their names; 35
    # committers extended on the corpus); an attribution or a time between commas is no name
    text = 'وعد رئيس الوزراء الأردني، عمر الرزاز، بإجراء حوار مع جميع الأطراف المعنية للوصول إلى نظام ضريبي جديد "عادل".'
    assert [(c.committer, c.countries) for c in commitments_of(text)] == [("رئيس الوزراء الأردني، عمر الرزاز", ("JOR",))]


@pytest.mark.parametrize(
    "text",
    [
        # corpus:ant-multisource-SK-middleEast-164-20180302 (blind round 28, commitments: a forecast read as Russia's agreement)
        "ولكن دبلوماسيا في المنظمة الدولية أكد أنه من المستبعد كثيرا أن توافق روسيا على مشروع القرار الأميركي أو تسمح بتمريره.",
        # corpus:ant-multisource-BB-internationalNews-1048-20180906: what Britain will press the EU to agree to
        "وقالت ماي إن بريطانيا ستضغط من أجل أن يوافق الاتحاد الأوروبي على فرض عقوبات جديدة ضد روسيا.",
    ],
)
def test_a_cue_in_the_present_after_that_is_a_wish_not_a_commitment(text: str) -> None:
    # `commitment_checks.wished`: full run w120 -> w122: 82 commitments gone, none new; 30 read, 29 no commitment
    assert not any(c.cue in ("توافق", "يوافق") for c in commitments_of(text))


def test_a_term_of_an_agreement_after_that_stays() -> None:
    # corpus:saudinewsnet-2015-07-25-01197: `على أن` after the agreement governs the verb, a provision of its parties
    text = (
        "كما ينص الاتفاق على ان تلتزم ايران بخفض حدود اجهزة الطرد المركزي في منشآتها النووية بنسبة الثلثين لمدة عشرة "
        "اعوام اضافة الى مواصلة جميع المنشآت النووية عملها مع السماح بتفتيش منشآت عسكرية بعينها خاصة منشآت موقع بارشين "
        "وان يستمر الحظر على الاسلحة التقليدية لمدة خمسة اعوام."
    )
    assert any(c.cue == "تلتزم" and c.countries == ("IRN",) for c in commitments_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # corpus:ant-multisource-FR-internationalNews-666-20180410: sharing a view, no course agreed
        "وأضاف ماكرون أنه يتفق مع السعودية على ضرورة كبح توسع إيران بالمنطقة وبرنامجها للصواريخ الباليستية لكنه لا يزال "
        "يعتقد بوجوب الحفاظ على اتفاق إيران النووي.",
        # corpus:ant-multisource-BB-sport-169-20180525 (blind round 28, commitments: `يتوافق مع`, "in line with")
        "ويتوافق هذا الاختيار مع ذكرى مرور 15 عاما على استضافة إسطنبول للنهائي التاريخي الذي جمع بين فريق ليفربول "
        "الإنجليزي وميلان الإيطالي في عام 2005.",
    ],
)
def test_one_party_agreeing_in_the_present_is_an_opinion_or_a_fit(text: str) -> None:
    # `commitment_checks.shared_opinion`: full run w122 -> w123: 63 commitments gone, none new, all read: views and fits
    assert not any(search_form(c.cue).lstrip("و") in (search_form("يتفق"), search_form("يتوافق")) for c in commitments_of(text))


def test_a_headlines_plural_agreement_stays() -> None:
    # ../shared/gold/dev3 e104 (its headline, a plural present for a past agreement)
    assert commitments_of("الجيش السوداني وقوات الدعم السريع يتفقون على هدنة لمدة 72 ساعة")


def test_being_able_or_not_is_no_commitment() -> None:
    # corpus:ant-multisource-CN-internationalNews-328-20180509 (`futures.tsv` v3 `ستطيع`, `تمكن`): `لن نستطيع`, "we will not be
    # able", says what can be, not what the party binds itself to; full run w123 -> w124: 25 commitments gone, all such
    text = (
        'وكان ترامب قال في كلمة له، الثلاثاء، معلنا انسحاب بلاده من الاتفاق النووي الإيراني: "من الواضح أننا لن نستطيع منع '
        'إيران من تصنيع قنبلة نووية بهذا الاتفاق ذو البنية الضعيفة،" متوعدا بعقوبات اقتصادية ضد طهران، وهو الأمر الذي رد '
        'عليه الرئيس الإيراني، حسن روحاني قائلا إن أمريكا "فشلت بالالتزام بتعهداتها الدولية في الاتفاق النووي، والاتفاق لم '
        "يكن ثنائيا، بل كان دوليا ومصادق عليه من قبل الأمم المتحدة ومجلس الأمن."
    )
    assert not any("نستطيع" in text[c.action_start : c.action_end] for c in commitments_of(text))


def test_a_forecast_binds_no_one_but_a_pledge_joined_after_it_does() -> None:
    # `cues.tsv` v8 column `binds`: what `توقع`, `رجح`, `تمنى`, `تساءل`, `استبعد` report is a forecast, wish, question
    # or doubt; an agreement or future inside it commits no one (corpus:ant-multisource-002.jsonl.gz#4007; run w4 had
    # 11 such rows, 10 of them forecasts and questions) ...
    assert not commitments_of("وتوقع ترامب أن يتوصل قادة دول مجموعة السبع إلى اتفاق على بيان مشترك في نهاية القمة.", NO_CONTEXT)
    # ... but a pledge joined with `و` after it is a clause of its own (corpus:ant-multisource-001.jsonl.gz#1337)
    text = (
        'من جهتها، أعلنت أمازون في بيان الخميس، أن المساعد الصوتي تنبه عندما سمع كلمة بدا وكأنها "اليكسا"، ثم فسر '
        'المحادثة اللاحقة بأنها طلب "إرسال رسالة".\n\nورجحت الشركة أنها حالة نادرة، وتعهدت بأن تتخذ الإجراءات الكفيلة '
        "بمنع تكرار الواقعة."
    )
    found = [(c.committer, text[c.action_start : c.action_end]) for c in commitments_of(text, NO_CONTEXT)]
    assert ("أمازون", "تتخذ الإجراءات الكفيلة بمنع تكرار الواقعة") in found


@pytest.mark.parametrize(
    ("text", "committer"),
    [
        # round 35 commitments rows 30, 41, 43, 59, 92: the body in a verbal noun's genitive commits, not the official
        # who speaks of it (corpus:saudinewsnet-001.jsonl.gz#3766)
        (
            "ونوه وكيل الوزارة للتفتيش وتطوير بيئة العمل الدكتور عبدالله أبوثنين، بالتزام الوزارة بتطبيق "
            '"حماية الأجور" على جميع منشآت القطاع الخاص، للتأكد من صرف مستحقات العمالة في وقتها.',
            "الوزارة",
        ),
        # (corpus:saudinewsnet-005.jsonl.gz#3144; before, `مدير عام السجن اللواء إبراهيم بن محمد الحمزي`)
        (
            "أكد مدير عام السجن اللواء إبراهيم بن محمد الحمزي التزام المديرية العامة للسجون بمراجعة شاملة لجميع "
            "إجراءاتها بغية تطويرها والاستفادة القصوى من التقنيات الحديثة.",
            "المديرية العامة للسجون",
        ),
    ],
)
def test_a_body_in_a_verbal_nouns_genitive_is_the_committer(text: str, committer: str) -> None:
    assert [c.committer for c in commitments_of(text, NO_CONTEXT)] == [committer]


def test_an_intent_inside_a_denial_binds_no_one_but_a_pledge_joined_after_it_does() -> None:
    # `cues.tsv` v9: `نفى` binds n — a denied intent is none (corpus:ant-jawharafm-001.jsonl.gz#587; run w15 had 13
    # commitments in denials: 5 denied `نية`, a denied `سيرشح`, a denied `يقضي` agreement) ...
    assert not commitments_of(
        "نفى رئيس الحكومة، يوسف الشاهد، اليوم الثلاثاء، في تصريح إعلامي، أي نية للتراجع عن التعيينات الاخيرة في سلك المعتمدين.",
        NO_CONTEXT,
    )
    # ... but `وتعهد` after the denial is a pledge of its own (corpus:ant-multisource-001.jsonl.gz#4124)
    found = commitments_of("لكن نتنياهو نفى ارتكاب أية مخالفات، وتعهد بمواصلة العمل في منصبه.", NO_CONTEXT)
    assert [(c.committer, c.kind) for c in found] == [("نتنياهو", "pledge")]


def test_a_cue_of_three_root_letters_with_a_shadda_is_another_verb() -> None:
    # corpus:saudinewsnet-001.jsonl.gz#2678 (blind round 37, commitments row 52): `وعدّ` is `و` + `عدّ`, "considered";
    # run w25 held 19 such commitments of `وعد`, all of them this verb (`commitment_cues.another_verb`)
    text = (
        "وعدّ الزياني هذه التصريحات الاستفزازية غير الواقعية، بأنها تندرج ضمن مساعي المالكي المعروفة "
        "والمكشوفة لتخريب علاقات العراق بأشقائه العرب، وفصله عن محيطه العربي الطبيعي، خدمة لمصالح أجنبية لا "
        "تمت بصلة للمصالح الوطنية العراقية."
    )
    assert commitments_of(text) == []


@pytest.mark.parametrize(
    ("text", "committers"),
    [
        # corpus saudinewsnet-001.jsonl.gz#2753 (blind round 38, commitments row 35): `وعد` = `و` + `عدّ`, "and
        # counted", with no shadda: a demonstrative object follows its subject
        ("وعد د. الزياني هذه التصريحات الاستفزازية غير الواقعية بأنها تندرج ضمن مساعي المالكي المعروفة.", []),
        # corpus ant-multisource-003.jsonl.gz#2386: a promise has its `بـ` first
        ("فيما وعدت السلطات باتخاذ إجراءات لمعالجة تلك الأزمات.", ["السلطات"]),
    ],
)
def test_waad_with_a_demonstrative_object_after_its_subject_is_and_counted(text: str, committers: list[str]) -> None:
    # `commitment_cues.counts_as`
    assert [c.committer for c in commitments_of(text)] == committers


@pytest.mark.parametrize(
    ("text", "committer", "action"),
    [
        # corpus ant-jawharafm-000.jsonl.gz#863 (blind round 39, commitments row 59: the committer was `وزارة`)
        (
            "تعتزم وزارة الصناعة والتجارة تنظيم ندوة دولية خاصة بالمنطقة التجارية الحرة ببن قردان مع مطلع سنة 2017 في "
            "جزيرة جربة، وذلك تزامنا مع الشروع في انطلاق التهيئة الخارجية للمنطقة.",
            "وزارة الصناعة والتجارة",
            "تنظيم ندوة",
        ),
        # corpus saudinewsnet-005.jsonl.gz#3393: a head in construct with a head (`مجلس إدارة الشركة`)
        ("ويعتزم مجلس إدارة الشركة استعراض نتائج الربع الثاني من العام يوم الأربعاء.", "مجلس إدارة الشركة", "استعراض"),
        # corpus saudinewsnet-005.jsonl.gz#4571: a definite verbal noun after the genitive is the action, not an adjective
        (
            "عزم وزارة الإسكان الطلب من الهيئة السعودية للمهندسين باستكشاف مشاريعها ومتابعتها في الشؤون الهندسية.",
            "وزارة الإسكان",
            "الطلب من",
        ),
        # corpus ant-multisource-002.jsonl.gz#181: a definite head stands alone
        ("وتعتزم الشركة السماح لكل أصحاب المحتوى بعرض خاصية الفواصل الإعلانية.", "الشركة", "السماح"),
    ],
)
def test_a_head_in_construct_takes_its_definite_genitives_into_the_committer(text: str, committer: str, action: str) -> None:
    # `syntax.head_phrase`: run w55 held 77 commitments whose committer was a bare indefinite head (`وزارة`, `شركة`)
    found, _, acted, _ = _one(text)
    assert (found, acted.startswith(action)) == (committer, True)


@pytest.mark.parametrize(
    ("text", "committers"),
    [
        # corpus saudinewsnet-005.jsonl.gz#1122 (blind round 40, commitments row 91): `وعدا` is `و` + `عدا`, "and except"
        (
            "واقع مرير تكرس له هذه الجامعات مليء بالإحباط، وعدا النجاحات القليلة التي تتأتى بجهود فردية، لا نسمع عن "
            "مشروع فكري أو ثقافي أو اجتماعي يمكن لنا أن نقف عنده بالتفات.",
            [],
        ),
        # corpus ant-multisource-005.jsonl.gz#137: `تعهدا` is an accusative noun here, `خطيا` no committer
        (
            "سمحت الحكومة الاردنية للأمم المتحدة بتنظيم مرور نحو 800 مواطن سوري عبر الأردن بعد أن قدمت ثلاث دول غربية، "
            "بريطانيا وألمانيا وكندا، تعهدا خطيا ملزما قانونيا، بإعادة توطينهم خلال فترة زمنية محددة بسبب وجود خطر على "
            "حياتهم.",
            [],
        ),
        # corpus saudinewsnet-005.jsonl.gz#2800: a pronoun after the verb repeats its subject
        (
            "وهناك مفاوضات بين المقاومة والمسلحين الحوثيين لمغادرة هذه الأخيرة مقر اللواء 55 صواريخ بيريم بعدما وعدوا "
            "هم وأنصار صالح بإخلاء المعسكر بعد سيطرة المقاومة الجبال والتباب في المديرية بالكامل.",
            ["هم وأنصار صالح"],
        ),
    ],
)
def test_a_dual_or_plural_verb_before_its_subject_is_another_word(text: str, committers: list[str]) -> None:
    # `commitment_checks._subject_after_inflected`: a verb before its subject is singular; full run w62 -> w66
    assert [c.committer for c in commitments_of(text)] == committers
