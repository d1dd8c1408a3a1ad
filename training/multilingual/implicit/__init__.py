"""A fifth training part per language: implicit hate (no slur, no insult word) and hard
negatives in the same registers, with everyday lines; written without reading any held-out
part."""
