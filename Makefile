# The two commands that matter: `make run` and `make test`. Both install what
# they need into .venv (and node_modules for buf) first: `make run` the service and
# its code generator only, `make test` the dev extra on top. Building the shipped model
# files (`make local-assets`) and retraining (`make train-local`) use .venv-train, with
# the train extra (torch, transformers, scikit-learn, onnx).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_INSTALLED := $(VENV)/.installed-run
INSTALLED := $(VENV)/.installed
TRAIN_VENV := .venv-train
TRAIN_BIN := $(TRAIN_VENV)/bin
TRAIN_INSTALLED := $(TRAIN_VENV)/.installed
NPM_INSTALLED := node_modules/.installed
PROTOS := $(wildcard protos/moderation/v1/*.proto)
GENERATED := moderation/v1/moderation_pb2.py
SAMPLES ?= ../shared/data/openai-moderation/samples-1680.jsonl.gz

.PHONY: help install gen run test lint fmt eval bench bench-jobs local-assets train-local runtime-size \
	emulator clean

help:
	@echo "make run    install, generate code, serve on the embedded default (localhost:50051)"
	@echo "make test   install, generate code, lint, run the whole test suite"
	@echo "make lint   ruff, mypy, buf lint"
	@echo "make eval   evaluate verdicts on the public OpenAI moderation set"
	@echo "make bench  batching / cost / throughput benchmark against the emulator"
	@echo "make local-assets  rebuild the shipped model files (train extra, .venv-train)"
	@echo "make runtime-size  site-packages of a clean runtime install (pip install .)"

$(RUN_INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[gen]'
	touch $@

$(INSTALLED): pyproject.toml $(RUN_INSTALLED)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

$(TRAIN_INSTALLED): pyproject.toml
	test -x $(TRAIN_BIN)/python || $(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_BIN)/python -m pip install -q --upgrade pip
	$(TRAIN_BIN)/python -m pip install -q -e '.[train]'
	touch $@

$(NPM_INSTALLED): package.json
	npm install --no-audit --no-fund --silent
	touch $@

install: $(INSTALLED)

# Generated protobuf/gRPC code (+ .pyi stubs) goes to moderation/v1/, a package
# holding generated code only; it is not committed and never edited by hand.
$(GENERATED): $(PROTOS) $(RUN_INSTALLED)
	rm -rf moderation/v1
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m grpc_tools.protoc -I protos \
		--python_out=. --grpc_python_out=. --mypy_out=. --mypy_grpc_out=. $(PROTOS)
	echo '"""Generated from protos/moderation/v1 by `make gen`; do not edit."""' > moderation/v1/__init__.py
	touch moderation/v1/py.typed

gen: $(GENERATED)

run: $(GENERATED)
	$(BIN)/moderation-server $(ARGS)

lint: $(INSTALLED) $(GENERATED) $(NPM_INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy moderation clients/python tests bench
	node_modules/.bin/buf lint protos

fmt: $(INSTALLED)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

# The embedded classifier offline (held-out split, functional checks, items/s),
# then the same held-out rows through a running server with the real client.
eval: $(GENERATED)
	$(BIN)/python -m bench.eval_local --data $(SAMPLES)
	$(BIN)/python -m bench.eval_server --samples $(SAMPLES)

# Rebuilds the model files shipped in moderation/backends/local/assets/ (MiniLM int8 ONNX,
# its tokenizer, profanity-check's model as arrays, NudeNet's ONNX) and MANIFEST.json with
# their sha256; deterministic, so `git diff --stat` after it shows whether anything moved.
local-assets: $(TRAIN_INSTALLED)
	$(TRAIN_BIN)/python -m moderation.backends.local.export

# Retrains the shipped head; LOCAL_EXTRA="a.jsonl b.jsonl" tries other hand-written rows.
train-local: $(TRAIN_INSTALLED)
	$(TRAIN_BIN)/python -m moderation.backends.local.train --data $(SAMPLES) \
		$(addprefix --extra ,$(LOCAL_EXTRA))

# Builds a throw-away venv with `pip install .` (no extras) and reports its size.
runtime-size:
	$(PYTHON) bench/runtime_size.py

bench: $(INSTALLED) $(GENERATED)
	$(BIN)/python -m bench.batching_bench $(ARGS)

# 10,000 items as a job (Message Batches) against the same items through Moderate.
bench-jobs: $(INSTALLED) $(GENERATED)
	$(BIN)/python -m bench.jobs_bench $(ARGS)

emulator: $(INSTALLED) $(GENERATED)
	$(BIN)/python -m moderation.testing.emulator $(ARGS)

clean:
	rm -rf moderation/v1 .mypy_cache .ruff_cache .pytest_cache *.egg-info
