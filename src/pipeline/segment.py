"""Segment: sentences and tokens of a body, with offsets into it.

Sentences end at `.`, `!`, `?`, `؟` — not inside a quotation, a decimal number or after a
one-letter abbreviation — and at paragraph ends, except that a paragraph ending in `:` runs on
through the bullet items that follow it (`العوامل التالية:` + `•` items).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import NamedTuple

import ahocorasick

from pipeline.text import MARKS_RE, Fold, fold_letters, search_form

OPENING_QUOTES = "\u00ab\u201c\u201e"
CLOSING_QUOTES = "\u00bb\u201d"
QUOTES = OPENING_QUOTES + CLOSING_QUOTES + "\"'"
ENDS = ".!?\u061f"
EDGE_PUNCT = f"{QUOTES}.,:;!?\u060c\u061b\u061f()[]{{}}-\u2013\u2014"
BULLET_RE = re.compile("^[\u2022\u25a0\u25aa\u25cf\u25c6\u2013\u2014*\u00b7-]|^\\d{1,2}[.)-]\\s")


class Token(NamedTuple):
    """A whitespace token: its offsets, its text, and its folded key without edge punctuation."""

    start: int
    end: int
    text: str
    key: str


def tokens(text: str, offset: int = 0) -> list[Token]:
    """Tokenize on whitespace, keeping offsets (shifted by `offset`)."""
    words = text.split()
    keys = fold_letters(MARKS_RE.sub("", text)).split()  # one fold for the whole text; marks never split a token
    if len(keys) != len(words):  # a token made only of marks (a tatweel used as a dash): fold token by token
        keys = [search_form(w) for w in words]
    new = tuple.__new__  # a NamedTuple's own constructor is a Python function: this is 3x faster
    out, at, find = [], 0, text.find
    for word, key in zip(words, keys, strict=True):  # str.split and find: 13% faster than a regex's match objects
        at = find(word, at)
        out.append(new(Token, (at + offset, at + len(word) + offset, word, key.strip(EDGE_PUNCT))))
        at += len(word)
    return out


# The name Ali (`علي`) and the preposition `على` fold alike. A writer who spells a final alef maqsura anywhere
# (`على`, `إلى`, `مستوى`) writes the preposition with it, so a word of theirs written `علي` is the name
# (`وقال علي الأحمدي، الناطق باسم …`): its key is set apart so that no rule reads it as the preposition.
# Measured on the corpus: 5,084 `علي` in articles that also write `على`; of 30 read, 28 were the name.
ALI_TEXT = "علي"  # as written (a sentence without it needs no look)
ALI = search_form(ALI_TEXT)
ALI_NAME = ALI + "#"
_FINAL_MAQSURA_RE = re.compile(r"\u0649(?!\w)")


def writes_alef_maqsura(body: str) -> bool:
    """Whether a word of the body ends in alef maqsura (the writer tells `على` from `علي`)."""
    return _FINAL_MAQSURA_RE.search(body) is not None


def name_ali(t: Token) -> Token:
    """The token, with the name key if it is the word `علي` (or `وعلي`) as written (not `على`)."""
    if t.key.removeprefix("و") != ALI or "\u0649" in t.text:
        return t
    return t._replace(key=t.key.removesuffix(ALI) + ALI_NAME)


def sentences(body: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of a body, whitespace trimmed."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    spans: list[tuple[int, int]] = []
    open_start: int | None = None  # a sentence running on through a bullet list
    for n, (p_start, p_end) in enumerate(paragraphs):
        text = body[p_start:p_end]
        next_is_bullet = n + 1 < len(paragraphs) and BULLET_RE.match(body[paragraphs[n + 1][0] : paragraphs[n + 1][1]].lstrip())
        if open_start is not None and next_is_bullet and BULLET_RE.match(text.lstrip()):
            continue  # an item inside the list: its own full stops do not end the sentence
        pieces: list[tuple[int, int]] = []
        start: int | None = open_start if open_start is not None else p_start
        for end in sentence_ends(body, p_start, p_end):
            if start is None:
                break
            pieces.append((start, end))
            start = _skip_spaces(body, end, p_end)
        if start is not None:
            pieces.append((start, p_end))
        open_start = None
        if next_is_bullet and text.rstrip().endswith(":") and pieces:
            open_start = pieces.pop()[0]
        spans += pieces
    if open_start is not None:
        spans.append((open_start, paragraphs[-1][1]))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def _skip_spaces(body: str, at: int, limit: int) -> int | None:
    """Return the next non-space offset before `limit`, or None."""
    while at < limit and body[at].isspace():
        at += 1
    return at if at < limit else None


_MARK_RE = re.compile(f'[{re.escape(ENDS + OPENING_QUOTES + CLOSING_QUOTES)}"]')


def sentence_ends(body: str, start: int, end: int) -> list[int]:
    """Offsets just past each sentence end inside one paragraph (only quote and stop marks are visited).

    Quotations opened before `start` are not seen: from inside one, its own sentence ends count."""
    ends: list[int] = []
    depth, ascii_open = 0, False
    for m in _MARK_RE.finditer(body, start, end):
        i, ch = m.start(), m.group()
        if ch in OPENING_QUOTES:
            depth += 1
        elif ch in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        elif ch == '"':
            ascii_open = not ascii_open
        elif depth == 0 and not ascii_open and not _inside_word(body, i, start, end):
            stop = i + 1
            while stop < end and body[stop] in ENDS + CLOSING_QUOTES + '")':
                stop += 1
            if not ends or stop > ends[-1]:
                ends.append(stop)
    return ends


# A full stop glued between two Arabic words of three letters or more ends a sentence (`الصلة.وقال`), unless
# the token holds another dot (`أودي.أيه.جي`, `إن.إتش.كيه`) or is a web address (`توتوسبورت.كوم`).
# Measured on the corpus: 1,507 in 1,040 articles; of 30 read, 26 were sentence ends, the rest those cases.
_GLUED_STOP_RE = re.compile(r"(?<![.\w])[\u0621-\u064a]{3,}\.(?!كوم\b|com\b)[\u0621-\u064a]{3,}(?![.\w])")


def _inside_word(body: str, i: int, start: int, end: int) -> bool:
    """A `.` in `3.5`, `U.S.`, `بي.إم.دبليو` or after a one-letter abbreviation (`د.`) ends no sentence;
    one glued between two Arabic words (`الصلة.وقال`) does."""
    before = body[i - 1] if i > start else " "
    after = body[i + 1] if i + 1 < end else " "
    if body[i] == "." and ((before.isdigit() and after.isdigit()) or after.isalnum()):
        return not (after.isalpha() and _glued_stop(body, i, start, end))
    word_start = i
    while word_start > start and not body[word_start - 1].isspace():
        word_start -= 1
    return body[i] == "." and i - word_start == 1


def _glued_stop(body: str, i: int, start: int, end: int) -> bool:
    """Whether the `.` at i stands between two Arabic words of the paragraph that it ends and starts."""
    left = i
    while left > start and not body[left - 1].isspace():
        left -= 1
    right = i + 1
    while right < end and not body[right].isspace():
        right += 1
    m = _GLUED_STOP_RE.search(body, left, right)
    return m is not None and body.find(".", m.start(), m.end()) == i


def word_automaton(keys: list[str]) -> ahocorasick.Automaton:
    """An automaton of folded words (each key's value is its length), for `word_hits`."""
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def word_hits(fold: Fold, automaton: ahocorasick.Automaton) -> list[int]:
    """Sorted text offsets of the whole words of a folded text that are keys of the automaton."""
    folded = fold.text
    hits = []
    for end, length in automaton.iter(folded):
        start = end + 1 - length
        if (start == 0 or not folded[start - 1].isalnum()) and (end + 1 == len(folded) or not folded[end + 1].isalnum()):
            hits.append(fold.original(start))
    return sorted(hits)


def tokens_at(toks: list[Token], hits: list[int]) -> list[int]:
    """Indexes of the tokens that start at one of the sorted offsets, or one character before it (`«قال`)."""
    if not toks:
        return []
    out: list[int] = []
    for at in hits[bisect_left(hits, toks[0].start) : bisect_left(hits, toks[-1].end)]:
        i = bisect_right(toks, at, key=attrgetter("start")) - 1
        if toks[i].start >= at - 1 and (not out or out[-1] != i):
            out.append(i)
    return out


def has_hit(hits: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted offsets lies inside [start, end)."""
    at = bisect_left(hits, start)
    return at < len(hits) and hits[at] < end
