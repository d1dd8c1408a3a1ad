"""Image classifier: NudeNet's detector (its ONNX model ships in the wheel) to a sexual score."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import numpy as np
from PIL import Image

# Detector classes and the score band each maps into. Exposed intimate parts land in
# [0.6, 1.0] (at least the default policy's "medium", i.e. flagged); covered ones in
# [0, 0.45] (at most "low"); faces, feet, belly and armpits say nothing about sexual content.
EXPOSED = {
    "FEMALE_GENITALIA_EXPOSED",
    "MALE_GENITALIA_EXPOSED",
    "ANUS_EXPOSED",
    "FEMALE_BREAST_EXPOSED",
    "BUTTOCKS_EXPOSED",
}
COVERED = {
    "FEMALE_GENITALIA_COVERED",
    "FEMALE_BREAST_COVERED",
    "BUTTOCKS_COVERED",
    "ANUS_COVERED",
}
# Longest edge fed to the detector; it resizes to 320 px anyway, so decoding larger is waste.
MAX_EDGE = 1280


def detection_score(detections: Sequence[dict[str, Any]]) -> float:
    """The sexual score of one image from its detections (0 when nothing relevant)."""
    score = 0.0
    for d in detections:
        conf = float(d.get("score", 0.0))
        if d.get("class") in EXPOSED:
            score = max(score, 0.6 + 0.4 * conf)
        elif d.get("class") in COVERED:
            score = max(score, 0.45 * conf)
    return min(score, 1.0)


def decode(data: bytes) -> np.ndarray[Any, np.dtype[np.uint8]]:
    """Encoded bytes to a BGR uint8 array, the layout NudeNet expects from cv2.imread."""
    with Image.open(io.BytesIO(data)) as img:
        img.thumbnail((MAX_EDGE, MAX_EDGE))
        rgb = np.asarray(img.convert("RGB"), dtype=np.uint8)
    return np.ascontiguousarray(rgb[:, :, ::-1])


class NudeNetClassifier:
    model = "local/nudenet-320n"

    def __init__(self) -> None:
        from nudenet import NudeDetector

        self._detector = NudeDetector()

    def score(self, images: Sequence[bytes]) -> list[dict[str, float]]:
        """One {"sexual": score} per image; blocking, CPU-bound."""
        return [{"sexual": detection_score(self._detector.detect(decode(b)))} for b in images]
