"""The emulator judge backed by the embedded local classifier (imported lazily: it is heavy)."""

from __future__ import annotations

from anthropic_emulator.judges import BackendJudge, Judge
from moderation.policy import default_policy


async def local_judge() -> Judge:
    """A started `BackendJudge` over the local backend with default settings, shipped policy."""
    from moderation.backends.local import build_local_backend
    from moderation.config import Settings

    backend = build_local_backend(Settings())
    await backend.start()
    return BackendJudge(backend, default_policy())
