"""Building the embedded model: training, fine-tuning, export and their data (the train extra).

Not part of the server wheel; run from the repository root, e.g. `python -m training.train`.
"""

from pathlib import Path

# The hand-written and templated rows: training, tuning, held-out and functional-check sets.
DATA_DIR = Path(__file__).resolve().parent / "data"
