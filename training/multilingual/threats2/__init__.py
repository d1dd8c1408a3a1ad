"""An eighth training part per language: more harmless lines in the words of threats
(hyperbole, games and sport, threats reported, violence discussed, everyday idioms) and more
threats against a person, written apart from every held-out part, so that a head for threats
learns who is targeted and whether harm is meant from more than the seventh part's lines."""
