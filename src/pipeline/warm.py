"""Imported by the worker pool's fork server: build what every batch needs once, before workers fork."""

from pipeline.actors import ArticleContext, gazetteer
from pipeline.clean import clean
from pipeline.commitments import find_commitments
from pipeline.statements import find_statements

_body = clean("عنوان\n\nبغداد (يونا) - قال الوزير إن الحكومة ملتزمة بدعم الأشقاء.").body  # compiles the cleaning patterns
_context = ArticleContext.of(gazetteer(), _body)
find_commitments(_body, _context, find_statements(_body, _context))  # builds the cue lexicons and automata
