# The moderation service on the embedded default (set ANTHROPIC_API_KEY for Haiku).
# The generated stubs (moderation/v1/) are committed: no code-generation stage.
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY moderation/ moderation/
COPY clients/ clients/
# The runtime dependencies only: the embedded models ship inside the package, ready to run
# on onnxruntime (no torch, no first-start export; a read-only file system is fine).
RUN pip install --no-cache-dir ./clients/python . && useradd --uid 10001 --create-home app
USER 10001
EXPOSE 50051 8080
ENV MODERATION_HOST=0.0.0.0
ENTRYPOINT ["moderation-server"]
