"""Generated from protos/moderation/v1 by `make gen` (clients/python/scripts/gen_stubs.py); do not edit."""
