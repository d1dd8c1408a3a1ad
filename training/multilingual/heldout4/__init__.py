"""Fourth held-out parts, one module per language: written apart from every other part (their
writers read none of them), never trained or tuned on."""
