"""The embedded default backend: classifiers shipped inside wheels, run offline on CPU."""

from moderation.backends.local.backend import LocalBackend, build_local_backend

__all__ = ["LocalBackend", "build_local_backend"]
