"""A held-out part per language of short statements naming protected groups, harmless and
hateful: written apart from the sixth training parts, never trained or tuned on."""
