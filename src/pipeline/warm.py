"""Imported by the worker pool's fork server: build what every batch needs once, before workers fork."""

from pipeline.actors import gazetteer
from pipeline.clean import clean
from pipeline.statements import cue_forms

gazetteer()
cue_forms()
clean("عنوان\n\nبغداد (يونا) - قال الوزير إن الحكومة ملتزمة.")  # compiles the cleaning patterns
