"""Test doubles that are real servers: the Anthropic Messages API emulator and its judges."""
