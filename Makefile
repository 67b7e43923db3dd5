# Evaluation of the extractor against the shared gold annotations.
#   make eval              extract samples/ and score them
#   make eval SHARED=/path/to/shared
SHARED ?= ../shared
PYTHON ?= .venv/bin/python
GEOKG ?= .venv/bin/geokg

.PHONY: eval bench-extract

eval:
	rm -rf eval-out
	$(GEOKG) extract samples --out eval-out
	$(PYTHON) $(SHARED)/eval/score.py $(SHARED)/eval/gold eval-out --verbose

bench-extract:
	$(PYTHON) bench/extract_speed.py
