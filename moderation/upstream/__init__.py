"""Calling one shared, rate-limited model: pacing, the budget, the breaker, error kinds.

Everything here is about the upstream as a scarce, shared resource, whichever backend
calls it; nothing here knows the batcher, the engine or a transport.
"""
