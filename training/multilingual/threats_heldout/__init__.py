"""A held-out part per language of threats of violence against a person and harmless lines in
the same words: written apart from the seventh training parts, never trained or tuned on."""
