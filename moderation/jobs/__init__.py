"""Bulk moderation jobs: durable, judged in the background, read back as a resumable stream.

- `model`: the job's plain types (state, counts, a stored item);
- `store`: SQLite in the data directory, the one source of truth across restarts;
- `runner`: the background loop that drives every open job to its end;
- `batches`: the haiku executor, on Anthropic's Message Batches API;
- `local`: the executor without a key, on the engine (embedded classifier).
"""
