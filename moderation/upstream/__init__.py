"""Calling one shared, rate-limited model.

`pacing` (the call slots, the adaptive limit, the retry-after pause), `budget` (the
organisation's rate limits, shared through Redis), `breaker`, `errors` (error kinds
and what is done about each), `repair` (which items of a failed call go again, and how
they are regrouped: the one rule for live calls and jobs), `warmup` (one prompt-cache
warm-up, in-process and across replicas) and `tokens` (what an item is estimated to
cost). Everything here is about the upstream as a scarce, shared resource, whichever
backend calls it; nothing here imports the batcher, the engine, a transport or the server.
"""
