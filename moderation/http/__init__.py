"""The HTTP port: OpenAI- and Perspective-compatible endpoints and moderation.v1 as JSON."""
