"""Syntax shared by statements and commitments: noun-phrase extents and subject finding over tokens.

A source is a noun phrase: a head (a title, an office, a body, a state or capital, a nisba after a
human head, a document, a source noun, a party word) with its construct chain, nisbas, appositions
between commas and coordinated parties. Subjects are found after the verb (Arabic news is mostly
verb–subject), before it, or after a complementizer (`أنّ`, `إنّ`). The gazetteer is always passed in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import cache, lru_cache
from itertools import pairwise

from pipeline.actors import TITLES, Gazetteer
from pipeline.cues import GIVEN_NAMES, SAYING_POSSESSIVES, attribution_at, cue_forms
from pipeline.lexicon import load_tsv
from pipeline.segment import ALI, ALI_NAME, CLOSING_QUOTES, EDGE_PUNCT, OPENING_QUOTES, QUOTES, Token
from pipeline.text import fold_letters, search_form, strip_diacritics

COMPLEMENTIZERS = frozenset(
    search_form(w)
    for w in "أن إن أنّ إنّ بأن بأنّ أنه إنه أنها إنها أنهم إنهم أنهما إنهما بأنهما إنّنا إننا أننا بأنه بأنها فإن فإنه فإنها أنهن إنهن".split()
)


PARTICLES = frozenset(search_form(w) for w in "على عن إلى الى ب".split())


TIME_WORDS = frozenset(
    search_form(w)
    for w in (
        "اليوم أمس امس بالأمس غدا الليلة صباح مساء ظهر يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
        " أيضا أيضاً كذلك مجددا مجدداً"
        " حينها حينذاك آنذاك لاحقا لاحقاً"  # `واعتبر الرجوب حينها أن` (not `سابقا`: `لاعب المنتخب سابقا`, former)
        " ليل ليلا فجر فجرا منتصف"  # `وزير الداخلية الفرنسي جيرار كولومب ليل الأربعاء`, `منتصف ليل`
    ).split()
)
TIME_NOUNS = frozenset(search_form(w) for w in "الأسبوع الشهر العام السنة الأيام".split())
TIME_PARTS = frozenset(search_form(w) for w in "مطلع أوائل أواخر منتصف نهاية بداية".split())


def this_time(toks: list[Token], j: int) -> bool:
    """Whether a time phrase with a demonstrative starts at token j (`هذا الأسبوع`, `مطلع هذا الشهر`, `أوائل هذا العام`):
    an adverb of time, no part of a name before it."""
    k = j + 1 if toks[j].key in TIME_PARTS else j
    return k + 1 < len(toks) and toks[k].key in ("هذا", "هذه") and toks[k + 1].key in TIME_NOUNS


TIME_ADJECTIVES = frozenset(search_form(w) for w in "الماضي الماضية المقبل المقبلة الجاري الجارية الفائت الفائتة المنصرم".split())
"""`الأسبوع الماضي`, `الشهر الجاري`: a time phrase that ends a speaker (`واعترف الرئيس الفرنسي الأسبوع الماضي بأن`)."""


RELATIVES = frozenset(search_form(w) for w in "الذي التي اللذان اللتان الذين اللذين اللتين".split())


FILLERS = TIME_WORDS | frozenset(search_form(w) for w in "فيه فيها القول".split())


SPEAKER_PREPOSITIONS = frozenset(search_form(w) for w in "في خلال من أمام عقب بعد قبل لدى مع منذ عبر أثناء إثر قبيل عند حين إبان".split())
"""Prepositions and adverbs of time that end a speaker (`الشرطة الألمانية منذ قليل`, `الوزير عبر حسابه`, `الزفزافي
أثناء مرافعته`, `ماجدة الرومي إثر اللقاء`)."""
INTERROGATIVES = frozenset(search_form(w) for w in "هل ماذا لماذا كيف أين متى".split())
"""A question opens what is asked (`ويتساءلون هل ستكون "المانشافت" …`): no speaker starts or runs into one."""
SPEAKER_STOPS = COMPLEMENTIZERS | PARTICLES | FILLERS | RELATIVES | SPEAKER_PREPOSITIONS | INTERROGATIVES


def _head_forms(head: str) -> list[str]:
    """A head as written, and a sound masculine plural's other case (`ممثلو` → `ممثلي`, `مسؤولون` → `مسؤولين`)."""
    for nominative, oblique in (("ون", "ين"), ("و", "ي")):
        if head.endswith(nominative) and len(head) > 4:
            return [head, head.removesuffix(nominative) + oblique]
    return [head]


_HEAD_ROWS = [
    (search_form(prefix + form), row, agree)
    for row in load_tsv("heads.tsv")
    for form, agree in [*((f, row["agree"]) for f in _head_forms(row["head"])), *([(row["feminine"], "f")] if row["feminine"] else [])]
    for prefix in ("", "ال")
]
HEADS: dict[str, str] = {form: row["class"] for form, row, _ in _HEAD_ROWS}
"""Head nouns of source phrases (`lexicons/heads.tsv`), bare and definite, in both cases of a plural and in the
feminine, folded → class."""
HEAD_AGREEMENT: dict[str, str] = {form: agree for form, _, agree in _HEAD_ROWS}
OFFICE_HEADS = frozenset(form for form, row, _ in _HEAD_ROWS if row["office"] == "y")
"""Heads naming who holds an office in the body named after them (`رئيس الاتحاد`, `المتحدث باسم النقابة`)."""
POSTED: dict[str, frozenset[str]] = {
    form: frozenset(search_form(p) for p in row["posted"].split("|")) for form, row, _ in _HEAD_ROWS if row["posted"]
}
"""Envoys' heads (`heads.tsv`, `posted`) → the prepositions besides `لدى` after which where the holder serves follows."""
SEAT_HEADS = frozenset(form for form, row, _ in _HEAD_ROWS if row["seat"] == "y")
"""Heads of a state's bodies that sit in their own state (`heads.tsv`, `seat`): `في` + a place after them names it."""
ORGANISATIONS: dict[str, str] = {
    search_form(prefix + row["noun"]): row["nisba"] for row in load_tsv("organisations.tsv") for prefix in ("", "ال")
}
"""Nouns naming an organisation (`lexicons/organisations.tsv`), bare and definite, folded → what a nisba after them says."""
# A nisba makes a phrase a source only after a head (`مسؤول أمريكي`, not `الاعتداءات الإسرائيلية`).
HUMAN_HEADS = frozenset(HEADS)


PREPOSITION_WORDS = frozenset(search_form(w) for w in "إلى الى في على من عن مع".split())


SOURCE_HEADS = frozenset({"organ", "official", "person", "group", "company", "source", "medium", "document", "pronoun"})
"""Classes of head noun that make a phrase a source (`heads.tsv`)."""
# Source nouns that make a phrase a source on their own (`مصادر`, `شهود`, `صحيفة`).
SOURCE_WORDS = frozenset(head for head, kind in HEADS.items() if kind in ("source", "medium", "official") and not head.startswith("ال"))

MAX_SPEAKER = 14


# A preposition with a pronoun or `ذلك` before the subject (`وأفاد به مصدر أمني`, `وأعلن بذلك وزير`) is not part of the speaker.
PRONOUN_OBJECTS = frozenset(
    search_form(w)
    for w in "به بها بهم له لها لهما لهم لنا لك لكم عنه عنها إليه إليها إليهم عليه عليها عليهم منه منها منهم معه معها بذلك".split()
)
TANWEEN_FATH = "\u064b"
"""The written mark of an indefinite accusative (`شريطاً`, `رسمياً`): no word of a source's name carries it."""


AGE = search_form("عاما")


def accusative(words: list[str]) -> bool:
    """Whether a word of a phrase is `accusative_at`."""
    return _first_accusative(words) is not None


def accusative_at(words: list[str], k: int) -> bool:
    """Whether word k carries the written accusative mark and is neither an age after its number nor a title's
    `سابقاً` (`شريطاً`, `رسمياً`, `وفاة 15 فلسطينياً`; not `(32 عاماً)`, `ذات ال 15 عاماً`, `لاعب الرائد سابقاً`)."""
    if TANWEEN_FATH not in words[k]:
        return False
    key = search_form(words[k]).strip(EDGE_PUNCT)
    age = key == AGE and k > 0 and words[k - 1].strip('()«»"')[-1:].isdigit()
    return not age and key not in TITLE_ADVERBS


def _first_accusative(words: list[str]) -> int | None:
    """The index of the first word that is `accusative_at`, if any."""
    return next((k for k in range(len(words)) if accusative_at(words, k)), None)


def without_accusative_tail(phrase: str) -> str:
    """A subject before its verb without the adverbs or object after it (`قطر علناً ورسمياً اعترفت` → `قطر`, `زوج
    المعلمة متحفظاً` → `زوج المعلمة`); a phrase that opens with one stays as it is (`is_source` refuses it)."""
    k = _first_accusative(words := phrase.split()) if TANWEEN_FATH in phrase else None
    return " ".join(words[:k]).strip(EDGE_PUNCT + " ") if k else phrase


# A source that asks not to be named (`مصدر أمني رفض الكشف عن هويته`, `مسؤول طلب عدم الكشف عن اسمه`, `شريطة عدم
# الكشف`): the request is no part of who spoke. Run w147: about 90 speakers ended in such a clause.
DISCLOSING = frozenset(search_form(w) for w in "الكشف الإفصاح ذكر نشر".split())
WITHHOLDING = frozenset(
    search_form(w)
    for w in "رفض رفضت رفضا رفضوا رافضا رافضة طلب طلبت طلبا طلبوا طالبا طالبة فضل فضلت فضلوا مفضلا مفضلة اشترط اشترطت "
    "اشترطوا شريطة بشرط دون".split()
)
NOT = search_form("عدم")


def without_anonymity(phrase: str) -> str:
    """A source phrase without its request not to be named (`مصدر مطلع رفض الكشف` → `مصدر مطلع`, `مسؤول بشرط عدم
    الكشف` → `مسؤول`)."""
    if not any(w in phrase for w in ("كشف", "فصاح", "ذكر", "نشر")):  # before folding: most phrases hold none
        return phrase
    words = phrase.split()
    keys = [search_form(w).strip(EDGE_PUNCT) for w in words]
    for k in range(2, len(keys)):
        cut = k - 2 if keys[k - 1] == NOT else k - 1
        if keys[k] in DISCLOSING and cut >= 1 and keys[cut] in WITHHOLDING:
            return " ".join(words[:cut]).strip(EDGE_PUNCT + " ")
    return phrase


TO_ME = "لي"
"""`قال لي إن`, `قال لي الطبيب`: "to me", not the Chinese name Li — unless a name goes on (`وقال لي كه تشيانغ`); then a
bare `وأضاف لي أن` refers back to him as a zero subject."""


ADVERBS = frozenset(search_form(row["adverb"]) for row in load_tsv("adverbs.tsv"))
"""Adverbs between a reporting verb and its subject or words (`lexicons/adverbs.tsv`: `مرارا`, `سابقا`, `بدوره`)."""
PRONOUN_AGREEMENT = tuple(sorted(SAYING_POSSESSIVES.items(), key=lambda item: -len(item[0])))
"""Third-person pronoun suffixes, longest first, and what each says of whom it stands for (`ها` f, `هم` p)."""
PRONOUN_SUFFIXES = tuple(suffix for suffix, _ in PRONOUN_AGREEMENT)  # `هما`, `ها`, `هم`, `ه`

OBJECT_NOUNS = frozenset(search_form(row["noun"]) for row in load_tsv("object_nouns.tsv") if row["possessed"] != "y")
"""Abstract nouns that open what was said (`lexicons/object_nouns.tsv`: `أهمية`, `ضرورة`, `عدم`): never a source."""
POSSESSED_OBJECT_NOUNS = frozenset(search_form(row["noun"]) for row in load_tsv("object_nouns.tsv"))
"""The same with those that are one only with a possessive (`رضاه`; `رضا` is a name too)."""


def object_noun(key: str) -> bool:
    """Whether a folded word is an object noun, bare or with a possessive pronoun (`مقتل`, `ثقته`, `رضاه`, `دعمها`)."""
    if key in OBJECT_NOUNS:
        return True
    stem = next((key[: -len(p)] for p in PRONOUN_SUFFIXES if key.endswith(p) and len(key) - len(p) >= 2), "")
    return stem in POSSESSED_OBJECT_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in POSSESSED_OBJECT_NOUNS)  # `ثقته`


ENDING_ADVERBS = frozenset(search_form(row["adverb"]) for row in load_tsv("adverbs.tsv") if row["of_title"] != "y")
"""Adverbs that end a subject after it (`المنظمة مرارا`, `سامسونج رسمياً`); not `سابقا`, which makes a title former."""
TITLE_ADVERBS = ADVERBS - ENDING_ADVERBS


CONDITIONALS = frozenset(search_form(w) for w in "إذا اذا لو لئن متى كلما حال".split())
"""Particles that open a condition (`إذا حاولت إيران`, `في حال ثبوت`): its subject is not the main clause's."""
FOR_ONES_PART = frozenset(search_form(noun + suffix) for noun in ("جهت", "جانب", "ناحيت") for suffix in ("ه", "ها", "هم", "هما"))
"""`من جهته`, `من جانبها`: "for his (her, their) part", which may stand between the verb and its subject."""


CLAUSE_HEAD_ENDS = tuple(".،,:؛!؟?")
NEGATIONS = frozenset(search_form(w) for w in ("لا", "لم", "لن", "ما", "ليس"))


def counted(toks: list[Token], i: int) -> bool:
    """Whether the word at token i is counted (`350 طالبا`, `«37» طالباً`) or paired with its feminine (`طالب وطالبة`):
    a noun, not a verb or participle of saying (206 statements of run w70 on `طالبا`/`طالباً`, most of them students)."""
    after = toks[i + 1].key if i + 1 < len(toks) else ""
    stem = toks[i].key.rstrip("اً")
    number = i > 0 and toks[i - 1].text.strip('«»()"').isdigit()
    accusative = strip_diacritics(toks[i].text).endswith(("ا", "ين"))  # `350 طالبا`; never `عام 2015 قال`
    return (number and accusative) or (len(stem) > 2 and after in ("و" + stem + "ه", "و" + stem + "ات"))


def plural_adjective(toks: list[Token], i: int) -> bool:
    """Whether the cue form at token i is the plural adjective it is spelt like, right after an indefinite plural
    noun (`مقاتلين أجانب جدد`, `أعضاء جدد`: new; not `وجدد الوزير`, renewed): 134 of 592 statements of run w104 on `جدد`."""
    before = toks[i - 1].key if i > 0 else ""
    plural = before.endswith(("ين", "ون", "اء", "ات")) and not before.startswith(("ال", "وال")) and toks[i - 1].text[-1:].isalpha()
    return toks[i].key in PLURAL_ADJECTIVES and plural


PLURAL_ADJECTIVES = frozenset({search_form("جدد")})
"""Cue forms that are also plural adjectives: `جدد` (renewed; new)."""


def complement_follows(toks: list[Token], i: int) -> bool:
    """Whether a colon ends the cue at token i or a complementizer follows within two words (`مبيناً أن`, `مؤكدة بأن`,
    `على أن`)."""
    return toks[i].text.endswith(":") or any(t.key in COMPLEMENTIZERS for t in toks[i + 1 : i + 3])


def heads_clause(toks: list[Token], i: int, kind: str) -> bool:
    """Whether the homograph of a preposition at token i is a reporting cue (`cues.tsv`, `opens`): a verb at the head
    of its clause (sentence start, after a comma, `من جانبه`, `كما`) with its `أن` clause ahead, before a relative,
    a negation or another cue, and not `بين` + a pair (`وبين مدير المرور أن`, `وبين إمام وخطيب المسجد النبوي أن`; not
    `بين المملكة وروسيا، أكد أن`, `بين الذين`); a participle right before its `أن` (`مبيناً أن`, not `كما هو مبين في`)."""
    if kind == "participle":
        return complement_follows(toks, i)
    if i > 0 and not toks[i - 1].text.endswith(CLAUSE_HEAD_ENDS) and toks[i - 1].key not in HEAD_OPENERS:
        return False
    second = i + 3 if i + 2 < len(toks) and toks[i + 2].key == "و" else i + 2  # `بين 2019 و 2025،`
    if second < len(toks) and toks[second].text.startswith("و") and toks[second].text.endswith(("،", ",")):
        return False  # `بين ساعة وأخرى،`, `بين «الرجعية» و«التقدمية»،`: between a pair
    for before, t in pairwise(toks[i : i + MAX_SPEAKER + 2]):
        if t.key in COMPLEMENTIZERS:
            # `بين الغرامة المالية، وصولا إلى المنع …، علما أن`, `وبين المعادن …، نزلت الفضة … بعد أن`: the `أن` of
            # another word's clause
            return without_conjunction(before.key, GOVERNING_ANNA) not in GOVERNING_ANNA
        if t.key in RELATIVES or t.key in NEGATIONS or t.key in cue_forms():
            return False
    return False


GOVERNING_ANNA = frozenset(search_form(w) for w in "علما بعد قبل منذ رغم برغم حتى إلا غير لولا".split())
"""Words whose own `أن` follows them (`علما أن`, `بعد أن`, `إلا أن`): not the clause of a reporting verb before."""


# Heads that take a quoted name: `شركة "ADQ" القابضة`, `تقديرات معهد "SWFI"`, `وكالة الأنباء السورية “سانا”`.
NAMED_HEADS = frozenset(
    search_form(w) for w in "شركة وكالة موقع صحيفة قناة معهد مركز منظمة حركة تقديرات تقرير مجموعة جماعة حزب مجلة".split()
)


# A comma then one of these opens a clause that is no longer what was said (`…، في خطوة تأتي بعد …`).
CLAUSE_BREAKERS = (
    tuple(
        search_form(w)
        for w in (
            *("في خطوة", "في إشارة", "وذلك", "حيث", "بعد أن", "فيما", "بينما", "في حين", "لكن", "إلا أن", "غير أن", "الأمر الذي"),
            *("دون", "جاء ذلك", "وجاء ذلك"),  # `…، جاء ذلك أثناء رعايته …`: the narrator's occasion
        )
    )
    + tuple(  # `…، متمنياً التوفيق`: a participle of `lexicons/clause_participles.tsv`, with or without its tanween,
        form  # masculine, feminine (`منوهة`, folded with ه) or plural (`منوهين`)
        for row in load_tsv("clause_participles.tsv")
        for bare in [search_form(row["participle"])]
        for stem in [bare[:-1]]
        for form in (bare, bare + "\u064b", stem + "\u064b" + bare[-1], stem + "ه", stem + "ه\u064b", stem + "ين")
    )
)


def np_after(
    toks: list[Token], i: int, g: Gazetteer, stop_at_b: bool = False, addressee: bool = False, object_next: str = ""
) -> tuple[str, int]:
    """The noun phrase (speaker) starting at token i, with appositions; returns (text, next index).

    `object_next`: the verb takes a person object after its subject (`cues.tsv` column `object`): a known actor's whole
    name ends the subject before a definite noun or another actor (`واتهمت إسرائيل المتظاهرين`)."""
    while i < len(toks) and (toks[i].key in PRONOUN_OBJECTS or _to_me(toks, i) or toks[i].key in ADVERBS):
        i += 1  # `قالت مرارا إنه`, `وقال، مؤخرا، إنه`: an adverb is no subject (`lexicons/adverbs.tsv`)
    if i + 1 < len(toks) and toks[i].key in B_ADVERBIALS and toks[i + 1].text.endswith((":", "،", ",")):
        i += 2  # `وقال بلهجة متحدية: "…"`: an adverb of manner with its adjective, then what was said
    if i + 1 < len(toks) and toks[i].key == "من" and toks[i + 1].key.strip(EDGE_PUNCT) in FOR_ONES_PART:
        i += 2  # `ودعا من جهته الرئيس الروسي`: "for his part" before the subject
    if addressee:  # `وقال لـ"الاقتصادية" مصدر في شركة صلة`: who it was said to comes first, the speaker after it
        i = _after_addressee(toks, i)
    j, last, posted = i, None, False
    while j < len(toks) and j - i < MAX_SPEAKER:
        t = toks[j]
        if addressee and j == i and t.key.startswith("لل"):  # `يقول للرئيس الإيراني إن …`: the addressee, not the speaker
            return "", i
        # `وأضاف "علاقاتنا الثنائية تدهورت"`: the words said, not who said them (but `أكدت "حكومة العراق …`)
        opens_quote = j == i and t.text[0] in OPENING_QUOTES + '"' and not _short_quote(toks, j)
        if opens_quote and (not _starts_like_a_subject(toks[j : j + 4], g) or any(x.key in COPULAS for x in toks[j + 1 : j + 5])):
            return "", i  # `وقال "حركة النهضة هي التي اختارت …`: a sentence of its own (`هي`), what was said
        if j > i and (attribution_at(toks, j) or _object_after_subject(toks, i, j, g)):
            break
        if j > i and t.key in TIME_NOUNS and j + 1 < len(toks) and toks[j + 1].key in TIME_ADJECTIVES:
            break  # `الرئيس الفرنسي الأسبوع الماضي`
        if j > i and this_time(toks, j):
            break  # `مفوضة التجارة سيسليا مالستروم هذا الأسبوع`, `تقارير، مطلع هذا الشهر`
        if j > i and accusative_at([toks[j - 1].text, t.text], 1):
            break  # `قناة الإخبارية السعودية الرسمية شريطاً مصوراً`: an accusative is the verb's object or an adverb
        if j > i and object_next and _object_next(toks, i, j, g, object_next):
            break
        if j > i and object_noun(t.key) and _object_noun_after(toks[j - 1], t, g):
            break  # `أعلنت الشرطة النيجيرية مقتل 20 شخصا`, `أبدى الجهاز الفني … كريستيان غروس رضاه`: the verb's object
        lam_genitive = j + 1 < len(toks) and toks[j + 1].key.startswith("ل")  # `المدير التنفيذ لشركة`: a nisba misspelt
        if j > i and derived_masdar(t) and _masdar_follows_subject(toks[j - 1], g) and not lam_genitive:
            break  # `وجدد الوزير التأكيد على`, `ووصفت الحكومة التحقيق`: a verbal noun is no adjective of the subject
        quantifier = t.key in QUANTIFIER_KEYS and strip_diacritics(t.text) in OBJECT_QUANTIFIERS  # the fold first: no regex
        if j > i and (t.key in DEMONSTRATIVES or quantifier) and _takes_no_genitive(toks[j - 1], g):
            break  # `ونفت موسكو هذه المعلومات`, `ونفت موسكو أي تورط`; not `منتقدو هذه الخطوة`, `رئيس أي دولة` (a construct)
        if j == i + 1 and _disagrees(toks[i], t) and not (j + 1 < len(toks) and toks[j + 1].key in PRONOUN_OBJECTS):
            # `ودعت الوزارة المواطنين`, `وطالب الاتحاد الحكومة`: a definite word that is no adjective of the head;
            # but `الحكومة المعترف بها`: an adjective of what its pronoun names agrees with that
            break
        if j == i + 1 and _state_after_body(toks[i], t, g):
            break  # `وتتهم الصحيفة واشنطن بالسعي …`: a definite body takes no state's name after it; its object does
        if j == i + 1 and nominative_plural(toks[i].key) and t.text.startswith("ال") and not t.key.endswith(("ون", "ي")):
            # `ويطالب المحتجون الحكومة بـ…`: an adjective would agree (`المحتجون الغاضبون`); this is the object.
            # A singular nisba shows the head is no plural (`التلفزيون المصري`).
            break
        if j == i + 2 and toks[i].key in TITLES and toks[i].key != TEAM and _addressed(toks, j):
            break  # `وقال اللواء المطيري لذوي الشهيد إن`: a title and a name take no genitive; whom it was said to
        if j > i and _addressee(toks, j, g):  # `مصدر عسكري لـ«الشرق الأوسط»`: who it was said to is not who said it
            text = " ".join(x.text for x in toks[i:j]).strip(EDGE_PUNCT + " ")
            return text, _past_addressee(toks, j)
        if (
            j > i
            and t.key.startswith("ب")
            and t.key not in B_LINKS  # `وطالب المتحدث باسم الحكومة بوقف …`
            and (not _in_construct(toks[j - 1]) or (stop_at_b and t.key.startswith("بال")))  # `أوصى خبراء بالتركيز`
            and toks[j - 1].key not in PREPOSITION_WORDS  # `المشرف العام على برنامج …`: a word after `على` is its object
            and (without_conjunction(toks[j - 1].key, TITLES) not in TITLES or toks[j - 1].key == TEAM)  # `الدكتور بندر الفهيد`
            and (
                (stop_at_b and b_thing(toks, j, g))
                or (
                    (not _seat(t, g) if stop_at_b else _manner(toks, j, g) and not _family_name(toks, j, g))
                    and speakerlike(" ".join(x.text for x in toks[i:j]), g)
                )
            )
        ):
            break  # `ودانت المنامة بشدة الهجوم`: an adverb of manner ends the subject
        if j > i and (t.key in B_ADVERBIALS or t.key in ENDING_ADVERBS):
            break  # `وقالت المجموعة بفخر إن`, `وقالت المنظمة مرارا إن`: whatever the words before it are
        if j == i and stop_at_b and _b_object(toks, j, g):
            return "", i  # `ورحب بتصنيف العراق …`: the verb's object right after it; its subject is elsewhere
        whole = j > i + 1 or (not t.key.startswith(("ب", "ل")) and speakerlike(toks[i].text, g))  # `أكد الوفدان التزامهما`
        if j > i and whole and (_possessed(t.key) or possessed_masdar(t) or _his_noun(toks, j)) and last is not None and not g.find(t.text):
            break  # a possessed noun after the subject is the object: `أكد الوفدان التزامهما`, `المركز … تأكيده`
        if j > i and t.key == WHAT and not _closes_name(toks, j + 1, g) and toks[j + 1].key not in SO_CALLED:
            # `نفى وزير التعليم عزام الدخيل ما تم تداوله`: `ما` opens the object (not `جاك ما لمحطة بلومبيرغ`, nor
            # `نائب رئيس ما يسمى "المجلس الرئاسي الليبي"`)
            break
        if _unnamed_source(toks, i, j) and (past := _affiliation(toks, j, g)) > j:
            # `مصدر في الحكومة الكندية`, `مسؤول بوزارة الداخلية`, `مصدر مسؤول في التحالف العربي`: whom the source
            # speaks for, and no more
            last = past - 1
            break
        if j > i and toks[i].key in OFFICE_HEADS and (past := _posted_to(toks, i, j, g)) > j:
            last, j = past - 1, past  # `سفير خادم الحرمين الشريفين لدى الأردن الدكتور سامي الصالح`: where he serves
            posted = True  # and the name after it ends at its comma (`إلى الاتحاد الأوروبي، فلاديمير شيزوف، بريطانيا`)
            continue
        if (
            j > i + 1
            and t.key in AFFILIATION_PREPOSITIONS
            and _has_title(toks[i:j])
            and (end := _titled(toks, j, g))
            and not _named_in_quotes(toks, end)
        ):
            last = end - 1  # `مدير برنامج الشؤون الاقتصادية في المنظمة الدولية بيتر فرانكنتال:`, `يوجين سيريبرينيكوف
            break  # النائب الأول لرئيس لجنة الدفاع والأمن في المجلس الاتحادي الروسي أن`
        if t.key == OVER and _supervisor_before(toks, i, j) and _supervised(toks, j):
            last, j = j, j + 1  # `المشرف على صندوق الاستثمارات العامة ياسر الرميان`: the office takes `على`
            continue
        if j > i and (past := _continued(toks, i, j, g)) > j:
            last, j = past - 1, past  # `تقرير صادر عن الهيئة …`, `النيابة العامة في بوليفيا`
            if toks[last].text.endswith((":", "،", ",")):
                break
            continue  # to what ends the subject after it: `أن`, a time word, whom it was said to (`_words_follow`)
        quoted = t.text[0] in OPENING_QUOTES + '"'
        if (
            t.key in SPEAKER_STOPS
            or t.key in COMPLEMENTIZERS
            or (quoted and last is not None and toks[last].key not in NAMED_HEADS and not _short_quote(toks, j))
        ):
            break
        if t.text in ("،", ",") and last is not None and _apposition(toks, j + 1, g):
            j += 1  # `رئيس الوزراء الماليزي الجديد ، مهاتير محمد، أن`: a comma typed apart from its word
            continue
        if t.text.startswith(":") or not t.key:
            break
        last = j
        j += 1
        if t.text.endswith((":",)):
            break
        if t.text.endswith(("،", ",")) and (posted or not _apposition(toks, j, g)):
            break
    if last is None:
        return "", i
    last = _after_person(toks, i, last, g)
    text = " ".join(t.text for t in toks[i : last + 1]).strip(EDGE_PUNCT + " ")
    if (named := without_anonymity(text)) != text:  # `مصدر أمني رفض الكشف عن هويته إن`: the source, then what was said
        about = last + 1 < len(toks) and toks[last + 1].key == ABOUT and not toks[last + 1].text.endswith(("،", ","))
        return named, last + 3 if about else last + 1
    if last + 1 < len(toks) and toks[last + 1].key in RELATIVES:  # `البيان الذي اطلع عليه "…"،` : skip the clause
        nxt = next((k + 1 for k in range(last + 1, min(len(toks), last + 12)) if toks[k].text.endswith(("،", ","))), last + 1)
        return text, nxt
    nxt = last + 1
    while nxt < len(toks) and toks[nxt].key in ENDING_ADVERBS:
        nxt += 1  # `أعلنت سامسونج رسمياً عن …`: what was said starts after the adverb
    if nxt < len(toks) and this_time(toks, nxt):
        nxt += 3 if toks[nxt].key in TIME_PARTS else 2  # `… مالستروم هذا الأسبوع أن`: and after the time
    return text, nxt


def _governed_forms(rows: Iterable[dict[str, str]]) -> frozenset[tuple[str, str]]:
    """Each row's word in its generated forms (`governed.tsv`), folded, with its preposition."""
    return frozenset(
        (search_form(prefix + form), search_form(row["preposition"]))
        for row in rows
        for word in [row["word"]]
        for form in (word, word + "ة", word + "ون", word + "ين", word + "ات", *filter(None, row["plurals"].split("|")))
        for prefix in ("", "ال")
    )


GOVERNED = _governed_forms(load_tsv("governed.tsv"))
"""Words of a title with the preposition each takes (`lexicons/governed.tsv`: `صادر عن`, `مقربة من`, `الخبير في`)."""
GOVERNING = frozenset(word for word, _ in GOVERNED)
STATELESS_GOVERNED = _governed_forms(row for row in load_tsv("governed.tsv") if row["state"] == "n")
AT_ORGAN_GOVERNED = _governed_forms(row for row in load_tsv("governed.tsv") if row["state"] == "organ")


def before_governed(phrase: str) -> str:
    """A source phrase up to the preposition of a title word that says what the source knows or studies, not whose
    it is (`governed.tsv`, `state` n, or organ before what is no state organ): `مصدر مصري قريب من التحقيقات` → `مصدر
    مصري`, `الخبير في الشأن الليبي` → `الخبير` (but `محللون في الجيش الأمريكي`). Its state is read from what remains."""
    words = phrase.split()
    keys = [search_form(w) for w in words]
    for k in range(1, len(keys) - 1):
        pair = (without_conjunction(keys[k - 1], GOVERNING), keys[k])
        if pair in STATELESS_GOVERNED or (pair in AT_ORGAN_GOVERNED and HEADS.get(keys[k + 1]) != "organ"):
            return " ".join(words[:k])
    return phrase


def _continued(toks: list[Token], i: int, j: int, g: Gazetteer) -> int:
    """The index after a preposition at token j and the phrase after it, when they continue the subject that starts
    at i: where a state's body sits (`النيابة العامة في بوليفيا`, `الشرطة في مدينة دويسبورغ`, `seat_place`) or a
    title's own preposition (`تقرير صادر عن الهيئة`, `_governed`), with what was said right after them; else j."""
    if toks[j].key == IN and _seated(toks[max(i, j - MAX_SEATED) : j]):
        past = seat_place(toks, j, g)
        ends = past >= len(toks) or toks[past - 1].text.endswith((".", "،", ",", "؛"))  # `وفق وزارة الصحة في غزة.`
        if past > j and (ends or _words_follow(toks, past, g) or _words_after_name(toks, past, g)):
            return past  # and the name after it goes on in the subject (`في غزة أشرف القدرة:`)
    return _governed(toks, j, g)


MAX_SEATED = 5  # words from a state's body to the `في` of where it sits: `المتحدث باسم هيئة سلامة الطيران المدني في`


def _seated(before: list[Token]) -> bool:
    """Whether the words before a `في` hold the head of a state's body with nothing set apart after it (`وزارة
    الصحة في`; not `رئيسة لجنة الإغاثة الدولية، المقيمة في`: where the person lives)."""
    heads = [k for k, t in enumerate(before) if without_conjunction(t.key, SEAT_HEADS) in SEAT_HEADS]
    return bool(heads) and not any(t.text.endswith(("،", ",")) for t in before[heads[-1] :])


def _governed(toks: list[Token], j: int, g: Gazetteer) -> int:
    """The index after the preposition at token j and its noun phrase, when the word before takes that preposition
    (`lexicons/governed.tsv`) and what was said opens right after them (`تقرير صادر عن الهيئة العامة للسياحة أن`,
    `المصدر القريب من التحقيق اليوم الثلاثاء أن`); j otherwise (`وعبر المسؤول عن استعداد رجال الأعمال في …`: the
    verb's `عن`; `الخبير في تصريح لـ…`: an occasion)."""
    before = toks[j - 1]
    if j + 1 >= len(toks) or (without_conjunction(before.key, GOVERNING), toks[j].key) not in GOVERNED:
        return j
    if not before.text[-1].isalpha() or occasion_aside(toks, j) is not None or toks[j + 1].key in NOT_SUPERVISED:
        return j  # `وأوضح الباحث في أهمية البحث أنه`: what he spoke of
    phrase = np_after(toks, j + 1, g)[0]
    past = j + 1 + len(phrase.split())  # where the phrase ends (np_after's next index is past whom it was said to)
    return past if phrase and _words_follow(toks, past, g) else j


ABOUT = search_form("عن")


def _words_follow(toks: list[Token], k: int, g: Gazetteer) -> bool:
    """Whether what was said opens at token k, past time words, an aside of occasion and whom it was said to: `أن`,
    `إن`, a colon, a quotation that is no name, or the particle of `أعرب عن`, `أشار إلى`."""
    m = k
    while m < min(len(toks), k + 8):
        t = toks[m]
        if t.key in COMPLEMENTIZERS or t.text.startswith(":") or toks[m - 1].text.endswith(":") or t.key == ABOUT:
            return True  # `وأعرب البيان الصادر عن الوزارة عن قلقه`
        if t.key in ASIDE_ENDS:  # `أشار التقرير الصادر عن … إلى أن`; not `دعا الجهات القريبة من الشباب إلى إقامة …`
            return m + 1 < len(toks) and toks[m + 1].key in COMPLEMENTIZERS
        if t.text[0] in OPENING_QUOTES + '"':
            return not _short_quote(toks, m)
        if _addressee(toks, m, g):
            m = max(m + 1, _past_addressee(toks, m))
            if m < len(toks) and toks[m].text[0] in OPENING_QUOTES + '"' and _short_quote(toks, m):  # `لوكالة "فرانس برس"`
                m = next(q + 1 for q in range(m, m + 3) if toks[q].text.rstrip("،,:.").endswith(tuple(CLOSING_QUOTES + '"')))
        elif (aside := occasion_aside(toks, m)) is not None:
            m = aside
        elif t.key in TIME_WORDS or t.key in TIME_NOUNS or t.key in TIME_ADJECTIVES:
            m += 1
        else:
            return False
    return False


IN = search_form("في")


def place_at(words: list[str], g: Gazetteer) -> tuple[int, str] | None:
    """How many of `words` the place they open with takes, past a unit of territory (`مدينة دويسبورغ`, `ولاية
    ميسيسيبي`, `الولايات المتحدة`), and its state; None when they open with no place the gazetteer knows."""
    k = 1 if len(words) > 1 and search_form(words[0]).strip(EDGE_PUNCT).removeprefix("ال") in ADMINISTRATIVE_UNITS else 0
    return next(
        (
            (k + n, state)
            for n in (1, 2)
            if k + n <= len(words) and (state := g.state_of_place(" ".join(words[k : k + n]).strip(EDGE_PUNCT)))
        ),
        None,
    )


def seat_place(toks: list[Token], j: int, g: Gazetteer) -> int:
    """The index after `في` at token j and the place a state's body sits in, with its unit and nisba (`في بوليفيا`,
    `في مدينة دويسبورغ`, `في ولاية ميسيسيبي الأميركية`, `في الولايات المتحدة`); j when no known place follows."""
    if toks[j].key != IN or (found := place_at([t.text for t in toks[j + 1 : j + 4]], g)) is None:
        return j
    past = j + 1 + found[0]
    if toks[past - 1].text.endswith(("،", ",", ":")):
        return past
    while past < len(toks) and toks[past].key.startswith("ال") and toks[past].key.endswith(ADJECTIVE_ENDINGS):
        past += 1  # `ولاية ميسيسيبي الأميركية`
    return past


OVER = search_form("على")
SUPERVISORS = frozenset(search_form(w) for w in ("المشرف", "مشرف", "المشرفة", "مشرفة"))
"""`المشرف على …` (supervisor of): 215 speakers of a corpus run were cut at `على` and their words began with the title."""
NOT_SUPERVISED = frozenset(search_form(w) for w in ("أهمية", "ضرورة"))


def _supervisor_before(toks: list[Token], i: int, j: int) -> bool:
    """Whether `على` at token j follows `المشرف` (or `المشرف العام`, `والمشرفة العامة`) within the subject that
    starts at i: at its head or after a title and name (`مستشار أمير منطقة مكة المكرمة المشرف العام على وكالة
    التنمية`: 279 speakers of run w68 ended at `المشرف`)."""
    return any(k >= i and toks[k].key.removeprefix("و") in SUPERVISORS and toks[k].text[-1].isalpha() for k in (j - 1, j - 2))


def _supervised(toks: list[Token], j: int) -> bool:
    """Whether `على` at token j opens what a supervisor supervises (`على الملتقى`), not what is said (`وأكد المشرف على
    أهمية …`, `على أن …`)."""
    return j + 1 < len(toks) and toks[j + 1].key not in COMPLEMENTIZERS and toks[j + 1].key not in NOT_SUPERVISED


STUDENT = search_form("طالب")
CLAUSE_LINKS = frozenset(search_form(w) for w in ("حيث", "إذ", "و"))
PREVERBAL = frozenset(search_form(w) for w in ("لم", "لا", "لن", "قد"))
PUBLICATIONS = frozenset(search_form(w) for w in ("صحيفة", "موقع", "قناة", "وكالة", "مجلة", "شبكة", "إذاعة"))
"""Heads whose genitive is a publication's name (`صحيفة مكة`), so definite."""


def _named(t: Token, g: Gazetteer) -> bool:
    """Whether a word is definite or a name (`الوكالة`, `رويترز`, `بوتين`, `مكة`), which no relative clause follows unmarked."""
    if t.key.startswith("ال") or (HEADS.get(t.key) == "medium" and t.key not in NAMED_HEADS):
        return True
    word = t.text.strip(EDGE_PUNCT)
    return any(m.start == 0 and m.end == len(word) and (m.form.actor_ids or not m.form.kind.startswith("role:")) for m in g.find(word))


NOT_SOURCES = frozenset(
    form for row in load_tsv("not_sources.tsv") for word in [search_form(row["word"]).removeprefix("ال")] for form in (word, "ال" + word)
)
"""What an attribution may name that is no source: a rule or plan (`وفقًا لاتفاقية الإطار`), a measure (`حسب المناطق`)."""


def rule_word(word: str) -> bool:
    """Whether a folded word (with or without `لـ`, `ال`: `للاتفاق`, `لجدول`, `المناطق`) is one of `NOT_SOURCES`."""
    return (after_lam(word) or word) in NOT_SOURCES or word in NOT_SOURCES


EVIDENCE = frozenset(search_form(row["word"]) for row in load_tsv("evidence.tsv"))
"""Nouns of evidence and figures (`lexicons/evidence.tsv`: `الأرقام`, `المؤشرات`, `التقديرات`): what they show is no
one's speech act."""


def evidence(phrase: str, g: Gazetteer) -> bool:
    """Whether a speaker phrase is a noun of evidence with its adjectives alone (`الأرقام`, `المؤشرات الأولية`,
    `الإحصاءات الرسمية`, `تقديرات رسمية`), no genitive nor a nisba naming a source (`إحصاءات المنظمة`, `الإحصاءات
    السعودية` stay)."""
    words = [w.strip(EDGE_PUNCT) for w in search_form(phrase).split()]
    if not words:
        return False
    first = words[0].removeprefix("و")
    if (first[2:] if first.startswith("ال") else first) not in EVIDENCE:
        return False
    if not first.startswith("ال") and words[1:2] and (words[1].startswith("ال") or not words[1].endswith(("ه", "ي"))):
        return False  # in construct: whose figures they are speaks (`نتائج التحقيقات الأولية`, `تقديرات معهد "SWFI"`)
    rest = " ".join(words[1:])
    return not any(w in HEADS for w in words[1:]) and not any(m.form.actor_ids for m in g.find(rest))


ADMIT = search_form("أقر")
ADD = search_form("أضاف")
_GOAL_RE = re.compile(r"(?:ال)?هدف(?:ا)? (?:ال)?(?:ثاني|ثالث|رابع|خامس|سادس|فوز|تعادل)")
NOMINAL_LINKS = frozenset(search_form(w) for w in ("هو", "هي", "من"))


def says_nothing(lemma: str, toks: list[Token], after: int) -> bool:
    """Senses of a reporting verb that report no words, judged by what follows its subject (token `after`): `أقر` with
    no `بـ`, `أنّ` or colon (`أقر البرلمان المجري سلسلة قوانين`, a law passed; not `أقر الإليزيه بأن`), `أضاف` with a
    goal (`يضيف الهدف الثاني عند الدقيقة 43`, `أضاف هدف الفوز`; not `وأضاف الهدف الثاني هو …`, the aim)."""
    lemma = search_form(lemma)
    if lemma == ADMIT:
        return not any(_admits(t) for t in toks[after : after + 8])
    if lemma != ADD or _GOAL_RE.match(" ".join(t.key for t in toks[after : after + 3])) is None:
        return False
    return not any(t.key in NOMINAL_LINKS for t in toks[after + 2 : after + 4])


def _admits(t: Token) -> bool:
    """`بأن`, `بانهيار`, `أن`: what `أقر` admits opens here."""
    return t.key in COMPLEMENTIZERS or (t.key.startswith("ب") and len(t.key) > 3) or t.text.endswith(":")


def _reporting_verb(t: Token) -> bool:
    """A reporting verb (`تحدثت`, `قالت`), not `طالب` (a student, `أبو طالب`)."""
    return t.key != STUDENT and (said := cue_forms().get(t.key)) is not None and said.kind == "verb"


TEAM = search_form("الفريق")
"""`الفريق`: a rank before a name, and "the team" before its genitive (`الفريق القانوني لأسرة شريف`)."""


def _addressed(toks: list[Token], j: int) -> bool:
    """Whether a `لـ` phrase at token j names whom the words were said to: definite (`للرئيس بوتين`) or in construct
    with a definite noun (`لذوي الشهيد`), with a complementizer soon after; not a name (`الدكتورة تيسا لويس إن`)."""
    t = toks[j]
    definite = t.key.startswith("لل") or (t.key.startswith("ل") and j + 1 < len(toks) and toks[j + 1].key.startswith("ال"))
    return definite and any(x.key in COMPLEMENTIZERS for x in toks[j + 1 : j + 4])


def _to_me(toks: list[Token], i: int) -> bool:
    """Whether `لي` at token i is "to me": what follows is no more of a name (`إن`, `:`, a quotation, `الطبيب`)."""
    if toks[i].key != TO_ME:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or toks[i].text.endswith(":") or nxt.key in COMPLEMENTIZERS or nxt.key.startswith("ال") or nxt.text[0] in QUOTES


_HUMAN_PLURAL_RE = re.compile(r"ال(?:م\w{3,}ين|\w{2,}يين)")
"""A definite sound plural of a participle or nisba (`المواطنين`, `المستهلكين`, `الصحفيين`, `السياسيين`): people."""


def _ends_name(t: Token, before: Token | None) -> bool:
    """Whether a word can be the last of a person's name, which takes no genitive: indefinite, not a head noun, a
    preposition or a feminine noun (`جمعية المعطلين`, `نقابة الصحفيين`: a genitive) unless a family name (`بن شيخة`),
    nor set apart by punctuation."""
    if not t.text[-1].isalpha() or t.key.startswith(("ال", "وال", "لل")) or t.key in HEADS or t.key in PREPOSITION_WORDS:
        return False
    if t.key in PARTITIVES or (before is not None and _in_construct(before)):
        return False  # `أحد المسؤولين`, `بعض المعلقين`, `مدير شؤون المعلمين`: a noun in construct
    return not t.key.endswith("ه") or (before is not None and before.key in B_LINKS)


FAMILY = search_form("آل")  # `آل نهيان`: folds like the article `ال`


def _object_next(toks: list[Token], i: int, j: int, g: Gazetteer, kind: str = "o") -> bool:
    """Whether token j opens the object of a verb that takes a person object (`cues.tsv` `o`) after a complete subject: a definite noun
    or a name after exactly one known actor's name (`إسرائيل المتظاهرين`, `جاويش أوغلو المملكة`), or a body
    or actor after a role with its nisba (`الرئيس الأمريكي الكونغرس`; not `وزير الخارجية الأمريكي السابق`). `kind`
    `t` (a verb that takes a thing, `أدان`): only a definite word that heads no source (`وأدانت واشنطن الهجوم`)."""
    t = toks[j]
    if t.key.startswith("و") and (without_conjunction(t.key, HEADS.keys()) != t.key or g.find(t.text[1:])):
        return False  # `السعودية والإمارات والبحرين`: coordinated subjects
    if _closed_before(toks, i, j, g) and not toks[j - 1].text.endswith(("،", ",")):
        return True
    if _HUMAN_PLURAL_RE.fullmatch(t.key) and _ends_name(toks[j - 1], toks[j - 2] if j > i + 1 else None):
        return True  # `وأبلغ قائد شرطة لندن ستيوارت كاندي الصحفيين`: people after a name are whom it was said to
    people = kind == "o"  # `t`: it takes a thing (`أدان`), so a title after a name is the name's (`اليامي رئيس لجنة …`)
    if people and toks[j - 1].key.startswith("ال") and not t.key.startswith("ال") and (t.key in HEADS or t.key in NAMED_HEADS):
        return True  # `وتتهم المعارضة حزب الاتحاد`, `ودعا الأمين العام مجلس الأمن`: an indefinite head after a definite word
    if people and toks[j - 1].key.startswith("ال") and toks[j - 1].key not in HEADS and _body_noun(t) and toks[j - 1].text[-1].isalpha():
        return True  # `وطالب المومني الحكومة الإسرائيلية`: a definite body after a definite word, which takes no genitive
    text = " ".join(x.text for x in toks[i:j]).strip(EDGE_PUNCT + " ")
    last = toks[j - 1].text
    if t.key == FAMILY or any(m.start < len(last) < m.end for m in g.find(" ".join(x.text for x in toks[j - 1 : j + 3]))):
        return False  # the name goes on: `عبدالله بن زايد آل نهيان`, `دولة الإمارات العربية المتحدة`
    found = g.find(text)
    # one known actor's whole name, or several joined with `و` (`السعودية والإمارات`), or a capital (`دعت موسكو الدول`)
    joined = all(text[a.end : b.start].strip() in ("", "و") for a, b in pairwise(found))
    whole = (
        bool(found)
        and found[0].start <= 1
        and found[-1].end == len(text)
        and joined
        and all(m.form.kind in ("alias", "capital") for m in found)
    )
    ends_in_nisba = bool(found) and found[-1].end == len(text) and found[-1].form.kind == "nisba"
    # a role, its nisba and the holder's known name (`الرئيس الإيراني حسن روحاني`), then the object (`واشنطن`)
    ends_in_person = bool(found) and found[-1].end == len(text) and found[-1].form.kind == "alias" and len(found) > 1
    if not (whole or ends_in_nisba or ends_in_person):
        return False
    if not people:  # `وأدانت واشنطن الهجوم`, `وأدان الرئيس الفرنسي إيمانويل ماكرون الهجوم`: a definite thing, no head
        return t.key.startswith("ال") and t.key not in HEADS and not toks[j - 1].text.endswith(("،", ","))
    # a known name in one word (`ترامب`), or a body's or state's in several (`مجلس الأمن الدولي`; not a person's,
    # whom a role names: `الرئيس الأمريكي دونالد ترامب`)
    named = any(m.start == 0 and m.form.kind == "alias" for m in g.find(t.text)) or any(
        m.start == 0 and m.form.kind == "alias" and g.actors[m.form.actor_ids[0]].kind != "person"
        for m in g.find(" ".join(x.text for x in toks[j : j + 4]))
    )
    if whole:
        # `ودعت الخارجية البحرينية مجلس الأمن الدولي`, `ودعت السعودية والإمارات مجلس الأمن`
        return t.key.startswith("ال") or named or HEADS.get(t.key) == "organ" or bool(g.find(t.text))
    person = found[-1].form.kind == "alias" and found[-1].end == len(text) and g.actors[found[-1].form.actor_ids[0]].kind == "person"
    # a definite noun that is no title in apposition (`ميسون الدملوجي، المتحدثة`, `رياض المصطفى الرئيس السابق`)
    definite = t.key.startswith("ال") and HEADS.get(t.key) not in ("official", "person") and not toks[j - 1].text.endswith(("،", ","))
    other = definite or any(m.start == 0 and m.form.kind in ("alias", "capital") for m in g.find(t.text))
    return named or HEADS.get(t.key) == "organ" or (person and other)  # `حسن روحاني واشنطن`


def _closed_before(toks: list[Token], i: int, j: int, g: Gazetteer) -> bool:
    """Whether the subject of a verb that takes a person or thing ends before token j, whatever it names: after `نفسه`
    (`وانتقد الدبلوماسي نفسه قول مسؤولين`); a state's name after a definite word, which takes no genitive (`وانتقد رعد
    الحسين إسرائيل`); a plural or verbal noun of no person after a definite nisba, which it cannot qualify
    (`انتقدت الخارجية الروسية تصريحات أدلى بها`). (A definite body after a bare name, `وانتقد ظريف الإدارة الأمريكية`,
    was tried: a title the heads do not list reads as such a name, `وحذر سكرتير الرئاسة`.)"""
    before, t = toks[j - 1], toks[j]
    if before.key in EMPHATICS:
        return True
    # only an indefinite word after a definite one can open the object (`النيابة العامة السعودية`: a definite one may
    # be the nisba)
    if not before.key.startswith("ال") or t.key.startswith("ال"):
        return False
    nisba = before.key.endswith(("ي", "يه")) and before.key not in HEADS
    plural = t.key.endswith("ات") and len(t.key) > 4
    masdar = re.fullmatch(MASDAR_SHAPES, t.key) is not None  # a derived verb's (`تصريح`); `أفعال` is a plural too (`أستاذ`)
    genitive = t.key.startswith("ل")  # `الممثل التجاري للولايات المتحدة`
    if nisba and not genitive and t.key not in HEADS and (plural or masdar):
        return True
    whole = [m for m in g.find(t.text) if m.start == 0 and m.end == len(t.text) and m.form.kind in ("alias", "capital")]
    if not any(g.actors[m.form.actor_ids[0]].kind == "state" for m in whole):
        return False
    phrase = " ".join(x.text for x in toks[i : j + 1])
    return not any(m.start < len(phrase) - len(t.text) < m.end for m in g.find(phrase))  # `المملكة العربية السعودية`


def _body_noun(t: Token) -> bool:
    """A definite head noun of a body that is no adjective in form and no office (`الحكومة`, `الشركة`; not
    `الخارجية`, which follows `الشؤون` as its nisba, nor `المتحدثة`, a title in apposition)."""
    return t.key.startswith("ال") and HEADS.get(t.key) in BODY_HEADS and t.key not in OFFICE_HEADS and not t.key.endswith(ADJECTIVE_ENDINGS)


def _after_person(toks: list[Token], i: int, last: int, g: Gazetteer) -> int:
    """End a speaker at the person it names (`الوزير الصفدي تعاون الأردن` → `الوزير الصفدي`), unless `و` goes on."""
    text = " ".join(t.text for t in toks[i : last + 1])
    for m in g.find(text):
        if m.form.actor_ids and g.actors[m.form.actor_ids[0]].kind == "person":
            end = next((k for k in range(i, last + 1) if _offset_in(toks, i, k) >= m.end), last)
            if end < last and not toks[end + 1].key.startswith("و") and not toks[end].text.endswith(("،", ",")):
                return end
    return last


def _after_addressee(toks: list[Token], i: int) -> int:
    """The index after a medium the words were said to, when one opens the phrase (`لـ«عكاظ»`, `لـ "الاقتصادية"`,
    `لفرانس24`)."""
    if i >= len(toks) or not _addressee(toks, i):
        return i
    if named := _named_addressee(toks, i):
        return i + len(named[0])
    for k in range(i, min(len(toks), i + 5)):
        if toks[k].text.rstrip("،,:").endswith(tuple(CLOSING_QUOTES + '"')) and (k > i or toks[k].text.count('"') != 1):
            return k + 1
        if "(" in toks[i].text and toks[k].text.rstrip("،,:").endswith(")"):
            return k + 1  # `كشف لـ(عكاظ) عميد القبول …`
    return i


AFFILIATION_PREPOSITIONS = frozenset(search_form(w) for w in ("في", "من", "داخل"))


CLOSE_TO = frozenset(search_form(w) for w in ("مقرب", "مقربة", "مقربون", "مقربين", "قريب", "قريبة", "قريبون", "قريبين"))


def _unnamed_source(toks: list[Token], i: int, j: int) -> bool:
    """Whether tokens i..j are an unnamed source or official with at most two plain adjectives (`مصدر`, `مصدر
    مسؤول`, `مسؤول أمريكي كبير`): indefinite words that are no head, stop or quotation, nothing set apart."""
    if not 0 < j - i <= 3 or HEADS.get(toks[i].key) not in ("source", "official") or toks[j - 1].key in CLOSE_TO:
        return False  # `مصدر مقرب من عائلة الإعلامي`: close to someone, not of them
    return all(
        not t.key.startswith("ال")
        and HEADS.get(t.key) in (None, "official")  # `مسؤول`
        and t.key not in SPEAKER_STOPS
        and not (t.key.startswith("ي") and not t.key.endswith("ي"))  # a verb: `دبلوماسي أوروبي يشارك في`, not `يمني`
        and t.text[0].isalpha()
        and t.text[-1].isalpha()
        for t in toks[i + 1 : j]
    )


def _affiliation(toks: list[Token], j: int, g: Gazetteer) -> int:
    """The index after the body an unnamed source or official belongs to, at token j (`في الحكومة الكندية`,
    `من المعارضة السورية`, `بوزارة الداخلية`, `بالجيش`); j when no such body follows.

    Only definite words, head nouns and names the gazetteer knows make the body: `مصدر في القنصلية السعودية
    مقتل خاشقجي` stops before `مقتل`, and `مصادر في عدن` (a place) is not taken."""
    k = j + 1 if toks[j].key in AFFILIATION_PREPOSITIONS else j
    if k == j and not (toks[j].key.startswith("ب") and _body_word(toks[j].key[1:], toks[j].text, g)):
        return j
    end = k
    while end < len(toks) and end - k < MAX_AFFILIATION:
        t = toks[end]
        # a body's own noun in construct with a definite word: `في نادي النصر`, `في صندوق التنمية العقارية`
        construct = end == k and end + 1 < len(toks) and t.text[-1].isalpha() and toks[end + 1].key.startswith("ال")
        construct = construct and t.key not in NOT_BODY_NOUNS  # not `في بيان الوزارة`, `في هذا التطور`
        # the body's name goes on with `لـ` after a definite word: `في المركز النيكاراغوي لحقوق الإنسان`, `للدراسات`
        definite_next = end + 1 < len(toks) and toks[end + 1].key.startswith("ال")
        lam = end > k and toks[end - 1].key.startswith("ال") and t.key.startswith("ل") and (t.key.startswith("لل") or definite_next)
        # but not whom it was told (`لوكالة الأنباء الفرنسية`) nor after a whole name (`بالأمم المتحدة لمجلس الأمن`)
        lam = lam and HEADS.get(t.key[1:]) != "medium" and not _name_ends_at(toks, k, end, g)
        if (
            t.key in SPEAKER_STOPS
            or t.key in COMPLEMENTIZERS
            or _addressee(toks, end, g)
            or not (construct or lam or _body_word(t.key, t.text, g))
        ):
            break
        end += 1
        if t.text.endswith(("،", ",", ":")):
            break
    return end if end > k else j


MAX_AFFILIATION = 6


def _name_ends_at(toks: list[Token], k: int, end: int, g: Gazetteer) -> bool:
    """Whether a name the gazetteer knows ends with token end - 1 of the words from token k (`الأمم المتحدة`)."""
    text = " ".join(t.text for t in toks[k:end])
    return any(m.end == len(text) and m.form.actor_ids and m.form.kind == "alias" for m in g.find(text))


POSTED_AT = search_form("لدى")


def _posted_to(toks: list[Token], i: int, j: int, g: Gazetteer) -> int:
    """The index after `لدى` and the state or body the office holder at token i serves at, at token j (`لدى الأمم
    المتحدة`, `لدى الأردن`), or after an envoy's `في`/`إلى` (`heads.tsv`, `posted`) and a state, capital or
    international body (`المبعوث الأممي إلى اليمن،`, `المندوب الروسي في مجلس الأمن`; not a state's organ: `مندوب
    اليمن في الحكومة اليمنية`); j when none follows (`لدى استقباله`, `لدى الجبهة الشعبية برنامج`, `إلى أن`)."""
    posted = toks[j].key == POSTED_AT
    if not (posted or toks[j].key in POSTED.get(toks[i].key, ())) or j + 1 >= len(toks):
        return j
    window = toks[j + 1 : j + 5]
    text = " ".join(t.text for t in window)
    found = next((m for m in g.find(text) if m.start == 0 and m.form.actor_ids and m.form.kind in ("alias", "capital")), None)
    if found is None or not (posted or g.is_place(found) or g.international(found)):
        return j
    end, past = 0, j
    for n, t in enumerate(window, start=1):
        end += len(t.text) + (1 if n > 1 else 0)
        if end >= found.end:
            past = j + 1 + n
            break
    # only when the envoy's name ends where what was said opens (`، فرانسوا دي لاتر، خلال`, `السفير منصور العتيبي إن`),
    # not before an object (`الدكتور سامي الصالح متانة العلاقات`), where no one can tell where the name ends
    for k in range(past, min(len(toks), past + MAX_POSTED_NAME)):
        if _content_opens(toks, k) or (k > past and toks[k - 1].text.endswith(("،", ","))):
            return past
        if k > past and (toks[k].key in TIME_WORDS or occasion_aside(toks, k) is not None or _addressee(toks, k, g)):
            return past  # `السفير الفرنسي في تونس أوليفيي بوافر دارفور اليوم الاثنين`, `… معز السيناوي في تصريح لـ`
        if k == past and toks[k].key in PREPOSITION_WORDS and not posted:
            return past  # `وحذر السفير الروسي في الولايات المتحدة من "تداعيات …"`: the verb's own preposition
        if toks[k].key in SPEAKER_STOPS or toks[k].key in cue_forms():
            return j
    return j


MAX_POSTED_NAME = 7  # words of an envoy's title and name after where he serves


def _has_title(words: list[Token]) -> bool:
    """Whether a subject's words hold a title or body head before a preposition: at its start (`مدير برنامج …`) or, as a
    definite word not closed by a comma, among the next four (`يوجين سيريبرينيكوف النائب الأول …`)."""
    return bool(words) and (
        HEADS.get(words[0].key) is not None
        or any(t.key.startswith("ال") and HEADS.get(t.key) in TITLE_HEADS for t in words[1:5] if t.text[-1].isalpha())
    )


def _named_in_quotes(toks: list[Token], k: int) -> bool:
    """Whether a short quotation at token k names the body before it (`في شركة "إيي كنترول" لأبحاث النفط`), not what was said."""
    return k < len(toks) and toks[k].text[0] in OPENING_QUOTES + '"' and _short_quote(toks, k)


def _titled(toks: list[Token], j: int, g: Gazetteer) -> int | None:
    """Where a title's body and name end, when a preposition at token j opens the body it serves and what was
    said follows them: `في المنظمة الدولية بيتر فرانكنتال:`, `في السفارة الأميركية في بكين، إن`, `في إدارة
    السجلات في البيت الأبيض سولومون لارتي لموقع بوليتيكو:`. The body starts with a head noun of a body (not `في
    بيان`, `في المؤتمر الصحفي`: a channel); a second one may be a known actor or place; a name after them has at
    most three words. None when anything else follows (`في هذا الصدد`)."""
    if j + 1 >= len(toks) or HEADS.get(without_conjunction(toks[j + 1].key.removeprefix("لل"), HEADS.keys())) not in BODY_HEADS:
        return None
    k = _affiliation(toks, j, g)
    second = k + 1 < len(toks) and toks[k].key in AFFILIATION_PREPOSITIONS  # the gazetteer is asked only then
    if second and any(m.start == 0 and m.form.actor_ids for m in g.find(" ".join(t.text for t in toks[k + 1 : k + 4]))):
        k = max(k, _affiliation(toks, k, g))
    return _words_after_name(toks, k, g) if k > j + 1 else None


def _words_after_name(toks: list[Token], k: int, g: Gazetteer) -> int | None:
    """Where what was said opens (or whom it was said to) after a name of at most three words from token k (`بيتر
    فرانكنتال:`, `أشرف القدرة:`), else None: not past a definite word, a stop, a head noun or a cue."""
    for end in range(k, min(len(toks), k + 4)):
        if _content_opens(toks, end) or _addressee(toks, end, g):
            return end
        t = toks[end]
        family = t.key.startswith("ال") and t.text.endswith((":", "،", ","))  # `أشرف القدرة:`: a family name ends it
        if (t.key.startswith("ال") and not family) or t.key in SPEAKER_STOPS or t.key in HEADS or t.key in cue_forms():
            return None
    return None


def _content_opens(toks: list[Token], k: int) -> bool:
    """Whether what was said starts at token k: after a colon or a comma, at `أنّ`/`إنّ` or a quotation."""
    after_mark = k > 0 and toks[k - 1].text.endswith((":", "،", ","))
    colon = toks[k].text.startswith(":")  # `وأضاف براتشز : "…"`: a colon set apart
    return after_mark or colon or toks[k].key in COMPLEMENTIZERS or toks[k].text[0] in OPENING_QUOTES + '"'


def _body_word(key: str, text: str, g: Gazetteer) -> bool:
    """A word of a body's name: definite (`الحكومة`, `الكندية`, `بالمهدية`), a head noun in construct (`وزارة`), or a known name."""
    return key.startswith(("ال", "لل", "بال")) or key in HEADS or bool(g.find(text))


def _object_after_subject(toks: list[Token], i: int, j: int, g: Gazetteer) -> bool:
    """Whether token j starts the verb's object (often whom it was said to) after a complete subject:
    `وأبلغ وزير النقل الماليزي ليو تيونج لاي رويترز` (a medium after a name), `أبلغت سوشما سواراج وزيرة
    الخارجية الهندية البرلمان` (a head noun after a nisba), `أدانت الأمم المتحدة "تشويه سمعة"` (a quotation
    after a name that takes none). Not `وكالة رويترز`, `مراسل رويترز`, `وزارة الخارجية الأمريكية`."""
    t, before = toks[j], toks[j - 1]
    if before.text.endswith(("،", ",")) or before.key in HEADS or before.key in NAMED_HEADS or before.key in B_LINKS:
        return False
    head = HEADS.get(t.key)
    if head == "medium" and not t.key.startswith("ال") and t.key not in NAMED_HEADS:
        return True  # `رويترز`, `شينخوا`: an agency's name (not `معلومات صحيفة`, `تقرير نشره موقع`: a noun in construct)
    nisba = before.key.startswith("ال") and before.key.endswith(ADJECTIVE_ENDINGS) and _nisba(before.text, g)
    if nisba and head in ("organ", "medium") and t.key.startswith("ال"):
        return True
    if t.text[0] not in OPENING_QUOTES + '"' or not _short_quote(toks, j) or g.find(t.text.strip(EDGE_PUNCT)):
        return False
    subject = " ".join(x.text for x in toks[i:j])
    return any(m.end == len(subject) and m.form.actor_ids for m in g.find(subject))  # a known actor's name is complete


ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "يتين")
ASIDES = frozenset(search_form(w) for w in "خلال أثناء عقب قبيل لدى في".split())
"""Prepositions that open an aside of time, place or occasion (`، خلال مؤتمر المانحين في بروكسل،`)."""


OCCASIONS = frozenset(search_form(row["occasion"]) for row in load_tsv("occasions.tsv"))
ISSUED = frozenset(search_form(row["occasion"]) for row in load_tsv("occasions.tsv") if row["issued"] == "y")
"""Occasions that are texts a speaker issues (`بيان`, `تقرير`, `تصريح`): after the subject, the verb's object."""
"""Nouns of the occasion or channel of a statement (`lexicons/occasions.tsv`: `بيان`, `تغريدة`, `مؤتمر`, `وقت`)."""


ASIDE_ENDS = frozenset(search_form(w) for w in "عن إلى الى".split())
"""The particles of `أعرب عن`, `أشار إلى` that end an aside of occasion (`على` does not: `في تغريدة على حسابه`)."""


def channel_at(toks: list[Token], j: int) -> bool:
    """Whether a page or account a statement is posted on follows `على` at token j (`على صفحته على فيسبوك:`, `على موقعها
    الإلكتروني، عن`): an aside before what was said, not the cue's own preposition (`أكد على ضرورة …`)."""
    return toks[j].key == OVER and j + 1 < len(toks) and occasion_word(toks[j + 1].key) and toks[j + 1].key not in ISSUED


def occasion_word(key: str) -> bool:
    """Whether a folded word is a noun of occasion, bare, definite or with a possessive pronoun (`بيانها`; `كلمته`,
    `دراستهم`: a ta marbuta is written ت before it)."""
    word = key.removeprefix("ال")
    stems = [word[: -len(suffix)] for suffix in PRONOUN_SUFFIXES if word.endswith(suffix)]
    return word in OCCASIONS or any(s in OCCASIONS or (s.endswith("ت") and s[:-1] + "ه" in OCCASIONS) for s in stems)


IN_IT = frozenset(search_form(w) for w in ("فيه", "فيها", "فيهما"))


def issued_before(toks: list[Token], i: int) -> bool:
    """Whether the verb at token i speaks through a text issued just before it, which `فيه`/`فيها` after the verb stands
    for (`أصدرت محكمة العدل الدولية الخميس بيانا قالت فيه إنها …`, `بنشر تغريدة قال فيها إنه`, `تقريرا قالت فيه إن`):
    the verb's clause is on that text, and its subject is the text's maker, not the text; not `وقال فيه`, a clause of
    its own."""
    if i + 2 >= len(toks) or toks[i + 1].key not in IN_IT or toks[i].key[:1] in "وف":
        return False
    words = (search_form(strip_diacritics(t.text).strip(EDGE_PUNCT)) for t in toks[max(0, i - 3) : i])
    return any({w, w.removeprefix("ب"), w.removesuffix("ا")} & ISSUED for w in words)  # `بيان`, `بتغريدة`, `بيانا`


def occasion_aside(toks: list[Token], j: int) -> int | None:
    """The index after an aside of occasion at token j, which a comma or colon closes or a complementizer follows
    (`في بيان صحافي لها،`, `في كلمة متلفزة إنه`), else None: not an aside of the matter itself (`في 16 اتهاما،`)."""
    if j + 1 >= len(toks) or toks[j].key not in ASIDES:
        return None
    if not occasion_word(toks[j + 1].key):
        return None
    for m in range(j + 1, min(len(toks), j + 9)):
        if m > j + 1 and (toks[m].key in ASIDE_ENDS or (toks[m].text[0] in OPENING_QUOTES + '"' and not _short_quote(toks, m))):
            return m  # `أعرب البيت الأبيض في بيان له عن قلق …`, `في بيانه "يؤكد …`: what was said opens here
        if toks[m].text.endswith(("،", ",", ":")) or (m + 1 < len(toks) and toks[m + 1].key in COMPLEMENTIZERS):
            return m + 1
    return None


def _first_turn(toks: list[Token], span: range) -> int | None:
    """The first token in `span` that opens what was said (a complementizer) or another statement (a cue), if any."""
    return next((m for m in span if toks[m].key in COMPLEMENTIZERS or toks[m].key in cue_forms()), None)


def long_aside(toks: list[Token], j: int) -> int | None:
    """Where what was said starts after a long aside of occasion at token j (`في تصريحات صحفية لـ"الجوهرة أف أم" على
    هامش ندوة نظمت للغرض بالاشتراك مع مجلس أوروبا، إن …`, `في مؤتمر صحافي مشترك الجمعة مع المستشارة الألمانية أنجيلا
    ميركل في بروكسل "سنواصل …"`): after the complementizer, else at a quotation, before any other cue."""
    if j + 1 >= len(toks) or toks[j].key not in ASIDES or toks[j + 1].key.removeprefix("ال") not in OCCASIONS:
        return None
    far = range(j + 2, min(len(toks) - 1, j + MAX_ASIDE))
    turn = _first_turn(toks, far)
    if turn is not None and toks[turn].key in COMPLEMENTIZERS:
        return turn + 1  # a quoted title on the way is part of the aside (`ندوة تحت عنوان "…" أن`)
    end = far.stop if turn is None else turn
    return next((m for m in range(j + 2, end) if toks[m].text[0] in OPENING_QUOTES + '"' and not _short_quote(toks, m)), None)


MAX_ASIDE = 24
OCCASION_TAILS = frozenset(
    search_form(w)
    for w in "له لها لهم لهما صحفي صحافي صحفية صحافية رسمي رسمية مقتضب مكتوب مكتوبة متلفز متلفزة مشترك مشتركة خاص خاصة".split()
)
"""What ends an occasion's noun phrase with no comma (`في بيان لها`, `في تصريح صحافي`)."""


def occasion_then_words(toks: list[Token], j: int) -> int | None:
    """The index after an aside of occasion at token j that no comma closes, when what was said follows it at once
    (`أعلنت في بلاغ لها ارتفاع حصيلة …`, `نفت في بيان لها اليوم الأربعاء تصريحات …`, `وأكد في تصريح له تضامن …`):
    the occasion's noun, then its `له` or adjective (without one, `في بيان الحكومة` would be cut), then time words."""
    if j + 2 >= len(toks) or toks[j].key not in ASIDES or toks[j + 1].key.removeprefix("ال") not in OCCASIONS:
        return None
    k = j + 2
    while k < len(toks) and toks[k].key in OCCASION_TAILS and not toks[k].text.endswith(("،", ",", ":")):
        k += 1
    if k == j + 2:
        return None
    while k < len(toks) and toks[k].key in TIME_WORDS and not toks[k].text.endswith(("،", ",", ":")):
        k += 1
    if k >= len(toks) or toks[k - 1].text.endswith(("،", ",", ":")) or toks[k].key in SPEAKER_STOPS | COMPLEMENTIZERS:
        return None  # a comma or complementizer is `occasion_aside`'s; a preposition goes on with the occasion
    if toks[k].text.startswith(("لـ", 'ل"', "ل«", "لل")) or toks[k].key[1:] in ADMINISTRATIVE_UNITS:
        return None  # whom it was made to (`في تصريحات صحفية لـ"الجوهرة"`) or where (`في كلمة لها بمدينة ميامي`)
    if toks[k].key.endswith("ت") and not toks[k].key.endswith("ات"):
        return None  # a verb of a relative clause (`خلال ندوة صحفية عقدت في قصر الحكومة`)
    if toks[k].key.endswith(("ه", "ها", "هم", "هما")):  # `استشهادهم`, or a verb of a relative clause: `عقده مع …، إن`
        said = _first_turn(toks, range(k + 1, min(len(toks), k + MAX_ASIDE)))
        if said is not None and toks[said].key in COMPLEMENTIZERS:
            return said + 1
    return k


def aside_end(toks: list[Token], j: int) -> int | None:
    """The index after an aside that opens at token j and closes with a comma within a few words."""
    return next((m + 1 for m in range(j, min(len(toks), j + 8)) if toks[m].text.endswith(("،", ","))), None)


def _object_noun_after(before: Token, t: Token, g: Gazetteer) -> bool:
    """Whether an object noun (`object_noun`) after this word starts the verb's object, not a genitive (`مدير تسجيل
    وسياقة العربات`): after a word that takes no genitive, a quoted name (`لمشروع "نيوم" تعيين`) or an indefinite
    adjective (`مصادر أخرى سقوط`); with a possessive (`رضاه`, `إعجابه`) after any word but a head in construct
    (`وزير خارجيته`)."""
    if before.text.endswith(("،", ",")) or before.key in PREPOSITION_WORDS or before.key.startswith("و"):
        return False
    if _masdar_follows_subject(before, g) or before.text[-1] in QUOTES or before.key in ADVERBS:
        return True  # (`أعلنت مصادر طبية سابقاً مصرع 21 شخصاً`)
    if t.key not in OBJECT_NOUNS:  # possessed
        return before.key not in HEADS
    return before.key not in HEADS and before.key.endswith((*ADJECTIVE_ENDINGS, "ى"))


def _takes_no_genitive(before: Token, g: Gazetteer) -> bool:
    """Whether a demonstrative or a verbal noun after this word starts another phrase (the object, or a time: `هذا
    العام`): after a definite word, an honorific pronoun or a known name, which take no genitive; not after a noun in
    construct (`منتقدو هذه الخطوة`, `أحد ممثلي هذه الأحزاب`, `وزير التعليم`) or a preposition (`باسم هذه الهيئة`)."""
    if before.text.endswith(("،", ",")) or before.key in PREPOSITION_WORDS:
        return False
    return before.key.startswith(("ال", "وال")) or HEADS.get(before.key) == "pronoun" or any(m.form.actor_ids for m in g.find(before.text))


def _disagrees(head: Token, t: Token) -> bool:
    """Whether a definite word right after a definite singular head noun cannot be its adjective, so starts the
    verb's object: an adjective agrees with its head, and a definite head takes no genitive. After a feminine head
    it would end in `ة` (`الوزارة المعنية`), `ى`/`ا` (`الهيئة العليا`) or be a nisba; after a masculine one it takes
    no `ة` (`الاتحاد الحكومة`); after either, no sound plural (`الوزارة المواطنين`, `الوزارة الاثنين`)."""
    agree = HEAD_AGREEMENT.get(head.key) if head.text.startswith("ال") else None
    if agree not in ("m", "f") or not t.text.startswith("ال") or t.text.endswith(("،", ",")):
        return False
    key = t.key
    if key.endswith(("ين", "ون")) and not key.endswith(ADJECTIVE_ENDINGS):
        return True
    if HEADS.get(head.key) in ("official", "person") or head.key in OFFICE_HEADS:
        return False  # a family name follows a person's title in either gender (`الباحثة الشقير`, `السفير العتيبة`)
    return not key.endswith(("ه", "ا", "ي")) if agree == "f" else key.endswith("ه") and not key.endswith(ADJECTIVE_ENDINGS)


BODY_CLASSES = frozenset({"organ", "group", "medium", "document", "company"})


def _state_after_body(head: Token, t: Token, g: Gazetteer) -> bool:
    """Whether a state or its capital follows a definite head noun of a body or document (`الصحيفة واشنطن`,
    `الوزارة طهران`): neither its adjective nor, after `ال`, its genitive; not a person after a title (`الرئيس ترامب`)."""
    if not head.text.startswith("ال") or t.key.startswith("ال") or HEADS.get(head.key) not in BODY_CLASSES:
        return False  # `الحكومة السعودية`: a definite word after it is its adjective
    found = g.find(t.text)
    return any(
        m.start == 0 and m.form.kind in ("alias", "capital") and all(g.actors[a].kind == "state" for a in m.form.actor_ids) for m in found
    )


def _past_addressee(toks: list[Token], j: int) -> int:
    """The index after the medium at token j and what describes it, when a comma or colon ends them (`لمراسل
    الجوهرة أف أم في جندوبة، إلقاء القبض`); at the complementizer that opens the words, when one comes first."""
    for k in range(j, min(len(toks), j + MAX_SPEAKER)):
        if toks[k].key in COMPLEMENTIZERS or (k > j and toks[k].text[0] in OPENING_QUOTES + '"'):
            return k
        if toks[k].text.endswith(("،", ",", ":")):
            return k + 1
    return j


B_ADVERBIALS = frozenset(search_form(row["word"]) for row in load_tsv("b_adverbials.tsv"))
MAX_B_PHRASE = 6  # words of a place of office or a name after `بـ` before what was said: `بجازان عيسى بن أحمد الحكمي، أن`


def _manner(toks: list[Token], j: int, g: Gazetteer) -> bool:
    """Whether the `بـ` word at token j ends the subject before it: an adverb of manner or a preposition
    (`lexicons/b_adverbials.tsv`: `بشدة`, `بشأن`), an occasion (`بمؤتمر صحفي`), a possessed noun (`بدوره`), or
    another bare indefinite noun that names no one and does not go on to what was said within a few words (`ودانت
    المنامة بشدة الهجوم`; but `أستاذ الاقتصاد بجامعة القاهرة لـ"العربية.نت"، إن`, `رئيس الوزراء الإسرائيلي بنيامين
    نتانياهو الاثنين في تل أبيب أن`, not `بن`, `باسم`, `بالوكالة`, `بلينكن`, the end of a name `مورييل باوسر، في بيان`,
    where an office is `للدفاع المدني بمحافظة الطائف`)."""
    t = toks[j]
    bare = t.key[1:]
    if t.key in B_ADVERBIALS or bare in OCCASIONS or _possessed(bare) or (t.text.endswith("ه") and len(bare) > 3):
        return True
    if t.text.endswith(("،", ",", ":")) or len(bare) < 3 or bare.startswith("ال"):
        return False
    if t.key in B_LINKS or bare in HEADS or bare in PLACES_OF_WORK or g.find(t.text):
        return False
    return not _goes_on_to_words(toks, j, g)


def _goes_on_to_words(toks: list[Token], j: int, g: Gazetteer) -> bool:
    """Whether what was said opens within a few words after token j (a comma or colon, `أنّ`, a quotation, a time
    word, an aside of occasion, an addressee, `من جهته`), before any cue."""
    for k in range(j + 1, min(len(toks), j + 1 + MAX_B_PHRASE)):
        key = toks[k].key
        if not key or key in cue_forms() or attribution_at(toks, k):
            return False
        for_part = key == "من" and k + 1 < len(toks) and toks[k + 1].key in FOR_ONES_PART
        if _content_opens(toks, k) or key in TIME_WORDS or for_part or occasion_aside(toks, k) is not None or _addressee(toks, k, g):
            return True
        if key in ASIDES and k + 1 < len(toks) and occasion_word(toks[k + 1].key):
            return True  # `… بهرام قاسمي خلال مؤتمر صحفي في طهران.`: an occasion, however it ends, follows a name
    return False


def b_thing(toks: list[Token], j: int, g: Gazetteer) -> bool:
    """Whether the `بـ` word at token j, after a subject, opens the thing a verb that takes `بـ` takes (`cues.tsv`
    `object` b), whatever the subject before it: a definite noun (`وأوصت الدراسة بالعمل`), `ما` or a demonstrative
    (`وأشاد العواضي بما وفرته`), a quotation (`وأشاد أبي بـ"شجاعة"`), or a noun in construct after a word no name
    follows (`وأشاد ابن محي بدعم أمير منطقة عسير`; after `الوزير` it may be a name) — not where the source sits or
    works (`_seat`), nor a family name before the object (`محمد بشير بالجهود`)."""
    t, before = toks[j], toks[j - 1]
    if not t.key.startswith("ب") or _seat(t, g) or t.text.endswith(("،", ",", ":")):
        return False
    if _b_marked(t):
        return True
    if len(t.key) < 4:
        return False
    titled = before.key in HEADS or without_conjunction(before.key, TITLES) in TITLES
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return not titled and nxt is not None and not nxt.key.startswith("ب") and not _family_name(toks, j, g)


def _seat(t: Token, g: Gazetteer) -> bool:
    """Whether a `بـ` word goes on in the source's title: a link (`باسم`, `بن`), where the source sits or works (a
    body's head (`BODIES`), a unit of territory, `lexicons/workplaces.tsv`: `بقيادة`, `بمحافظة`, `بجامعة`, `بالنادي`) or a
    place or name the gazetteer knows (`بسوسة`, `بلينكن`)."""
    stem = t.key[1:].removeprefix("ال")
    return t.key in B_LINKS or stem in BODIES or stem in PLACES_OF_WORK or bool(g.find(t.text))


BODIES = frozenset(
    form
    for form, row, _ in _HEAD_ROWS
    if row["class"] in ("organ", "group", "company") and not row["feminine"] and row["agree"] != "p" and row["office"] != "y"
)
"""The heads of bodies (`heads.tsv`): not of a person who holds an office in one (`رئيس`, `محافظ`), nor of people
(`وزراء`, `جهات`), nor a document (`بيان`, `تقرير`)."""


def _family_name(toks: list[Token], j: int, g: Gazetteer) -> bool:
    """Whether the `بـ` word at token j is a family name (`عادل بلعيد في تصريح`, `فلاديمير بوتن إن`, `سامنتا
    باور:`), not an adverb of manner: the word before may be a given name (indefinite, no adjective, head noun or
    known name, nothing after it) and what was said, or a preposition, comes right after it."""
    before, t = toks[j - 1], toks[j]
    named = not before.key.startswith("ال") and before.key not in HEADS and not before.key.endswith(ADJECTIVE_ENDINGS)
    if not named or before.text[-1] in EDGE_PUNCT or g.find(before.text):
        return False
    return t.text.endswith(("،", ",", ":")) or j + 1 >= len(toks) or _content_opens(toks, j + 1) or toks[j + 1].key in SPEAKER_STOPS


def _in_construct(t: Token) -> bool:
    """An indefinite head noun with nothing after it (`رئيس`, `مدير`, `موقع`): the next word is its genitive
    (`رئيس بلدية أنقرة`, `مدير برنامج المريخ`, `موقع بلومبيرغ`), not an adverb of manner."""
    return t.key in HEADS and not t.key.startswith(("ال", "وال")) and t.text[-1].isalpha()


ADMINISTRATIVE_UNITS = frozenset(search_form(w) for w in ("منطقة", "محافظة", "ولاية", "إمارة", "معتمدية", "مدينة", "بلدية"))
"""Units of a state's territory (`منطقة القصيم`, `بمحافظة الطائف`): where an office is, part of its title."""


WORKPLACES = frozenset(search_form(row["word"]) for row in load_tsv("workplaces.tsv"))
"""Where a source works or sits (`مشرف التصوير الضوئي بفرع جمعية الثقافة والفنون`, `الأستاذ بكلية الطب`: `lexicons/
workplaces.tsv`): after `بـ`, part of its title, no adverb of manner nor a verb's object."""
PLACES_OF_WORK = ADMINISTRATIVE_UNITS | WORKPLACES


B_LINKS = frozenset(search_form(w) for w in ("بن", "باسم", "برئاسة"))
"""Words with `بـ` that continue a source (`المتحدث باسم الحكومة`, `الوفد برئاسة …`, `محمد بن سلمان`)."""


def _offset_in(toks: list[Token], i: int, k: int) -> int:
    """The end of token k in the text `" ".join(tokens i..k)`."""
    return sum(len(t.text) + 1 for t in toks[i : k + 1]) - 1


def _addressee(toks: list[Token], j: int, g: Gazetteer | None = None) -> bool:
    """`لـ«عكاظ»`, `لصحيفة`, `للتلفزيون`, `لمراسل` at token j: a medium or reporter the words were said to.

    After a title (a head of an office or trade, alone or with its adjective: `الرئيس التنفيذي لشبكة`, `مدير
    لموقع`) or `التابع`, `لـ` + a medium is the body the title is of, not whom it was said to; after a name, a
    source, a body or a nisba it is (`مصدر أمني لمراسل الجوهرة`, `يوري أوشاكوف لوكالات الأنباء الروسية`,
    `وقالت المصادر لوكالة الأنباء الألمانية`, `متحدث باسم الاتحاد الدولي لوكالة فرانس برس`)."""
    t = toks[j]
    if t.text.startswith(("لـ", 'ل"', "ل«", "ل“")):
        return True
    key = t.key.removesuffix("نا")  # `لمراسلنا`
    stem = after_lam(key)
    named = _named_addressee(toks, j)
    if HEADS.get(stem) != "medium" and not named:
        return False
    if stem.removeprefix("ال").startswith("مراسل") or j == 0:
        return True
    definite = stem.startswith("ال") or any(toks[j + n].key.startswith("ال") for n in range(1, len(named[0]) if named else 1))
    if named and named[1] == "audience" and not definite:
        return True  # `وقال الجيش لصحفيين يرافقون …`: the press without the article is no body's genitive (`للصحافيين`,
        # `الهيئة المنظمة لوسائل الإعلام`)
    before = toks[j - 1]
    if before.key in BODY_LINKS:
        return False
    if not before.key.startswith("ال") and (
        HEADS.get(before.key) in ("official", "source") or (before.key in OFFICE_HEADS and HEADS.get(before.key) == "organ")
    ):
        return True  # `وقال مسؤول لرويترز`, `وقال متحدث لوكالة فرانس برس`: an unnamed source tells a medium (20 of 20 read)
    adjective = j > 1 and before.key.startswith("ال") and not (g is not None and g.find(before.text))
    head = toks[j - 2] if adjective else before
    if any(without_conjunction(x.key, NO_MEDIA_TITLES) in NO_MEDIA_TITLES for x in toks[max(0, j - 3) : j]):
        return True  # `وقال الوزير لرويترز`, `وزير الخارجية لرويترز`, `نجم لرويترز`: no minister or player is a medium's
    # the press is what a body is of (`الاتحاد الدولي للصحافيين`), a medium what a title is of (`المدير العام لسكاي نيوز`)
    of_body = BODY_HEADS if named and named[1] == "audience" else TITLE_HEADS
    return HEADS.get(head.key) not in of_body


def after_lam(key: str) -> str:
    """A word without its `لـ` (`للصحفيين` → `الصحفيين`, `لفرانس` → `فرانس`); "" when it has none."""
    return "ال" + key[2:] if key.startswith("لل") else key[1:] if key.startswith("ل") else ""


def _named_addressee(toks: list[Token], j: int) -> tuple[tuple[str, ...], str] | None:
    """The words and kind of an addressee of `lexicons/addressees.tsv` after `لـ` at token j (`للصحفيين`,
    `لبي بي سي`, `لوسائل إعلام محلية`), or None."""
    stem = after_lam(toks[j].key).removeprefix("ال")
    for words, kind in ADDRESSEES.get(stem, ()):
        if all(j + n < len(toks) and toks[j + n].key == word for n, word in enumerate(words[1:], 1)):
            return words, kind
    return None


def _addressee_rows() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """`lexicons/addressees.tsv` by its first folded word without the article: (folded words, kind)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in load_tsv("addressees.tsv"):
        words = tuple(search_form(row["form"]).split())
        out.setdefault(words[0].removeprefix("ال"), []).append((words, row["kind"]))
    return out


ADDRESSEES = _addressee_rows()


TITLE_HEADS = frozenset({"organ", "official", "person"})
"""Heads of an office or trade that take the body they serve with `لـ` (`الرئيس التنفيذي لشبكة الجزيرة`)."""
BODY_HEADS = frozenset({"organ", "group", "company"})  # not a medium: `في تقرير`, `في مجلة` is a channel
"""Heads of a body that takes the press it is made of with `لـ` (`الاتحاد الدولي للصحافيين`)."""
BODY_LINKS = frozenset(search_form(w) for w in ("التابع", "التابعة"))
NO_MEDIA_TITLES = frozenset(
    search_form(article + w)
    for w in "وزير وزيرة سفير سفيرة نجم لاعب لاعبة مدرب أمير ملك محافظ نائب نائبة قائد".split()
    for article in ("", "ال")
)
"""Titles of a state or a sport, never of a medium: `لـ` + a medium after one is whom it was said to."""


def _short_quote(toks: list[Token], j: int) -> bool:
    """Whether token j opens a quoted name of at most three words (`“سانا”`)."""
    return any(t.text.rstrip("،,:.").endswith(tuple(CLOSING_QUOTES + '"')) for t in toks[j : j + 3])


def _apposition(toks: list[Token], j: int, g: Gazetteer) -> bool:
    """Whether the comma-delimited segment at j continues a name (`وزير الدفاع الأمريكي، لويد أوستن،`)."""
    segment: list[Token] = []
    for t in toks[j : j + 6]:
        if segment and t.key in COMPLEMENTIZERS:
            # `قال وزير التربية، ناجي جلول إن`: a name of plain words ends before what was said (not `، لبي بي سي عربي
            # إن`, whom it was said to, nor `، إلا أن`)
            first = segment[0].key
            opens_clause = first[:1] in ("و", "ف", "ل") or first in GOVERNING_ANNA | DEMONSTRATIVES | CLAUSE_LINKS | ADVERBS
            # two words or more, plain (not `، متمنيا أن`, `، وبدا أن`, `، يبدو أن`, `، ثقته`)
            plain = len(segment) > 1 and all(_name_word(x) and x.text.isalpha() and x.key not in CLAUSE_BREAKERS for x in segment)
            named = plain and not opens_clause and not _addressee(toks, j, g)
            return named or (first in HEADS and speakerlike(" ".join(x.text for x in segment), g))
        segment.append(t)
        if t.text.endswith(("،", ",", ":")):
            break
    if not segment or segment[0].key in SPEAKER_STOPS or segment[0].key in COMPLEMENTIZERS or segment[0].key.startswith("لل"):
        return False
    if len(segment) > 5 or not segment[-1].text.endswith(("،", ",", ":")):
        return False
    text = " ".join(t.text for t in segment)
    # a name of up to three words, or of four after a definite title (`وزيرة الدفاع الألمانية، أورسولا فون دير ليين`,
    # `المفوض السامي لحقوق الإنسان، زيد بن رعد الحسين`; the comma may stand apart: `الجديد ، مهاتير محمد،`)
    before = next((t for t in reversed(toks[max(0, j - 2) : j]) if t.key), None)
    after_title = before is not None and before.key.startswith(("ال", "لل")) and _four_word_name(segment)
    plain_name = (
        (len(segment) <= 3 or after_title) and not any(t.key in PREPOSITION_WORDS for t in segment) and not segment[0].key.startswith("و")
    )
    return plain_name or speakerlike(text, g)


def _name_word(t: Token) -> bool:
    """Whether a word of an apposition may be part of a person's name: no number, word with `لل` or `بال`, function word,
    head noun or cue (not `3 مقار للتنظيم`, `لا سيما عقار الفنتانيل`, `شركات صرافة غير مرخصة`)."""
    return _name_key(t.key)


def _name_key(key: str) -> bool:
    """`_name_word` for a folded word."""
    bare = key.removeprefix("ال")
    plain = not any(ch.isdigit() for ch in key) and not key.startswith(("لل", "بال"))
    function = any(bare in words or key in words for words in (NEGATIONS, PREPOSITION_WORDS, SPEAKER_STOPS, HEADS, NOT_NAMES))
    return plain and not function and key not in cue_forms()


NOT_NAMES = frozenset(search_form(w) for w in ("غير", "كما"))
"""Particles that open no word of a name (`شركات صرافة غير مرخصة`, `كما يلقبه الجمهور`)."""


def _four_word_name(segment: list[Token]) -> bool:
    """Whether four words are a person's name, with or without their rank (`اللفتنانت كولونيل كريس لوغن`, `غلام حسين
    محسني إيجائي`, `زيد بن رعد الحسين`): name words, none definite between the first and the last, and the first
    definite only as a title or head — not `أكبر مستوردي النفط الإيراني`, `أولى البطولات الأربع الكبرى`."""
    keys = [t.key for t in segment]
    first = not keys[0].startswith("ال") or keys[0] in TITLES or keys[0] in HEADS
    return len(keys) == 4 and first and not any(k.startswith("ال") for k in keys[1:-1]) and all(_name_word(t) for t in segment)


def first_source(toks: list[Token], i: int, end: int, g: Gazetteer) -> tuple[str, int]:
    """The first source named in tokens i..end, and the index after it."""
    for m in g.find(" ".join(t.text for t in toks[i:end])):
        if m.form.actor_ids or m.form.kind.startswith("role:") or m.form.kind in ("party", "document"):
            stop = next((k for k in range(i, end) if _offset_in(toks, i, k) >= m.end), end - 1)
            while stop + 1 < end and stop - i < 3 and _agreeing_nisba(toks[stop], toks[stop + 1], g):
                stop += 1  # `أكد مصدر أمني ارتفاع الحصيلة`: the nisba describes the source, the object follows
            return " ".join(t.text for t in toks[i : stop + 1]).strip(EDGE_PUNCT + " "), stop + 1
    return "", i


def _agreeing_nisba(before: Token, t: Token, g: Gazetteer) -> bool:
    """A nisba adjective that agrees in definiteness with the word before it (`مصدر أمني`, `مصادر طبية`), and so
    belongs to its phrase. A definite one must be a known nisba (`الجيش السوري`): `المسؤولية`, `العملية` are
    nouns (`وأعلن تنظيم الدولة الإسلامية المسؤولية`)."""
    if len(t.key) < 4 or t.key in SPEAKER_STOPS or before.text.endswith(("،", ",")) or not t.key.endswith(ADJECTIVE_ENDINGS):
        return False  # `في`, `التي`: not a nisba
    if before.key.startswith(("ال", "وال")):
        return t.key.startswith("ال") and _nisba(t.text, g)
    return not t.key.startswith("ال")


def ends_before_content(toks: list[Token], k: int) -> bool:
    """Whether a noun phrase ending before token k is followed by what introduces content, past an aside of
    occasion (`وقال زوما في كلمة متلفزة إنه`, `أعلن البنك في اجتماع طارئ الأربعاء، عن رفع …`)."""
    if (past := occasion_aside(toks, k)) is not None and past < len(toks):
        opens = toks[past].key in COMPLEMENTIZERS or toks[past].key in ASIDE_ENDS or _content_opens(toks, past)
        return opens or toks[past - 1].text.endswith(("،", ",", ":"))
    if k >= len(toks):
        return False
    if toks[k].key in ENDING_ADVERBS:
        return ends_before_content(toks, k + 1)  # `أعلنت سامسونج رسمياً عن …`
    nxt = toks[k + 1].key if k + 1 < len(toks) else ""
    if (derived_masdar(toks[k]) or possessed_masdar(toks[k])) and ends_before_content(toks, k + 1):
        return True  # `وجدد مارك كارني التأكيد على أن`, `تأكيده على أن`: the verbal noun that carries what was said
    return _content_opens(toks, k) or nxt in COMPLEMENTIZERS or toks[k].key in PARTICLES  # `من أن`, `إلى أن`


def opens_after_subject(toks: list[Token], i: int, k: int, subject: str, takes: str, g: Gazetteer) -> bool:
    """Whether a subject from token i to before token k is followed by what was said (`ends_before_content`) or by
    what the verb takes (`cues.tsv` object): a `بـ` thing (`وأشاد العواضي بما`; not after `بوجود عقاب رادع`, itself
    that thing), or a person or thing where the subject is closed (`وانتقد رعد الحسين إسرائيل`)."""
    if ends_before_content(toks, k):
        return True
    if k >= len(toks) or k <= i:
        return False
    if "b" in takes and not subject.startswith("ب") and b_thing(toks, k, g):
        return True
    return ("o" in takes or "t" in takes) and _closed_before(toks, i, k, g)


def sentence_subject(toks: list[Token], i: int, g: Gazetteer) -> str:
    """The sentence's subject before token i (`وكان وزير الدفاع الأمريكي، لويد أوستن، وصل …`)."""
    # A label or dateline before a colon (`عمّان - (أ ف ب): حذر …`) is not the subject: start after it.
    opening = next((k + 1 for k in range(i - 1, -1, -1) if toks[k].text.endswith(":")), 0)
    toks, i = toks[opening:], i - opening
    if not i:
        return ""
    text_start = toks[0].start
    sentence = "".join(" " * (t.start - (toks[k - 1].end if k else text_start)) + t.text for k, t in enumerate(toks[:i]))
    covered = [False] * i
    for m in g.find(sentence):
        if m.form.actor_ids or m.form.kind.startswith("role:") or m.form.kind in ("party", "document"):
            for k, t in enumerate(toks[:i]):
                if t.start - text_start < m.end and m.start < t.end - text_start:
                    covered[k] = True
    if True not in covered or covered.index(True) > 3:  # only the subject of the sentence's opening verb
        return ""
    if any(t.key in CONDITIONALS for t in toks[: covered.index(True)]):
        return ""  # `إذا حاولت إيران إغلاق …، فإن …`: the subject of a condition is not the sentence's
    first = covered.index(True)
    last = first
    while last + 1 < i and covered[last + 1]:
        last += 1
    # a head in construct takes its genitive: `وزير النقل`, not `وزير` (`وزير النقل، محمود بن رمضان، …، مؤكدا`);
    # a definite or complete subject takes nothing more (`وزارتا الدفاع العراقية والأمريكية حوار …`)
    while (
        last + 1 < i
        and _in_construct(toks[last])
        and toks[last + 1].key not in SPEAKER_STOPS
        and _body_word(toks[last + 1].key, toks[last + 1].text, g)
    ):
        last += 1
    while (
        first > 1
        and toks[first - 1].key not in SPEAKER_STOPS | FOR_ONES_PART
        and without_conjunction(toks[first - 2].key, NEGATIONS) not in NEGATIONS  # `ولم تتخذ بيونغ يانغ`: a negated verb
        and first > last - 6
        and not toks[first - 1].text.endswith(("،", ","))
    ):
        if _disagrees(toks[first - 1], toks[first]):
            return ""  # `ودعت الجوازات الأشقاء اليمنيين …`: the words named are the object, after the verb's subject
        first -= 1
    return " ".join(t.text for t in toks[first : last + 1]).strip(EDGE_PUNCT + " ")


@lru_cache(maxsize=1 << 15)  # phrases repeat across sentences and candidates; the answer depends on them alone
def speakerlike(phrase: str, g: Gazetteer) -> bool:
    """Whether a phrase can name a source: an actor, a role, a document, a party word, a source word."""
    words = search_form(phrase).strip(EDGE_PUNCT).split()
    if len(words) > 1 and words[0] in QUANTIFIERS:
        words = words[1:]  # `جميع وزراء خارجية دول الجوار`: the head after the quantifier
    if {w.removeprefix("ل").strip(EDGE_PUNCT) for w in words} & SOURCE_WORDS:
        return True
    if words and without_conjunction(words[0], TITLES) in TITLES:
        return True  # `الدكتور إيفان بوير`, `الأستاذ محمد الجمالي`: a title names a person (`titles.tsv`)
    if words and nominative_plural(words[0]):
        return True  # `باحثون من شركة …`, `المحتجون`, `سياسيون إسرائيليون`: people, named by what they are
    if words and HEADS.get(without_conjunction(words[0], HEADS.keys())) in SOURCE_HEADS:
        return True  # `المتحدث باسم وزارة النقل`, `الوزارة`, `سموه`: a head noun of a source
    if any(HEADS.get(w) in ("official", "person") for w in words[1:4]):
        return True  # `حسن مغربي مدير فرع مصرفي`: a name, then the title that introduces it
    head = words[0].lstrip("وفبل") if words else ""
    for m in g.find(phrase):
        if m.form.kind == "party" and m.start > 1:
            continue  # a genitive (`شعور الطرفين`, `حرص الجانبين`): the thing is the head, not the parties
        if m.form.kind in ("document", "party") or m.form.kind.startswith("role:"):
            return True
        if m.form.actor_ids and (m.form.kind != "nisba" or head in HUMAN_HEADS or words[0] in HUMAN_HEADS):
            return True
    return False


_ADJECTIVE_RE = re.compile(r"ال(?:.ا..|..ي.)ه?")


def _masdar_follows_subject(before: Token, g: Gazetteer) -> bool:
    """Whether a verbal noun after this word starts the verb's object: the word takes no genitive (`الوزير`, `الحكومة
    اليمنية`, `نصر الله`), is not joined by `و` (`والد`, father, is no `و` + `الد`), and is no adjective that a definite
    noun may follow as its genitive (`الواسعة الانتشار`, `الشديدة الانفجار`: three root letters, not a head noun)."""
    if not _takes_no_genitive(before, g) or before.key.startswith("و"):
        return False
    return _ADJECTIVE_RE.fullmatch(before.key) is None or before.key in HEADS


_DERIVED_MASDAR_RE = re.compile(r"ال(?:ت..ي.|ت.ا..|ت[^ا]..|ات.ا.|ا.ت.ا.|ان..ا.|است..ا.)(?:ات)?")


def derived_masdar(t: Token) -> bool:
    """A definite verbal noun of a derived verb (`التأكيد`, `التعاون`, `التدخل`, `الاتفاق`, `الاعتداء`, `الانسحاب`,
    `الاستياء`, `التصريحات`): no adjective has these forms, so after a complete definite subject one starts the
    verb's object. Not a nisba (`التجاري`, `الانتقالي`), a participle (`التابع`, `التاسع`), nor a broken plural
    (`الأتراك`, `الأحرار`: adjectives of a plural head), whose alef carries a hamza where a verbal noun's has none."""
    if _DERIVED_MASDAR_RE.fullmatch(t.key) is None or t.key.endswith((*ADJECTIVE_ENDINGS, "ه")) or t.text[0] in QUOTES:
        return False
    text = strip_diacritics(t.text)  # `ألتمان` (Altman) is no `ال` + `تمان`
    return text.startswith("ال") and not (t.key[2] == "ا" and text[2:3] in "أإآ")


MASDAR_SHAPES = r"(?:ت..ي.|ت.ا..|ا.ت.ا.|ان..ا.|است..ا.)"  # تفعيل، تفاعل، افتعال، انفعال، استفعال
_POSSESSED_MASDAR_RE = re.compile(MASDAR_SHAPES + "ه")


def possessed_masdar(t: Token) -> bool:
    """A verbal noun of a derived verb with `his` (`تأكيده`, `تضامنه`, `استياءه`, `اهتمامه`): after a subject it is the
    verb's object (`وجدد المركز الوطني للأرصاد تأكيده أن …`), never part of who acts. The text ends with `ه`, not `ة`."""
    return _POSSESSED_MASDAR_RE.fullmatch(t.key) is not None and strip_diacritics(t.text).endswith("ه")


def nominative_plural(word: str) -> bool:
    """A sound masculine plural of a participle or nisba in the nominative (`موظفون`, `باحثون`, `المحتجون`,
    `سياسيون`): a group of people, and as the first word after a verb its subject, never its object (that
    would be `موظفين`). Not `القانون`, `التعاون` (stems of three letters), nor `بالتعاون` (a preposition)."""
    word = word.removeprefix("و")
    if word.startswith(("بال", "لل", "كال")) or not word.endswith("ون"):
        return False
    stem = word.removeprefix("ال")[:-2]
    return len(stem) >= 4 and (stem.startswith("م") or stem.endswith("ي") or stem[1] == "ا")


def surnames(speakers: list[str], known: Collection[str], g: Gazetteer) -> frozenset[str]:
    """The last words of the people named so far, by which the article names them again (`وقال شكري في مؤتمر
    صحفي`, after `سامح شكري`): those of the speakers found before and the gazetteer's (`known`), not a title, a
    nisba or a cue word."""
    last = {words[-1] for p in speakers if len(words := search_form(p).split()) > 1}
    names = (w for w in last if len(w) > 2 and w not in HEADS and w not in TITLES and w not in cue_forms())  # not `الدكتور`
    return frozenset(w for w in names if not _nisba(w, g)) | frozenset(known)


def named_before(body: str, t: Token, named: Collection[str], g: Gazetteer, introduced: bool = True) -> bool:
    """Whether a word names a person the article named before: the last word of an earlier speaker or of a person the
    gazetteer knows (`named`, from `surnames`), or (`introduced`) the family name of a person the article introduced
    with an office, a title or a nisba before their given name (`فوز الرئيس نيكولاس مادورو` … `وقال مادورو أمام
    الحشود`); not a word with a clitic set apart (`لـCNN`). The caller leaves out the introduced after a verb that
    takes a person as its object (`وكان الرجوب دعا ميسي الأحد إلى`)."""
    if t.key in named:
        return True
    word = t.text.strip(EDGE_PUNCT)
    if not introduced or len(word) < 3 or "ـ" in word or t.key in HEADS or body.find(" " + word, 0, t.start) < 0:
        return False  # most subjects were not named before: no regex
    if not _name_ends(body, t.start + len(word)) and not _masdar_next(body, t.start + len(word)):
        return False  # `خالد الفخفاخ`: the name goes on (not `أعلن بيراف تضامن الحركة`: the object)
    for m in re.finditer(rf"(\S+) (\S+) {re.escape(word)}(?!\w)", body[: t.start]):
        given = search_form(m[2])
        if given.startswith("ال") or len(given) < 3 or given in HEADS or given in PREPOSITION_WORDS or m[2][-1] in EDGE_PUNCT:
            continue
        if not _name_ends(body, m.end()):  # `وزير الخارجية محمد عبد الله`: `عبد` is no family name
            continue
        before = body[max(0, m.start(1) - 30) : m.end(1)].rstrip("،,")  # `وزير الخارجية، سامح شكري`
        if (
            search_form(m[1]).strip(EDGE_PUNCT) in TITLES
            or _office_before(before)
            or any(x.end == len(before) and (x.form.kind.startswith("role:") or x.form.kind == "nisba") for x in g.find(before))
        ):
            return True
    return False


_MASDAR_RE = re.compile(MASDAR_SHAPES)
"""A verbal noun of a derived verb without the article (`تضامن`, `تأكيد`, `استعداد`): no word of a person's name."""


def _masdar_next(body: str, at: int) -> bool:
    """Whether the word after offset `at` is a verbal noun of a derived verb, which starts the verb's object."""
    rest = body[at : at + 30].split(maxsplit=1)
    return bool(rest) and body[at : at + 1].isspace() and _MASDAR_RE.fullmatch(search_form(rest[0]).strip(EDGE_PUNCT)) is not None


def _office_before(before: str) -> bool:
    """Whether the words before a given name open with the head of an office or trade within three words, with no
    mark between: `رئيس اللجنة الأولمبية مصطفى بيراف` (the office names the person after it)."""
    words = before.split()[-3:]
    for n, word in enumerate(words):
        if HEADS.get(without_conjunction(search_form(word), HEADS.keys())) in ("organ", "official", "person"):
            return not any(w[-1] in EDGE_PUNCT for w in words[n:-1])
    return False


def _name_ends(body: str, at: int) -> bool:
    """Whether a person's name ends at offset `at`: a mark follows (`،`, `:`, a quotation), or a word that names no one
    (`في`, `أمام`, `إن`, `هذه`, `للمقربين منه`, `لوزير`); not a name's next word (`خالد الفخفاخ`, `عبد العزيز`, `أحمد
    بلال`, `بن`)."""
    rest = body[at : at + 40].split(maxsplit=1)
    if not rest or not body[at : at + 1].isspace():
        return True
    nxt = search_form(rest[0]).strip(EDGE_PUNCT)
    return nxt in SPEAKER_STOPS or nxt in DEMONSTRATIVES or nxt.startswith(("لل", "بال")) or nxt[1:] in HEADS


@lru_cache(maxsize=1 << 15)  # surnames() asks it of every earlier speaker's last word, sentence after sentence
def _nisba(text: str, g: Gazetteer) -> bool:
    """Whether the gazetteer reads a word as a nisba adjective (`السوري`, `الكندية`)."""
    return any(m.form.kind == "nisba" for m in g.find(text))


def _b_object(toks: list[Token], j: int, g: Gazetteer) -> bool:
    """`بالاتفاق`, `بتصنيف العراق`, `بما قدمه`, `بإطلاق سراح`, `بعدم`, `بـ"دعم"`: `بـ` on a definite noun, on one with
    a definite genitive, on `ما` or a demonstrative, on a derived verbal noun, an object noun or a quotation — not a name
    that starts with the letter (`برهان بسيس`, `بشار الأسد`)."""
    key = toks[j].key
    if not key.startswith("ب") or any(m.start == 0 for m in g.find(toks[j].text)):
        return False
    nxt = toks[j + 1].key if j + 1 < len(toks) else ""
    if _b_marked(toks[j]) or nxt.startswith("ال"):  # `وأشاد بما قدمه`
        return True
    return bool(_B_MASDAR_RE.fullmatch(key[1:])) or object_noun(key[1:])


def _b_marked(t: Token) -> bool:
    """A `بـ` word that can only open a thing: on a definite noun (`بالعمل`), `ما` or a demonstrative (`بما`, `بهذه`)
    or a quotation (`بـ"شجاعة"`)."""
    bare = t.key[1:]
    return t.key.startswith("ب") and (
        bare.startswith("ال") or bare in DEMONSTRATIVES or bare == WHAT or t.text.removeprefix("ب").lstrip("ـ")[:1] in QUOTES
    )


_B_MASDAR_RE = re.compile(f"(?:{MASDAR_SHAPES}|ا..ا.)(?:ه|ها|هم|هما)?")
"""A verbal noun of a derived verb after `بـ`, bare or possessed (`بتطبيق`, `بإطلاق`, `بتكريمه`): no name has the shape."""


def _possessed(key: str) -> bool:
    """A noun with a possessive pronoun (`التزامهما`, `دعمها`: a stem of three letters or more), not a name.

    A definite noun takes no pronoun, so `ال` on a long stem is the stem's own (`التزامهما`); on a short one the
    ending is the word's (`المتهم`, `المساهم`)."""
    suffix = next((p for p in ("هما", "ها", "هم") if key.endswith(p)), "")
    return bool(suffix) and len(key) - len(suffix) >= (6 if key.startswith("ال") else 3)


EMPHATICS = frozenset(search_form(w) for w in "ذاته نفسه عينه".split())
"""`المصدر ذاته`, `الوزير نفسه`: "the same", "himself" after a noun, part of it."""


def _his_noun(toks: list[Token], j: int) -> bool:
    """A feminine noun with `his` (`مسؤوليته`, `رغبته`, `استقالته`: `ة` written `ت` before `ه`) with a preposition
    or `أن` after it: the verb's object (`أعلن تنظيم داعش مسؤوليته عن الهجوم`); not `بيان أصدرته الوزارة` (a verb
    with its object pronoun, its subject after it) nor `المصدر ذاته`."""
    t = toks[j]
    if not strip_diacritics(t.text).rstrip(EDGE_PUNCT).endswith("ته") or len(t.key) < 5 or t.key in EMPHATICS:
        return False
    after = toks[j + 1].key if j + 1 < len(toks) else ""
    return after in PREPOSITION_WORDS or after in COMPLEMENTIZERS or (after[:1] in ("ب", "ل") and len(after) > 2)


WHAT = search_form("ما")
COPULAS = frozenset(search_form(w) for w in "هو هي هم هما".split())
"""Pronouns that join a subject to what is said of it (`حركة النهضة هي التي …`): a sentence, not a noun phrase."""
SO_CALLED = frozenset(search_form(w) for w in "يسمى تسمى يعرف تعرف".split())
"""`ما يسمى`, `ما يعرف بـ`: "what is called", naming a body inside a source phrase."""


def _closes_name(toks: list[Token], j: int, g: Gazetteer) -> bool:
    """Whether the words of a name before token j end there: nothing or a full stop, what was said opening
    (`_content_opens`: `وقال جاك ما :"الوضع …`) or whom it was said to."""
    if j >= len(toks) or toks[j - 1].text.endswith(".") or not toks[j].key:
        return True
    return _content_opens(toks, j) or _addressee(toks, j, g)


def given_name_at(toks: list[Token], i: int) -> bool:
    """Whether a bare cue form at token i is a given name (`دان`, Dan): right after a reporting verb, which takes no
    verb after it (`قال دان كوتيس`), or after a title or its last definite word (`مدير الاستخبارات الأميركية دان كوتس`,
    `وزير الصحة السابق دان بولتر`), with a plain word after it, the family name (not `دان ما أسماه`, `دان بشدة`); after
    a comma only between commas (`الرئيس التنفيذي لشركة ميدوباد، دان فاهدات،`; not `من جانبه، دان ماكرون الهجوم`)."""
    if i == 0 or i + 1 >= len(toks) or toks[i].key not in GIVEN_NAMES or toks[i].text[-1] in EDGE_PUNCT:
        return False
    return _names_a_person(search_form(toks[i - 1].text), search_form(toks[i + 1].text))


SON_OF = frozenset(search_form(w) for w in ("بن", "ابن", "بنت"))
"""`son of`, `daughter of`: a name follows (`علي بن أبي طالب`)."""
FATHER_OF = frozenset(search_form(w) for w in ("أبو", "أبي", "أبا"))
"""`father of`, in a name's lineage after `بن` (`بن أبي طالب`)."""


def in_lineage(toks: list[Token], i: int) -> bool:
    """Whether the word at token i is a name in a lineage: after `بن`, `ابن` or `بنت`, directly or through `أبي`
    (`علي بن أبي طالب`, `صدري بن طالب`), never a cue (`طالب`). Not after `أبي` alone: `آبي قال` is Abe."""
    if i > 0 and toks[i - 1].key in SON_OF:
        return True
    return i > 1 and toks[i - 1].key in FATHER_OF and toks[i - 2].key in SON_OF


def _names_a_person(before: str, after: str) -> bool:
    """Whether a cue form between these two folded words, as written with their marks, is a given name."""
    commas = ("،", ",")
    if before[-1:] in EDGE_PUNCT and not (before.endswith(commas) and after.endswith(commas)):
        return False
    before, after = ("" if before.endswith(commas) else before), after.strip(EDGE_PUNCT + "،,")
    if not after.isalpha() or not _name_key(after) or after.startswith(("ال", "ب", "ل")):
        return False
    verb = (cue := cue_forms().get(before)) is not None and cue.kind == "verb"
    titled = before in TITLES or HEADS.get(before) == "person"  # `المحامي دان كينغ`
    return verb or titled or (before.startswith("ال") and before not in HEADS) or not before


NO_VERB_AFTER = frozenset(search_form(w) for w in "في إلى على عن مع بعد قبل عند عقب إثر خلال أثناء لدى".split())
"""Prepositions no finite verb follows: a cue form after them is a verbal noun (`مع كشف القطاعات الأمنية للمنتمين`);
not `من` (`من قال`, "whoever said") nor `حين` (`حين قال`)."""


def noun_after(t: Token) -> bool:
    """Whether the word after this one is a noun: it is a preposition no verb follows, with nothing setting it apart
    (`مع كشف`, `عن أبلغ التهاني`; not `ورفضت روسيا هذه المزاعم من قبل، وقالت`)."""
    return t.key in NO_VERB_AFTER and t.text[-1:] not in EDGE_PUNCT


def passive_perfect(text: str) -> bool:
    """Whether a perfect verb is written passive: a damma on its first letter, or on the second after an alef (`أُعلن`,
    `كُشف`, `وُصف`, `ذُكر`, `اتُّهم`, `ووُصفت`): someone unnamed said or did it. Imperfects are left alone (`يُشير`,
    `يُؤكد` are active too)."""
    letters = [(k, ch) for k, ch in enumerate(text) if ch.isalpha()]
    if len(letters) > 1 and letters[0][1] in "وف" and letters[1][0] == letters[0][0] + 1:
        letters = letters[1:]  # `ووُصفت`, `واتُهم`: a conjunction before the verb (not the `و` of `وُصف`)
    if len(letters) < 3 or letters[0][1] in "يتنم":
        return False
    after = [text[letters[n][0] + 1 : letters[n + 1][0]] for n in (0, 1)]  # the marks after the first two letters
    return "\u064f" in after[0] or (letters[0][1] in "اأإ" and "\u064f" in after[1])  # `اتُهم`: the alef takes none


def in_construct(t: Token) -> bool:
    """Whether a word after a participle is a bare noun it governs in construct (`مصمم صفحة`, `متعهد حفلات`): no
    article, clitic preposition, adverb (`تماما`, `بشدة`), particle, quantifier or aside, and no mark setting it apart."""
    key = t.key
    if not key or key.startswith(("ال", "ب", "ل", "و")) or t.text.endswith(("،", ",", ":", "\u064b", "ا")):
        return False
    return not (key in ADVERBS or key in ASIDES or key in PREPOSITION_WORDS or key in COMPLEMENTIZERS or key in QUANTIFIERS)


def head_phrase(toks: list[Token], k: int) -> tuple[str, int]:
    """A head noun at k with the definite genitives it governs in construct, and the token after them
    (`وزارة الصناعة والتجارة`, `منظمة العمل الدولية`, `مجلس إدارة الشركة`): an indefinite head (`وزارة`) is never
    the whole phrase. A definite head (`الشركة`), or one set apart by a comma or followed by no definite word, stands
    alone; the chain ends at the first indefinite word that is no head (`وزارة الحج تطبيقه`: the object that
    follows). ("", k) when no head stands at k."""
    if k >= len(toks) or toks[k].key not in HEADS:
        return "", k
    end = _construct_end(toks, k)
    return " ".join(t.text for t in toks[k:end]).strip(EDGE_PUNCT), end


def _construct_end(toks: list[Token], k: int) -> int:
    if toks[k].key.startswith("ال"):
        return k + 1
    j, genitive = k + 1, False
    while j < len(toks) and not toks[j - 1].text.endswith(("،", ",", ":", ")")) and toks[j].text[0] not in QUOTES:
        key = toks[j].key
        if (key.startswith("وال") and genitive) or (key.startswith("ال") and (not genitive or _adjective_like(key))):
            genitive = True  # `منظمة العمل الدولية`; but not `وزارة الإسكان الطلب`, `رئيس البلاد الأربعاء`
        elif genitive or without_conjunction(key, HEADS) not in HEADS:
            break
        j += 1
    return j if genitive else k + 1


def _adjective_like(key: str) -> bool:
    """Whether a definite word has an adjective's shape: a nisba or sound plural (`الدولية`, `الاجتماعي`), a participle
    (`المتطرف`, `السابق`) or an elative (`الأكبر`); a verbal noun (`الطلب`, `التمديد`) or a day (`الأربعاء`) has none."""
    stem = key.removeprefix("ال")
    return stem.endswith(("ي", "يه", "ين", "ون")) or stem.startswith("م") or stem[1:2] == "ا" or (len(stem) == 4 and stem[0] == "ا")


def without_conjunction(word: str, known: Collection[str]) -> str:
    """A folded word without a leading `و`/`ف` when what remains is a known word (`والوزارة` → `الوزارة`, but `وزارة` stays)."""
    if word in known or word[:1] not in "وف":
        return word
    return word[1:] if word[1:] in known else word


NUMBER_WORDS = {
    search_form(w): n
    for n, words in enumerate(
        ("", "واحد", "اثنين اثنان", "ثلاثة ثلاث", "أربعة أربع", "خمسة خمس", "ستة ست", "سبعة سبع", "ثمانية ثماني", "تسعة تسع", "عشرة عشر"),
    )
    for w in words.split()
}
"""Number words, folded, and the numbers they say (`ثلاث`, `الأربعة` without its article)."""
QUANTIFIERS = frozenset(search_form(w) for w in ("الجميع", "جميع", "كل", "كافة"))
"""`جميع وزراء …`, `كل الأطراف`, `الجميع`: a quantifier before a head, or everyone at a meeting."""
PARTITIVES = QUANTIFIERS | frozenset(search_form(w) for w in "أحد إحدى بعض عموم معظم أغلب غالبية عدد".split())
"""Words a definite plural after them is the genitive of (`أحد المسؤولين`, `بعض المعلقين`): no name's last word."""
ONE_OF = {search_form("أحد"): "m", search_form("إحدى"): "f"}
"""The partitives "one of" and the gender they give their phrase (`أحد المسؤولين … وقال`, `إحدى السيدات … وقالت`)."""
OBJECT_QUANTIFIERS = frozenset(("أي", "أية", "اي", "اية", "كل", "جميع"))
"""Quantifiers that open a noun phrase, as written (`آية` is a name): after a complete subject, its object (`ونفت روسيا
أي دور لها`, `وقدم الوزير كل الدعم`); not `كافة`, which may follow its noun (`الأطراف كافة`)."""
QUANTIFIER_KEYS = frozenset(search_form(w) for w in OBJECT_QUANTIFIERS)
DEMONSTRATIVES = frozenset(search_form(w) for w in "هذا هذه ذلك تلك هؤلاء أولئك هذان هاتان".split())
_KNOWN_FIRST_WORDS = SPEAKER_STOPS | DEMONSTRATIVES | COMPLEMENTIZERS | frozenset(HEADS)
NOT_BODY_NOUNS = OCCASIONS | DEMONSTRATIVES  # a construct that opens no body (`_affiliation`)


@lru_cache(maxsize=1 << 15)  # phrases repeat across sentences and candidates; the answer depends on them alone
def is_source(phrase: str, g: Gazetteer) -> bool:
    """Whether a phrase can be who said or committed something (SPEC §4), as far as its form tells.

    Never a prepositional phrase (`بالقول`, `لإذاعة الجيش الإسرائيلي`, `باليمن`), a time or demonstrative
    phrase (`هذا الأسبوع`), a possessed noun alone (`اتفاقهم`, `حرصها`: the object), or a piece of what was
    said (a reporting verb or a complementizer inside it: `أعلن الحوثيون`, `اليمن لكنه`)."""
    marked = [w for w in search_form(phrase).split() if w.strip(EDGE_PUNCT)]  # the words with their marks
    words = [w.strip(EDGE_PUNCT) for w in marked]
    if not words or (TANWEEN_FATH in phrase and accusative(phrase.split())):
        return False  # `إنجازاً استخباراتياً`, `رقماً جديداً`, `حقًا`: an accusative, no one's name
    first = words[0]
    if first.removeprefix("و") == ALI and len(words) > 1 and "\u0649" not in phrase.split()[0]:
        first = ALI_NAME  # `علي الأحمدي`: the name Ali as written (the tokens' keys decide when it may start a phrase)
    bare = without_conjunction(first, _KNOWN_FIRST_WORDS)
    if bare in SPEAKER_STOPS or bare in DEMONSTRATIVES or bare in COMPLEMENTIZERS or bare in NOT_PARTY_STARTS or first in cue_forms():
        return False
    if bare.removeprefix("و") in SUBORDINATORS or first in VERB_PARTICLES or first.removeprefix("و") == AS:
        return False  # `إذا كان يحب كوسوفو`, `وعندما تخسر الأرجنتين`, `وقد بدا`, `كما يدعي`
    if _prepositional(bare, phrase, g) or _pointing(bare) or bare.removeprefix("ب") in REFLEXIVES or bare in PRONOUN_OBJECTS:
        return False  # `بهذا الخصوص`: a phrase of manner; `نفسه` (`وصف نفسه بأنه`), `إليه`, `معه`: an object
    if evidence(phrase, g):
        return False  # `وتشير الأرقام إلى`, `أظهرت النتائج أن`: figures show, no one speaks
    if bare in ADVERBS or bare in B_ADVERBIALS or first.removeprefix("و") in OBJECT_NOUNS:
        return False  # `تماما`, `مرارا`, `بكل عفوية`: an adverb; `أهمية التعاون`, `عدم وجود خطأ`: the verb's object
    if bare.removeprefix("و") in TIME_STARTS:
        return False  # `العام الماضي`, `وبحلول نهاية الشهر الماضي`: a time, not a source (but `رحب خلالها السيسي`)
    if bare == NEGATION and len(words) > 1 and words[1][:1] in "يتن":
        return False  # `لا يزال`, `لا يقل`: a negated verb (but `لا ريبوبليكا`, `لا ليغا`: a name's article)
    if len(words) == 1 and _possessed(bare) and bare not in HEADS and not g.find(phrase):
        return False
    if len(words) > 1 and (words[-1].removeprefix("و") in CLAUSE_OPENING_ENDS or words[-1] in JOINED_CLAUSE_ENDS or _copula_end(words, g)):
        return False  # `الأمم المتحدة، حيث`, `صربيا، إذ`, `أستراليا وأوروبا، كما`: the cue's clause opens with it
    if len(words) > 1 and words[-1] == WHAT and _what_opens(marked[-2], words[-2]):
        return False  # `تل أبيب، ما`, `بسبب ما`, `غالبا ما`, `وهو ما`: "what" opens a clause (not `جاك ما`)
    marked[-1] += "" if marked[-1][-1] in EDGE_PUNCT else "،"  # the phrase's end sets its last word apart as a comma would
    return not any(
        w in COMPLEMENTIZERS
        or w.removeprefix("و").startswith("لكن")
        or (w in cue_forms() and before.strip(EDGE_PUNCT) not in NAME_LINKS and not (w in GIVEN_NAMES and _names_a_person(before, after)))
        for before, w, after in ((b, m.strip(EDGE_PUNCT), a) for b, m, a in zip(marked, marked[1:], [*marked[2:], ""], strict=False))
    )  # `بن طالب`, `أبو طالب`: a name's link word makes the next one part of the name; `دان كوتس`: a given name


def _what_opens(marked: str, before: str) -> bool:
    """Whether a last `ما` opens a clause after this word: a comma, a preposition (`بسبب ما`), an article, an adverb
    (`غالبا ما`), a pronoun or demonstrative (`وهو ما`); not after a given name (`جاك ما`) or an indefinite noun."""
    return (
        marked[-1] in "،,"
        or before.startswith(("ب", "ل", "ال"))
        or before[-1] == "ا"
        or before.removeprefix("و") in PRONOUNS_HE_SHE | DEMONSTRATIVES
    )


def _copula_end(words: list[str], g: Gazetteer) -> bool:
    """`بكين هي`, `الانتباه هو`, `ذكرياتها هي`: `هو`/`هي` after a definite, possessed or known word, or a particle,
    is a copula of the clause; after a plain word it may end a name (`نائب رئيس الوزراء الصيني ليو هي`, `ري يونغ هو`)."""
    if words[-1] not in PRONOUNS_HE_SHE:
        return False
    before = words[-2].removeprefix("و")
    return before.startswith("ال") or _possessed(before) or before in PRONOUN_OBJECTS or before in FUNCTION_WORDS or bool(g.find(before))


PRONOUNS_HE_SHE = frozenset(search_form(w) for w in ("هو", "هي"))
FUNCTION_WORDS = frozenset(search_form(w) for w in "كما كم إنما فيه فيها فيهم".split())  # with `PRONOUN_OBJECTS` (`منها`, `عنه`)


REFLEXIVES = frozenset(search_form(w) for w in "نفسه نفسها نفسهما نفسهم أنفسهم أنفسهن أنفسهما أنفسنا نفسي".split())


def _pointing(word: str) -> bool:
    """`بهذا`, `لهذه`, `كذلك`: a preposition glued to a demonstrative, which opens no source."""
    return word[:1] in "بلك" and word[1:] in DEMONSTRATIVES


NEGATION = search_form("لا")
# A phrase headed by a time noun or a bare time preposition is a time, not a source (`العام الماضي`, `بحلول`).
TIME_STARTS = frozenset(
    search_form(w) for w in "العام الأعوام السنة السنوات الشهر الأشهر الأسبوع الأسابيع الأيام الفترة خلال بحلول أثناء عقب قبيل".split()
)
NAME_LINKS = frozenset(search_form(w) for w in "بن ابن بنت أبو ابو أبي آل".split())


def _prepositional(word: str, phrase: str, g: Gazetteer) -> bool:
    """`بالقول`, `للرئيس`, `لإذاعة الجيش`, `باليمن`: a preposition glued to a definite noun, a head or a name."""
    if word.startswith("لل"):
        return True
    if word[:1] not in "بلك" or len(word) < 4:
        return False
    rest = word[1:]
    if rest.startswith("ال") or rest in HEADS:
        return True
    text = phrase.strip(EDGE_PUNCT + " ")
    found = g.find(text[:40])
    if any(m.start == 0 and m.form.actor_ids for m in found):
        return False  # `بشار الأسد`, `لبنان`, `بلينكن`: a name that starts like a preposition
    return any(m.start == 1 and (m.form.actor_ids or m.form.kind.startswith("role:")) for m in found)


@lru_cache(maxsize=1 << 15)  # phrases repeat across sentences and candidates; the answer depends on them alone
def gender(phrase: str, g: Gazetteer) -> str:
    """What a source phrase's head says of its gender: `m`, `f`, or `` when its form does not tell.

    `الوزارة`, `وزيرة`, `المتحدثة` are feminine; `الوزير`, `المجلس`, a person the gazetteer knows, masculine.
    States are left unknown (`أعلنت مصر`, but `أعلن العراق`)."""
    words = search_form(phrase).strip(EDGE_PUNCT).split()
    if not words:
        return ""
    head = without_conjunction(words[0], HEAD_AGREEMENT.keys())
    if head in HEAD_AGREEMENT:
        return HEAD_AGREEMENT[head]
    if head in ONE_OF:
        return ONE_OF[head]  # `أحد المصادر` is one man, `إحدى الباحثات` one woman, whatever the plural after them
    found = [m for m in g.find(phrase) if m.start == 0]
    if any(m.form.kind.startswith("role:") for m in found):  # `وزيرة الخارجية`, `رئيس الوزراء`
        return "f" if head.endswith("ه") else "m"
    people = [m.form.actor_ids[0] for m in found if m.form.actor_ids and g.actors[m.form.actor_ids[0]].kind == "person"]
    if people:
        return "f" if people[0] in g.feminine else "m"  # `تيريزا ماي … وأضافت`
    return "p" if not found and _participle_plural(head, words[1:2]) else ""


def _participle_plural(head: str, after: list[str]) -> bool:
    """Whether a head word is the sound masculine plural of a participle (`م…ون`: `المحتجون`, `منتقدون`; `م…و` before
    a definite noun: `مشاهدو المسلسل`, `منظمو الحفل`): people, whom a singular verb cannot refer back to. The caller
    has made sure the gazetteer knows no name there (`ماكرون`, `موسكو`)."""
    bare = head.removeprefix("ال")
    if not bare.startswith("م"):
        return False
    if bare.endswith("ون"):
        return nominative_plural(bare)  # not `مليون`, `مأمون` (a stem of three letters)
    return bare.endswith("و") and len(bare) >= 5 and bare == head and bool(after) and after[0].startswith("ال")


def agrees(agree: str, phrase: str, g: Gazetteer) -> bool:
    """Whether a verb's agreement (`lexicon.conjugate`) allows a phrase as its subject: only a clash of
    what both tell is a disagreement (`وأضافت` and `الوزير`; `وأضاف` and `الوزارة`)."""
    if agree in ("d", "p") and " و" in phrase:
        return True  # `الجيش السوداني و"الدعم السريع" يتفقان`: coordinated subjects are two or more
    if agree in ("d", "p") and _one_place(phrase, g):
        return False  # `وأكدوا` is not said by `عمّان` or `مصر` alone
    other = gender(phrase, g) if agree else ""
    return not agree or not other or agree == other or {agree, other} == {"d", "p"}


def verb_agreement(key: str) -> str:
    """What a verb's ending says of its subject: `d` dual (`اتفقا`, `يتفقان`), `p` plural (`اتفقوا`, `يلتزمون`), else ``."""
    bare = key.lstrip("وف")
    if bare.endswith(("وا", "ون")):
        return "p"
    return "d" if bare.endswith(("ا", "ان")) else ""


def _one_place(phrase: str, g: Gazetteer) -> bool:
    """Whether a phrase is a single state or capital name and nothing else (`عمّان`, `"طهران`)."""
    found = g.find(phrase)
    bare = phrase.strip(EDGE_PUNCT + " ")
    return (
        len(found) == 1
        and found[0].form.kind in ("alias", "capital")
        and all(g.actors[a].kind == "state" for a in found[0].form.actor_ids)
        and len(found[0].text.strip(EDGE_PUNCT + " ")) >= len(bare) - 2  # `وطهران`: a clitic at most
    )


def np_before(toks: list[Token], i: int, g: Gazetteer, adjacent: bool = False) -> str:
    """A subject before the verb (`البيان تحدث عن`, `أن الرئيس اليمني، عبدربه منصور هادي، عبر`), if it names a source.

    None before `، و` + verb: that starts a clause of its own (`… بين مصر وإثيوبيا والسودان، واتفقا على …`).
    A relative pronoun before the verb stands for its antecedent (`مجلة Variety التي قالت إن`, `الرئيس الأميركي
    الذي أكد`, `وزارة الداخلية البحرينية، التي أعلنت`). A phrase after a preposition is none (`وحول الأوضاع في
    اليمن، قال`). `adjacent`: only a subject right before the verb, or after `كان` (`وكانت السلطات، أعلنت`)."""
    if after_relative(toks, i):
        return _antecedent(toks, i - 1, g)
    if i > 0 and toks[i - 1].key.removeprefix("و").startswith("لكن") and len(toks[i - 1].key.removeprefix("و")) > 4:
        return ""  # `… في إيران، لكنها تعتزم`: the pronoun's antecedent is not the phrase before it
    if i > 0 and toks[i].key.startswith("و") and (toks[i - 1].text.endswith(("،", ",")) or toks[i].key[1:] in cue_forms()):
        return ""  # `وأشارت إلى جهود تبذل في أسبانيا وايطاليا وبلجيكا وقالت`: a reporting verb joined with `و` shares
        # the subject of the clause before; what stands right before it ends that clause (not `وصفت`: its `و` is the root's)
    j = i
    while j > 0 and i - j < 8 and toks[j - 1].key not in SPEAKER_STOPS and not toks[j - 1].text.endswith((":", ".")):
        j -= 1
    bounded = j == 0 or toks[j - 1].key in SPEAKER_STOPS or toks[j - 1].text.endswith((":", "."))
    if not bounded:  # no clause start within reach: only back to the nearest comma
        j = next((k + 1 for k in range(i - 2, j - 1, -1) if toks[k].text.endswith(("،", ","))), j)
    while j < i and not toks[j].key:  # a bullet before the subject: `- الطرفان أكدا`
        j += 1
    if j > 0 and toks[i - 1].text.endswith(("،", ",")) and without_conjunction(toks[j - 1].key, SPEAKER_PREPOSITIONS) in PREPOSITIONS:
        return ""  # `وحول الأوضاع في اليمن، قال`: a phrase fronted with its preposition (but `الناطق … في العراق النائب … نفى`)
    end = i - 1 if i > 0 and toks[i - 1].key in VERB_PARTICLES else i  # `الأسدي قد نفى`: the particle is the verb's
    kana = past_perfect(toks, i)
    if kana is not None:  # `وقبلها بيوم، كانت الخزانة الأميركية قد أعلنت`: past perfect
        j = kana + 1
    elif j < end and toks[j].key in KANA:  # `وكانت السلطات الإسرائيلية، أعلنت`
        j += 1
    elif adjacent and i > 0 and toks[i - 1].text.endswith(("،", ",")):
        return ""
    phrase = " ".join(t.text for t in toks[j:end]).strip(EDGE_PUNCT + " ")
    if kana is not None and _names_only(toks[j:end]):
        return phrase  # `وكان محمد اليونسي قد اعترف`: the frame says it is the subject, a name the gazetteer lacks
    return phrase if phrase and speakerlike(phrase, g) and _starts_like_a_subject(toks[j:end], g) else ""


def _names_only(toks: list[Token]) -> bool:
    """One to four words that may all be a person's name: letters only, no particle, pronoun, cue or comma."""
    stops = SPEAKER_STOPS | COMPLEMENTIZERS | COPULAS
    return 0 < len(toks) <= 4 and all(
        t.key.isalpha() and t.text[-1].isalpha() and t.key not in stops and t.key not in cue_forms() for t in toks
    )


def subject_before(phrase: str, toks: list[Token], i: int, agree: str, g: Gazetteer) -> bool:
    """Whether a phrase found before the verb at token i may be its subject: it agrees with the verb in full (`الوزراء
    أكدوا`; not `عمّان … وأكدوا`) and is a source phrase, or whatever stands in `كان` … `قد` (`past_perfect`)."""
    return agrees(agree, phrase, g) and (speakerlike(phrase, g) or past_perfect(toks, i) is not None)


def past_perfect(toks: list[Token], i: int) -> int | None:
    """The index of `كان` when the verb at token i closes `كان` + subject + `قد` (`كانت السلطات الأوكرانية قد اتهمت
    الكرملين`): the words between are the verb's subject, whatever follows the verb."""
    if i < 3 or toks[i - 1].key not in VERB_PARTICLES:
        return None
    for k in range(i - 2, max(-1, i - 10), -1):  # a subject of up to eight words
        if toks[k].key in KANA:
            return k if k + 1 < i - 1 else None
        if toks[k].text.endswith((".", ":", "؟")) or toks[k].key in SPEAKER_STOPS:
            return None
    return None


PREPOSITIONS = SPEAKER_PREPOSITIONS | PREPOSITION_WORDS
KANA = frozenset(search_form(c + w) for w in ("كان", "كانت", "كانوا", "كانا", "كانتا") for c in ("", "و", "ف"))
"""`كان` before a subject and its verb (`وكان الوزير قد أعلن`): the verb's tense, not part of the subject."""


def after_relative(toks: list[Token], i: int) -> bool:
    """Whether the verb at token i follows a relative pronoun (`التي أعلنت`, `والذي أكد`)."""
    return i > 0 and without_conjunction(toks[i - 1].key, RELATIVES) in RELATIVES


def _antecedent(toks: list[Token], k: int, g: Gazetteer) -> str:
    """The noun phrase a relative pronoun at token k stands for, if it names a source: the words right before it
    (a comma between them allowed) that are definite, head nouns, known names or Latin script — `وزارة الداخلية
    البحرينية، التي`, `مجلة Variety التي`; not across a quotation mark (`"مزاعم" وزارة …`) or another word."""
    j = k
    while j > 0 and k - j < MAX_ANTECEDENT:
        t = toks[j - 1]
        if j < k and t.text.endswith(("،", ",", ":", ".")):
            break
        key = t.key
        if t.text[-1] in QUOTES or key in SPEAKER_STOPS or key in COMPLEMENTIZERS:
            break
        if not (key.startswith(("ال", "وال")) or key in HEADS or t.text.isascii() or g.find(t.text)):
            break
        j -= 1
        if t.text[0] in QUOTES:
            break
    phrase = " ".join(t.text for t in toks[j:k]).strip(EDGE_PUNCT + " ")
    if (apposition := _apposition_before(toks, k, g)) and len(apposition) > len(phrase):
        phrase = apposition  # `ميك مولفاني، مدير الموازنة في البيت الأبيض، الذي`: not `البيت الأبيض`
    if not phrase or not speakerlike(phrase, g):
        return ""
    relative = without_conjunction(toks[k].key, RELATIVES)
    cue = cue_forms().get(toks[k + 1].key) if k + 1 < len(toks) else None
    named = {m.form.actor_ids for m in g.find(phrase) if m.form.actor_ids}
    if RELATIVE_AGREEMENT[relative] in ("m", "f") and " و" in phrase and len(named) > 1:
        return ""  # `بين مصر والسودان الذي يطالب`, `بين مصر وقبرص، والتي أفادت`: not the two of them
    if cue is not None and cue.agree and cue.agree != RELATIVE_AGREEMENT[relative]:
        return ""  # `واشنطن، التي تحدث فيها`: the verb does not agree with the pronoun, which is not its subject
    if not agrees(RELATIVE_AGREEMENT[relative], phrase, g):
        return ""  # `بين مصر والسودان الذي يطالب`: the pronoun stands for the last one alone
    if j > 0 and toks[j - 1].key in PLACE_PREPOSITIONS and any(g.is_place(m) for m in g.find(phrase)):
        return ""  # `حي الإدارات الحكومية في دمشق الذي قال إن فيه …`: the place is not who spoke
    return phrase


MAX_ANTECEDENT = 6


def _apposition_before(toks: list[Token], k: int, g: Gazetteer) -> str:
    """The phrase set apart by commas right before a relative pronoun at token k, when it is a source of its own:
    an apposition that describes someone (`، مدير الموازنة في البيت الأبيض، الذي أعرب`, `، عضوة مجلس الشيوخ عن
    ولاية ألاسكا، التي قالت`) or the person it names (`، الملك سلمان بن عبد العزيز، الذي نفى`)."""
    if k == 0 or not toks[k - 1].text.endswith(("،", ",")):
        return ""
    start = next((c + 1 for c in range(k - 2, max(-1, k - 2 - MAX_APPOSITION), -1) if toks[c].text.endswith(("،", ","))), None)
    if start is None or start >= k:
        return ""
    words = toks[start:k]
    phrase = " ".join(t.text for t in words).strip(EDGE_PUNCT + " ")
    governed = words[0].key.startswith(("بال", "لل")) or (words[0].key[:1] in "بل" and words[0].key[1:] in HEADS)
    if not governed and _starts_like_a_subject(words, g) and speakerlike(phrase, g):
        return phrase
    # the person the gazetteer knows at the end of it (`بالعاهل السعودي الملك سلمان بن عبد العزيز، الذي`)
    last = next((m for m in reversed(g.find(phrase)) if m.end == len(phrase)), None)
    if last is None or last.form.kind != "alias" or g.actors[last.form.actor_ids[0]].kind != "person":
        return ""
    return last.text


MAX_APPOSITION = 9  # words between the two commas of an apposition before a relative pronoun
RELATIVE_AGREEMENT = {
    search_form(w): agree
    for agree, words in (("m", "الذي"), ("f", "التي"), ("p", "الذين"), ("d", "اللذان اللذين اللتان اللتين"))
    for w in words.split()
}
"""What a relative pronoun says of its antecedent, as `lexicon.conjugate` says it of a verb's subject."""
PLACE_PREPOSITIONS = frozenset(search_form(w) for w in ("في", "إلى", "الى", "من"))


def _starts_like_a_subject(toks: list[Token], g: Gazetteer) -> bool:
    """A subject before its verb begins with its head: a source, a role, a person — not `به`, `عنهم`, `رأيه`.

    The head may be a name of several words (`الولايات المتحدة ستواصل`): a mention that starts the phrase."""
    if len(toks) > 1 and toks[0].key in QUANTIFIERS:
        toks = toks[1:]  # `جميع وزراء خارجية دول الجوار السوري اتفقوا`
    head = toks[0].key
    if head in HUMAN_HEADS or head in SOURCE_WORDS or head.removeprefix("و") in HUMAN_HEADS:
        return True
    first = g.find(" ".join(t.text for t in toks[:4]))  # a mention that starts in the first word (`"طهران`)
    return any(
        m.start < len(toks[0].text) and (m.form.actor_ids or m.form.kind.startswith("role:") or m.form.kind in ("party", "document"))
        for m in first
    )


def clause_end(body: str, start: int, limit: int) -> int:
    """Where the content stops: the limit, or a comma that opens a clause of another kind."""
    if "\u060c" not in body[start:limit] and "," not in body[start:limit]:
        return limit
    text = fold_letters(body[start:limit])  # one character for one: offsets stay valid
    best = limit
    for breaker in CLAUSE_BREAKERS:
        for sep in ("\u060c ", ", "):
            at = text.find(sep + breaker + " ")
            if at > 0:
                best = min(best, start + at)
    return best


def closing_quote(body: str, start: int) -> int | None:
    """The offset of the quotation mark closing the one at `start` (within 3,000 characters)."""
    opener = body[start]
    closer = {"\u00ab": "\u00bb", "\u201c": "\u201d", "\u201e": "\u201d"}.get(opener, '"')
    at = body.find(closer, start + 1, start + 3000)
    if at < 0 and opener in "\u201c\u201e":
        at = body.find('"', start + 1, start + 3000)
    return at if at > start + 1 else None


def trim_end(body: str, start: int, end: int) -> int:
    """Drop trailing spaces and punctuation (but keep a closing quote's partner inside)."""
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,:;\u060c\u061b"):
        end -= 1
    if end > start and body[end - 1] in CLOSING_QUOTES + '"' and not any(q in body[start : end - 1] for q in OPENING_QUOTES + '"'):
        end -= 1
    return end


# The narrator's "as he put it" after what was said (`… والمنطقة ككل، على حد تعبيره`): no part of it. Run w178: 581
# contents ended so (`على حد قوله` 248, `على حد تعبيره` 225).
AS_PUT = frozenset(
    search_form(f"على حد {noun}{pronoun}") for noun in ("تعبير", "قول", "وصف", "زعم") for pronoun in ("ه", "ها", "هم", "هما")
)


def without_as_put(body: str, start: int, end: int) -> int:
    """The end of what was said before a closing `على حد تعبيره` (`قوله`, `وصفها`, `زعمه`)."""
    words = body[start:end].rsplit(maxsplit=3)
    if len(words) < 4 or search_form(" ".join(words[1:])).strip(EDGE_PUNCT) not in AS_PUT:
        return end
    return trim_end(body, start, body.rfind(words[1], start, end))


# Party words that mark a joint act (`الالتزام الثنائي`, `اللجنة المشتركة`), not who the parties are.
JOINT_WORDS = frozenset(search_form(w) for w in "المشترك المشتركة مشترك مشتركة الثنائي الثنائية ثنائي ثنائية".split())


# Words that end a party's name: `التزام الاتحاد الأوروبي تجاه السوريين`.
PARTY_ENDS = frozenset(search_form(w) for w in "على تجاه نحو إزاء لدى مع خلال عبر حول بشأن بشان أثناء عن".split())


# Particles that stand between a clause's start and its verb, never a party: `وقد تعهدت الطغمة العسكرية بـ`.
VERB_PARTICLES = frozenset(search_form(w) for w in "قد وقد فقد لقد ولقد".split())


# Words that open a clause before its subject: `وكان ترامب قد وعد`, `كما تعهدت الوحدات`.
CLAUSE_OPENERS = VERB_PARTICLES | frozenset(
    search_form(w) for w in "كما وكما كان وكان كانت وكانت أخيرا وأخيرا أيضا وأيضا كذلك وكذلك بدوره بدورها بدورهم".split()
)
HEAD_OPENERS = CLAUSE_OPENERS | FOR_ONES_PART  # what may stand before a verb at the head of its clause (`heads_clause`)


# A committer never starts with these: `في أنغولا`, `من جهتهم`, `ما أكده مصدر أمني`.
NOT_PARTY_STARTS = PREPOSITION_WORDS | frozenset(
    search_form(w) for w in "ما فيما بينما حيث الآن عند لدى خلال أثناء قبل بعد منذ إطار لم لن قد".split()
)  # a particle of negation or `قد` opens a verb phrase, never a party (`لم يتحدث`; `لا يزال`: see is_source)
SUBORDINATORS = frozenset(search_form(w) for w in "إذا عندما حينما كلما لأن لكي كي حتى إذ تم يتم".split())
"""A clause of condition, time or purpose, or a passive (`إذا كان يحب كوسوفو`, `عندما تخسر الأرجنتين`, `تم تسليم
منطقة باب الملك`): what follows is no source (about 200 speakers of run w60 began so)."""
CLAUSE_OPENING_ENDS = SUBORDINATORS | frozenset(search_form(w) for w in "حيث كما فيما بعدما بينما لذلك ثم أو إلا".split())
"""Words that open the cue's clause, never the last word of its source: 647 speakers of run w140 ended in one
(`حيث` 132, `إذ` 121, `كما` 116, `عندما` 56, `أو` 37, `وهي` 34, `فيما` 33, `إلا` 29, `بعدما` 26)."""
JOINED_CLAUSE_ENDS = frozenset(search_form(w) for w in "وهو وهي والتي والذي".split())  # not `ري يونغ هو`, `ليو هي`


def without_openers(phrase: str, openers: frozenset[str] = CLAUSE_OPENERS) -> str:
    """A subject phrase without the clause openers before it (`كانت وزارة الداخلية` → `وزارة الداخلية`)."""
    words = phrase.split()
    while words and search_form(words[0].strip(EDGE_PUNCT)) in openers:
        words.pop(0)
    return " ".join(words)


AS = search_form("كما")
SPEAKER_OPENERS = CLAUSE_OPENERS - VERB_PARTICLES - {AS, "و" + AS}
"""What a speaker phrase may lose at its start (`كان`, `أخيرا`, `بدوره`); not `قد` or `كما`, which open a verb
(`وقد بدا`, `كما يدعي`: no source, see `is_source`)."""


def speaker_without_openers(phrase: str, g: Gazetteer) -> str:
    """A speaker phrase without `كان`, `أخيرا`, `بدوره` before it when what is left names a source (`كان جواد ظريف`
    → `جواد ظريف`; an opener alone → ""); else as it is (`كان امرا طبيعيا`: `كان` is the verb, its predicate no source)."""
    phrase = without_channel_object(without_accusative_tail(without_anonymity(phrase)))
    stripped = without_openers(phrase, SPEAKER_OPENERS)
    return stripped if not stripped or stripped == phrase or speakerlike(stripped, g) else phrase


def without_channel_object(phrase: str) -> str:
    """A subject phrase without the statement it issued as its last word, an accusative text it issues (`ISSUED`:
    `أصدرت وزارة الخارجية الروسية بيانا قالت فيه …` → `وزارة الخارجية الروسية`; `بيانًا`, `تقريرا`, `تصريحا`; not
    `المنضم حديثا`, recently): the channel, not who spoke."""
    words = phrase.split()
    if len(words) < 2:
        return phrase
    last = strip_diacritics(words[-1]).strip(EDGE_PUNCT)
    return " ".join(words[:-1]) if last.endswith("ا") and search_form(last[:-1]) in ISSUED else phrase


COPULA_TAILS = KANA | frozenset(search_form(w) for w in "تزال يزال زالت زال تبقى يبقى تظل يظل ستبقى سيبقى ستظل سيظل من".split())
"""Words between a committer and a participle or verb cue that belong to neither (`لا تزال ملتزمة`, `ستبقى ملتزمة`,
`كانت تعهدت`, `هي من تكفلت`). Run w150: about 30 committers ended in one."""
WHO_TAILS = frozenset(("هي", "هو", "أول", "اول", "كانت", "كان"))
NEGATING_STILL = frozenset(search_form(w) for w in ("لا", "ما"))
RELATIVE_ENDS = frozenset(search_form(w) for w in "الذي التي الذين اللذين اللتين".split())


def as_committer(phrase: str) -> str:
    """A subject phrase without the clause openers around it (`وكان ترامب قد` → `ترامب`), or "" when it cannot be a party."""
    words = without_channel_object(without_openers(phrase)).split()
    while words and search_form(words[-1].strip(EDGE_PUNCT)) in VERB_PARTICLES | COPULA_TAILS:
        words.pop()  # `الحكومة لا تزال ملتزمة`, `إيران ستبقى ملتزمة`, `بكين كانت تعهدت`, `شركة تونسية هي من تكفلت`
        while words and words[-1] in WHO_TAILS:
            words.pop()  # `هي من`, `كانت أول من` (not `ليو هي`, the name, when no `من` follows)
        if words and search_form(words[-1]) in NEGATING_STILL:
            words.pop()  # `لا تزال`, `ما زالت` (not `جاك ما`)
    if words and search_form(words[-1].strip(EDGE_PUNCT)) in RELATIVE_ENDS:
        return ""  # `المبلغ الذي تعهدت رده`: the committer is inside the relative clause, not its head
    first = search_form(words[0].strip(EDGE_PUNCT)) if words else ""
    if not first or first.removeprefix("و") in NOT_PARTY_STARTS or first in cue_forms():  # `وفي إطار …`, `أشاد الوزير …`
        return ""
    return " ".join(words).strip(EDGE_PUNCT + " ")


def subject_after_complementizer(toks: list[Token], i: int) -> str:
    """`فإن دولا أخرى تعهدت`, `إن طرفي الحرب في اليمن اتفقا`, `والقادة العرب جددوا`: a short subject between
    a complementizer (or the sentence's start) and the verb."""
    return " ".join(t.text for t in subject_tokens_after_complementizer(toks, i)).strip(EDGE_PUNCT + " ")


def subject_tokens_after_complementizer(toks: list[Token], i: int) -> list[Token]:
    """The tokens of `subject_after_complementizer`, empty when there is none.

    Not a particle (`وقد تعهدت`), a preposition, or a reporting verb and what it opens (`وأضاف البيان "لقد اتفقا`)."""
    for k in range(i - 1, max(-2, i - 9), -1):  # `أن ممثلي القوات المسلحة السودانية وقوات الدعم السريع اتفقوا`
        if k < 0 or toks[k].key in COMPLEMENTIZERS:
            words = [t for t in toks[k + 1 : i] if t.key not in VERB_PARTICLES]
            if not words or words[0].key in PREPOSITION_WORDS or any(cue_forms().get(t.key) for t in words):
                return []
            if len(words) > 4 and without_conjunction(words[0].key, HEADS.keys()) not in HEADS:
                return []  # a long subject starts with its head (`ممثلي القوات …`), not a verb (`أن زار تونس في …`)
            return words
        if toks[k].text.endswith(("،", ",", ".", ":")):
            return []
    return []


MAX_PRONOUN_REACH = 15  # words back from a pronoun to the party it stands for


def pronoun_agreement(key: str) -> str:
    """What a folded word's third-person pronoun suffix says of whom it stands for (`وعزمها` f, `انهم` p), else ``."""
    return next((agree for suffix, agree in PRONOUN_AGREEMENT if key.endswith(suffix)), "")


def pronoun_agrees(agree: str, phrase: str, g: Gazetteer) -> bool:
    """Whether a pronoun of this agreement may stand for a phrase: as a verb's subject (`agrees`), and `ها` also for
    a broken plural (`أشارت الوفود إلى نيتها`; not a sound one, `المحتجون`, which takes `هم`)."""
    head = search_form(phrase).split()[0] if phrase.strip() else ""
    if agree == "f" and gender(phrase, g) == "p" and not head.endswith(("ون", "ين", "و")):
        return True
    return agrees(agree, phrase, g)


def antecedent_before(toks: list[Token], i: int, agree: str, g: Gazetteer, own: Collection[str] = ()) -> str:
    """The nearest party before token i in its sentence that a pronoun of this agreement can stand for: a state, a
    capital or a body the gazetteer names, or a definite head (`نية الدوحة الانسحاب من مجلس التعاون الخليجي وعزمها`
    → `الدوحة`, not the council; `المواقف الثابتة للمملكة من الإرهاب وعزمها` → `المملكة`; `مديرون تنفيذيون في الشركة
    الأميركية أنها` → `الشركة الأميركية`), or a folded word of `own` naming the speaker's side (`إن بلاده ستمدد
    حملتها … ضد تنظيم «داعش» سنة، مشيرًا إلى أنها` → `بلاده`, not `داعش`); "" when none agrees: the pronoun then
    stands for someone the sentence does not name, and no party is guessed."""
    for k in range(i - 1, max(-1, i - MAX_PRONOUN_REACH), -1):
        t = toks[k]
        if t.text.endswith((".", ":", "؟")):
            break
        word = t.text.strip(EDGE_PUNCT)
        word = "ال" + word[2:] if t.key.startswith("لل") else word[1:] if t.key[:3] in ("بال", "وال") else word
        found = [m for m in g.find(word) if m.start == 0 and m.form.kind in ("alias", "capital", "context")]
        if search_form(word) in own:
            phrase = word
        elif found:
            phrase = word[: found[0].end]
        elif search_form(word) in HUMAN_HEADS and search_form(word).startswith("ال"):
            phrase, end = np_after(toks, k, g)
            phrase = phrase if end <= i else word
        else:
            continue
        if pronoun_agrees(agree, phrase, g):
            return phrase.strip(EDGE_PUNCT + " ")
    return ""


def purpose_at(toks: list[Token], m: int) -> bool:
    """A word in `لـ` (not `لل`) that no definite word follows: a purpose (`لتكون`, `لوضع إعلان`), not a name's
    `لكرة القدم`."""
    key = toks[m].key
    return key.startswith("ل") and not key.startswith("لل") and not (m + 1 < len(toks) and toks[m + 1].key.startswith("ال"))


def party_before(toks: list[Token], i: int, g: Gazetteer) -> str:
    """The last party named before token i in its sentence (`الاتفاق الذي توصل إليه طرفا النزاع`)."""
    for k in range(i - 1, max(-1, i - 15), -1):
        if k > 0 and toks[k - 1].key in PREPOSITION_WORDS:
            continue  # `في الجزائر`: a place, not a party
        party, _ = party_after(toks, k, g, strict=True)
        if party and any(m.form.actor_ids or (m.form.kind == "party" and search_form(m.text) not in JOINT_WORDS) for m in g.find(party)):
            # `بين الإمارات وروسيا`, `وقعته الصين وروسيا والمملكة المتحدة وفرنسا وألمانيا`: the last party is joined
            # to the ones before it; take them all (the furthest start whose phrase runs through it)
            joined = [party_after(toks, m, g, strict=True) for m in range(max(0, k - 12), k) if toks[k].key.startswith("و")]
            return next((p for p, end in joined if end > k), party)
    return ""


@cache
def _withheld_forms() -> frozenset[str]:
    """`lexicons/withheld.tsv`: the verbs of telling a narrator denies a speaker, after `لم`, folded."""
    return frozenset(search_form(f) for row in load_tsv("withheld.tsv") for f in row["forms"].split("|"))


def withheld(toks: list[Token], start: int, limit: int, speaker: str, g: Gazetteer) -> int:
    """Where what was said ends, before the narrator's note of what the speaker did not tell (`وقالت وسائل إعلام روسية
    إن الجرحى من مشجعي كرة القدم، لكنها لم تحدد جنسياتهم`): `لكن` with a pronoun that agrees with the speaker, `لم`
    and a verb of `lexicons/withheld.tsv`; else `limit`. Tokens from `start` on are looked at."""
    for k in range(start, len(toks) - 2):
        if toks[k].start >= limit:
            break
        contrast = toks[k].key.removeprefix("و")  # `لكنها`, `ولكنه`
        agree = SAYING_POSSESSIVES.get(contrast[3:]) if contrast.startswith("لكن") else None
        if agree and toks[k + 1].key == "لم" and toks[k + 2].key in _withheld_forms() and agrees(agree, speaker, g):
            return toks[k].start
    return limit


GENITIVE_HEADS = frozenset({"organ", "official", "group", "company", "person"})
MAX_GENITIVE = 5  # words of a body in a verbal noun's genitive: `الرئاسة العامة لرعاية الشباب`


def genitive_body(toks: list[Token], k: int, g: Gazetteer, marker: str) -> tuple[str, int]:
    """The genitive after a verbal noun when its head noun makes it a body, an office or people, which the gazetteer
    need not name, and the noun's `marker` follows it (`بالتزام الوزارة بتطبيق …`, `التزام المديرية العامة للسجون
    بمراجعة …`): the noun's subject, and the token after it. Not before an action with no marker (`نية الوزارة فتح
    مناظرة`: where the party ends is not known)."""
    if marker == "direct" or k >= len(toks) or not toks[k].key.startswith("ال") or HEADS.get(toks[k].key) not in GENITIVE_HEADS:
        return "", k
    phrase, after = np_after(toks, k, g, stop_at_b=True)
    marked = after < len(toks) and toks[after].key.startswith(search_form(marker))
    short = len(phrase.split()) <= MAX_GENITIVE  # not `الشركة نحو تقديم تجربة نقية وآمنة مدعومة`: a phrase run on
    return (phrase, after) if phrase and marked and short and is_source(phrase, g) else ("", k)


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
        if covered[n] or n <= last:
            last = max(last, n)
        elif t.key in COMPLEMENTIZERS or t.key in RELATIVES or t.key in FILLERS or t.key in PARTY_ENDS or (last < 0 and (strict or n > 2)):
            break
        if (last >= 0 and n > last + 2) or (n > 0 and not covered[n] and t.key[:1] in "بل"):
            break  # `التزام البلدين بمواصلة …`: the marker ends the party
        coordinated = t.text.endswith(("،", ",")) and n + 1 < len(window) and covered[n + 1] and window[n + 1].key.startswith("و")
        if t.text.endswith(("،", ",")) and last == n and not coordinated and (size := _name_between_commas(window, n + 1)):
            last = n + size  # `رئيسة الوزراء البريطانية، تيريزا ماي، بمواصلة …`: the name set apart by commas is the party's
            continue
        if t.text.endswith(("،", ",", ":")) and last == n and not coordinated:
            break  # but `السيسي، ورئيس وزراء إثيوبيا آبي أحمد،` goes on to the party coordinated after the comma
    if 0 <= last < len(window) - 1 and _genitive_of_party(window, last, g):
        last += 1  # `طرفا النزاع`, `جانبي التفاوض`: a party word and what it is the party of
    if last < 0 or not speakerlike(" ".join(t.text for t in window[: last + 1]), g):
        return "", k
    return " ".join(t.text for t in window[: last + 1]).strip(EDGE_PUNCT + " "), k + last + 1


def _name_between_commas(toks: list[Token], j: int) -> int:
    """The number of words of a person's name from token j to a comma (`، تيريزا ماي،`, `، راموش هاراديناي،`), at most
    four; 0 when they are anything else: a time (`الأسبوع الماضي`), an attribution (`بحسب المصدر نفسه`), a phrase with
    `بـ`/`لـ` or a number (`بإشراف روسي`, `عام 2009`), a head noun (`رئيس الحكومة`: `_name_word`). A name that starts
    with ب or ل (`بوتين`) is left out with them."""
    for size, t in enumerate(toks[j : j + 4], 1):
        name_like = _name_word(t) and t.key[:1] not in "بل" and t.key not in TIME_NOUNS and t.key not in TIME_ADJECTIVES
        if not name_like or attribution_at(toks, j + size - 1):
            return 0
        if t.text.endswith(("،", ",")):
            return size
    return 0


def _genitive_of_party(window: list[Token], last: int, g: Gazetteer) -> bool:
    """Whether the token after a party word (`طرفا`, `جانبي`) is its genitive (`النزاع`, `التفاوض`): not after a
    definite one (`الوفود إلى`: a definite head takes no genitive, and `إلى` folds to `الي`)."""
    head, nxt = window[last], window[last + 1]
    if head.key.startswith(("ال", "وال")) or nxt.key in PREPOSITION_WORDS:
        return False
    is_party = any(m.form.kind == "party" for m in g.find(head.text))
    return is_party and not head.text.endswith(("،", ",")) and nxt.key.startswith("ال") and nxt.key not in JOINT_WORDS


def said_of(toks: list[Token], i: int) -> tuple[str, int, int]:
    """`عن الرئيس السوري بشار الأسد قوله`: the phrase between `عن` and the verbal noun, where `عن` stands — the
    first `عن` after the verb that carried or reported it (`نقلت الوكالة عن مسؤول محلي عن العمليات قوله`) —, and
    where that verb stands (its subject is the medium); -1 for both when no one carried it."""
    reach: list[int] = []  # back to the sentence's start, nearest first
    for k in range(i - 1, max(-1, i - 16), -1):
        if toks[k].text.endswith((".", ":", "؟")):
            break
        reach.append(k)
    verb = next((k for k in reach if carries(toks[k])), None)
    at = [k for k in reach if toks[k].key in ("عن", "لسان") and verb is not None and k > verb]  # `على لسان X قوله`
    if verb is None or not at:
        return "", -1, -1  # no one carried or reported it (`انعدام الوعي بضرورة قوله`)
    k = at[-1]
    return " ".join(t.text for t in toks[k + 1 : i]).strip(EDGE_PUNCT + " "), k, verb


def carries(t: Token) -> bool:
    """`نقل`, `ونقلت`, `تنقل`, or a reporting verb (`وذكرت`): a verb that carries someone's words."""
    return t.key.lstrip("وف").startswith(("نقل", "ينقل", "تنقل")) or t.key in cue_forms()


def attribution_source(toks: list[Token], i: int, g: Gazetteer) -> tuple[str, str, int]:
    """What the attribution at token i names: the phrase as written, the source without a glued `لـ`, the index after."""
    phrase = attribution_at(toks, i) or ()
    k = i + len(phrase)
    if k + 1 < len(toks) and toks[k].key in ("ما", "لما"):  # `بحسب ما أكده المتحدث`, `وفقا لما نقلته`: the verb's subject
        k += 1
    if k < len(toks) and (toks[k - 1].key in ("ما", "لما") or phrase[-1].endswith("ما")) and not speakerlike(toks[k].text, g):
        k += 2 if k + 1 < len(toks) and toks[k + 1].key in ("في", "عنه", "عنها") else 1  # `حسبما أفادت`, `ما نقل عنه`
    speaker, after = np_after(toks, k, g)
    words = k + len(speaker.split())  # the source's own words (`np_after` may have skipped a relative clause after them)
    verbs = (m for m in range(k + 1, min(words, after)) if _reporting_verb(toks[m]) and not toks[m - 1].text.endswith(("،", ",")))
    verb = next(verbs, None)  # not `وحسب رويترز، قالت،`: the verb of the clause, whose subject is elsewhere
    genitive = verb is not None and verb > k + 1 and not toks[k + 1].key.startswith(("ل", "ب"))
    genitive = genitive and (_named(toks[k + 1], g) or toks[k].key.removeprefix("ل") in PUBLICATIONS)  # `لصحيفة مكة`
    if verb is not None and (toks[verb - 1].key in CLAUSE_LINKS or not (_named(toks[k], g) or genitive)):
        # `بحسب مصادر مالية تحدثت لـ«الشرق الأوسط»، فإن`: an indefinite source, then a relative clause of its own (a
        # definite or named one takes none: `وبحسب «رويترز» قالت وزارة …`, `ووفقا لصحيفة مكة شدد السناني`); `حسبما أفاد
        # قائد شرطة دهوك، حيث قال إن`
        cut = verb - (toks[verb - 1].key in CLAUSE_LINKS | PREVERBAL)  # `مصدر أمني لم يكشف عن اسمه`
        said = _first_turn(toks, range(verb + 1, min(len(toks), verb + MAX_SPEAKER)))
        said = said if said is not None and toks[said].key in COMPLEMENTIZERS else None  # not past another cue
        speaker, after = " ".join(t.text for t in toks[k:cut]).strip(EDGE_PUNCT + " "), said or aside_end(toks, verb) or verb
    speaker = source = without_anonymity(speaker)  # `بحسب مصدر أمني رفض الكشف عن هويته`
    if speaker.startswith("ل") and not any(m.start == 0 and m.form.actor_ids for m in g.find(speaker[:20])):
        named = any(m.start == 0 and m.form.actor_ids for m in g.find(speaker[1:21]))  # `للافروف`: لـ + `لافروف`
        source = speaker[1:] if named else after_lam(speaker)
    return speaker, source, after
