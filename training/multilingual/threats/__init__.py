"""A seventh training part per language: threats of violence against a person, and harmless
lines in the same words (hyperbole, games and sport, threats reported, violence discussed), so
that who is targeted and whether harm is meant decide, not the violent word."""
