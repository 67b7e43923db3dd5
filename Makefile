# Evaluation of the extractor against the shared gold annotations.
#   make eval              extract samples/ and score them
#   make eval SHARED=/path/to/shared
#   make eval-dev          extract the held-out dev set (tests/data/dev, other conflicts) and score it
#   make eval-heldout      extract the independently annotated set (tests/data/heldout) and score it
#   make eval-blind        extract the second independent set (tests/data/blind, no longer blind) and score it
#   make eval-fresh        extract the fresh set (tests/data/fresh, independent annotators) and score it
#   make eval-fresh2       extract the second fresh set (tests/data/fresh2, independent annotators) and score it
#   make eval-fresh3       the third fresh set (tests/data/fresh3), kept as a measure: totals only
#   make eval-unseen       the fresh set's held-back articles (tests/data/unseen): totals only
#   make eval-final        the set nobody develops on (tests/data/final): totals only, never --verbose
SHARED ?= ../shared
PYTHON ?= .venv/bin/python
GEOKG ?= .venv/bin/geokg

.PHONY: eval eval-dev eval-heldout eval-blind eval-fresh eval-fresh2 eval-fresh3 eval-unseen eval-final bench-extract

eval:
	rm -rf eval-out/samples
	$(GEOKG) extract samples --out eval-out/samples
	$(PYTHON) $(SHARED)/eval/score.py $(SHARED)/eval/gold eval-out/samples --verbose

eval-dev:
	rm -rf eval-out/dev
	$(GEOKG) extract tests/data/dev/articles --out eval-out/dev
	$(PYTHON) $(SHARED)/eval/score.py tests/data/dev/gold eval-out/dev --verbose

eval-heldout:
	rm -rf eval-out/heldout
	$(GEOKG) extract tests/data/heldout/articles --out eval-out/heldout
	$(PYTHON) $(SHARED)/eval/score.py tests/data/heldout/gold eval-out/heldout --verbose

eval-blind:
	rm -rf eval-out/blind
	$(GEOKG) extract tests/data/blind/articles --out eval-out/blind
	$(PYTHON) $(SHARED)/eval/score.py tests/data/blind/gold eval-out/blind --verbose

eval-fresh:
	rm -rf eval-out/fresh
	$(GEOKG) extract tests/data/fresh/articles --out eval-out/fresh
	$(PYTHON) $(SHARED)/eval/score.py tests/data/fresh/gold eval-out/fresh --verbose

eval-fresh2:
	rm -rf eval-out/fresh2
	$(GEOKG) extract tests/data/fresh2/articles --out eval-out/fresh2
	$(PYTHON) $(SHARED)/eval/score.py tests/data/fresh2/gold eval-out/fresh2 --verbose

eval-fresh3:
	rm -rf eval-out/fresh3
	$(GEOKG) extract tests/data/fresh3/articles --out eval-out/fresh3
	$(PYTHON) $(SHARED)/eval/score.py tests/data/fresh3/gold eval-out/fresh3 | grep TOTAL

eval-unseen:
	rm -rf eval-out/unseen
	$(GEOKG) extract tests/data/unseen/articles --out eval-out/unseen
	$(PYTHON) $(SHARED)/eval/score.py tests/data/unseen/gold eval-out/unseen | grep TOTAL

eval-final:
	rm -rf eval-out/final
	$(GEOKG) extract tests/data/final/articles --out eval-out/final
	$(PYTHON) $(SHARED)/eval/score.py tests/data/final/gold eval-out/final | grep TOTAL

bench-extract:
	$(PYTHON) bench/extract_speed.py
