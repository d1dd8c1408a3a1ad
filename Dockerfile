# The moderation service on the embedded default (set ANTHROPIC_API_KEY for Haiku).
FROM python:3.11-slim AS build
WORKDIR /src
RUN pip install --no-cache-dir grpcio-tools mypy-protobuf
COPY protos/ protos/
RUN mkdir -p moderation && python -m grpc_tools.protoc -I protos --python_out=. \
      --grpc_python_out=. --mypy_out=. protos/moderation/v1/moderation.proto \
 && touch moderation/v1/__init__.py

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY moderation/ moderation/
COPY clients/ clients/
COPY --from=build /src/moderation/v1/ moderation/v1/
# The runtime dependencies only: the embedded models ship inside the package, ready to run
# on onnxruntime (no torch, no first-start export; a read-only file system is fine).
RUN pip install --no-cache-dir ./clients/python . && useradd --uid 10001 --create-home app
USER 10001
EXPOSE 50051 8080
ENV MODERATION_HOST=0.0.0.0
ENTRYPOINT ["moderation-server"]
