"""Document: an article analysed once, read by every extraction stage.

It holds the body, its one offset-keeping fold, its sentences (tokenized on demand, once each), the
gazetteer's mentions of actors, and the article's context (date, principal parties, issuers of its
documents, the people it introduces). Stages read it; none recomputes what it holds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pipeline.actors import ArticleContext, Gazetteer, Mention, Resolution
from pipeline.segment import ALI_TEXT, Token, name_ali, sentences, tokens, writes_alef_maqsura
from pipeline.text import Fold, fold


@dataclass
class Document:
    """The analysed article (build it with `analyse`)."""

    body: str
    fold: Fold
    sentences: list[tuple[int, int]]
    mentions: list[tuple[Mention, str]]
    context: ArticleContext
    sources: list[tuple[int, str, str, Resolution]] = field(default_factory=list)
    """Sources resolved so far (where, speaker or committer, as written, to what): what later mentions refer back to."""
    participants: tuple[str, ...] | None = None
    """The states of a meeting the article reports (`chains`: found on first need)."""
    maqsura: bool = False
    """Whether the writer spells a final alef maqsura (`على`, `إلى`): then a word written `علي` is the name Ali."""
    _tokens: dict[tuple[int, int], list[Token]] = field(default_factory=dict, repr=False)

    @property
    def published_on(self) -> dt.date | None:
        """The publication date, which dates and office terms are resolved against."""
        return self.context.published_on

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of the body between two offsets (a sentence's are made once)."""
        found = self._tokens.get((start, end))
        if found is None:
            text = self.body[start:end]
            found = tokens(text, start)
            if self.maqsura and ALI_TEXT in text:
                found = [name_ali(t) for t in found]
            self._tokens[(start, end)] = found
        return found


def analyse(
    body: str,
    g: Gazetteer,
    published_on: dt.date | None = None,
    context: ArticleContext | None = None,
    dateline: str | None = None,
    outlet: str | None = None,
) -> Document:
    """Analyse an article body: fold, sentences, actor mentions, context.

    Args:
        body: the cleaned body every span points into.
        g: the gazetteer.
        published_on: the publication date, when known.
        context: a context to use instead of the one read from the body (tests of one sentence).
        dateline: the dateline's place, when known: the article's own state.
        outlet: the outlet, when known: its home state, when the dateline gives none.
    """
    folded = fold(body)
    mentions = g.actor_mentions(body, folded)
    if context is None:
        context = ArticleContext.of(g, body, published_on, mentions, dateline, outlet)
    spans = sentences(body)
    if spans and (lead := _DATELINE_LEAD_RE.match(body)) and lead.end() < spans[0][1]:
        spans[0] = (lead.end(), spans[0][1])  # `دبي، الإمارات العربية المتحدة (CNN) -- …`: the dateline is no one's words
    return Document(body, folded, spans, mentions, context, maqsura=writes_alef_maqsura(body))


_DATELINE_LEAD_RE = re.compile(r"[^\n()]{0,60}\([^()\n]{1,25}\)\s*[-–—]+\s*")
"""A dateline the body opens with: a place, an agency's tag in parentheses, a dash (`دبي، الإمارات العربية المتحدة
(CNN)--`, `(CNN)--`)."""
