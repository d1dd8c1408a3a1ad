"""Generated from protos/moderation/v1 by `make gen` (scripts/gen_stubs.py); do not edit."""
