"""Content-moderation service: batched model verdicts behind a gRPC contract."""

__version__ = "0.1.0"
