"""Classifier research: encoder, cascade and language-id comparisons behind the shipped model."""
