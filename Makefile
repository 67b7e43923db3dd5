# Evaluation of the extractor against the shared gold annotations.
#   make eval              extract samples/ and score them
#   make eval SHARED=/path/to/shared
#   make eval-dev          extract the held-out dev set (tests/data/dev, other conflicts) and score it
#   make eval-heldout      extract the independently annotated set (tests/data/heldout) and score it
#   make eval-blind        extract the second independent set (tests/data/blind, no longer blind) and score it
#   make eval-fresh        extract the fresh set (tests/data/fresh, independent annotators) and score it
#   make eval-fresh2       extract the second fresh set (tests/data/fresh2, independent annotators) and score it
#   make eval-fresh3       the third fresh set (tests/data/fresh3), kept as a measure: totals only
#   make eval-fresh4       the fourth fresh set (tests/data/fresh4), kept as a measure: totals only
#   make eval-fresh5       the fifth fresh set (tests/data/fresh5, independent annotators), developed on
#   make eval-fresh6       the sixth fresh set (tests/data/fresh6, independent annotators), developed on
#   make eval-fresh7       the seventh fresh set (tests/data/fresh7, independent annotators), developed on
#   make eval-fresh8       the eighth fresh set (tests/data/fresh8, independent annotators), trained on
#   make eval-fresh9       the ninth fresh set (tests/data/fresh9, independent annotators), trained on
#   make eval-fresh10      the tenth fresh set (tests/data/fresh10, independent annotators), trained on
#   make eval-fresh11      the eleventh fresh set (tests/data/fresh11, densely annotated), developed on
#   make eval-unseen       the fresh set's held-back articles (tests/data/unseen): totals only
#   make eval-final        the set nobody develops on (tests/data/final): totals only, never --verbose
#   make eval-battery      the sentence batteries (tests/data/battery): misses and extras per passage
SHARED ?= ../shared
PYTHON ?= .venv/bin/python
GEOKG ?= .venv/bin/geokg

.PHONY: eval eval-dev eval-heldout eval-blind eval-fresh eval-fresh2 eval-fresh3 eval-fresh4 eval-fresh5 eval-fresh6 eval-fresh7 eval-fresh8 eval-fresh9 eval-fresh10 eval-fresh11 eval-unseen eval-final eval-battery bench-extract

eval:
	rm -rf eval-out/samples
	$(GEOKG) extract samples --out eval-out/samples
	$(PYTHON) $(SHARED)/eval/score.py $(SHARED)/eval/gold eval-out/samples --verbose

# sets developed on: every claim listed; sets kept as measures: totals only
DEV_SETS = dev heldout blind fresh fresh2 fresh5 fresh6 fresh7 fresh8 fresh9 fresh10 fresh11
MEASURE_SETS = fresh3 fresh4 unseen final

$(addprefix eval-,$(DEV_SETS)): eval-%:
	rm -rf eval-out/$*
	$(GEOKG) extract tests/data/$*/articles --out eval-out/$*
	$(PYTHON) $(SHARED)/eval/score.py tests/data/$*/gold eval-out/$* --verbose

$(addprefix eval-,$(MEASURE_SETS)): eval-%:
	rm -rf eval-out/$*
	$(GEOKG) extract tests/data/$*/articles --out eval-out/$*
	$(PYTHON) $(SHARED)/eval/score.py tests/data/$*/gold eval-out/$* | grep TOTAL

eval-battery:
	$(PYTHON) tools/score_battery.py tests/data/battery/cooperative.jsonl -v
	$(PYTHON) tools/score_battery.py tests/data/battery/hostile.jsonl -v
	$(PYTHON) tools/score_battery.py tests/data/battery/reference.jsonl -v

bench-extract:
	$(PYTHON) bench/extract_speed.py
