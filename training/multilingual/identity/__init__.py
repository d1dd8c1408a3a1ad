"""A sixth training part per language: short statements naming protected groups, harmless
(positive, neutral) and hateful, so that what is said, not the group named, decides."""
