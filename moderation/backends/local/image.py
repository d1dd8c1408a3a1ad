"""Image classifier: NudeNet's detector (its ONNX model, shipped in assets/) to a sexual score.

The nudenet package does its pre- and post-processing with OpenCV, whose wheel alone is
larger than everything else the service needs. The same steps are done here with Pillow and
numpy, following nudenet 3.4.2 (`nudenet/nudenet.py`) step by step: pad the image to a square
at the bottom and right, resize it to 320 px (OpenCV's bilinear rule), scale to [0, 1], run the
YOLOv8 graph, keep rows whose best class reaches 0.2, map boxes back to the image, then
class-agnostic non-maximum suppression (score above 0.25, IoU above 0.45 suppressed).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from moderation.backends.local.assets import NUDENET_ONNX, asset

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
# The detector's output classes, in its order (nudenet 3.4.2).
LABELS = (
    "FEMALE_GENITALIA_COVERED",
    "FACE_FEMALE",
    "BUTTOCKS_EXPOSED",
    "FEMALE_BREAST_EXPOSED",
    "FEMALE_GENITALIA_EXPOSED",
    "MALE_BREAST_EXPOSED",
    "ANUS_EXPOSED",
    "FEET_EXPOSED",
    "BELLY_COVERED",
    "FEET_COVERED",
    "ARMPITS_COVERED",
    "ARMPITS_EXPOSED",
    "FACE_MALE",
    "BELLY_EXPOSED",
    "MALE_GENITALIA_EXPOSED",
    "ANUS_COVERED",
    "FEMALE_BREAST_COVERED",
    "BUTTOCKS_COVERED",
)
# Longest edge decoded; the detector sees 320 px anyway, so decoding larger is waste.
MAX_EDGE = 1280
INPUT_SIZE = 320
MIN_CLASS_SCORE = 0.2
NMS_SCORE = 0.25
NMS_IOU = 0.45

Pixels = npt.NDArray[np.uint8]
FloatArray = npt.NDArray[np.float32]


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


# Rows of the reduced image made at a time by `reduce_in_bands`, and the modes Pillow
# reduces as they are.
BAND_ROWS = 64
REDUCIBLE = ("L", "LA", "RGB", "RGBA", "I", "F")


def decode(data: bytes) -> Pixels:
    """Encoded bytes to an RGB uint8 array (h, w, 3), longest edge at most MAX_EDGE.

    A JPEG is asked for a draft first (decoded at 1/2 to 1/8 scale); formats without a
    draft mode (PNG, GIF, WebP) are decoded at full size once, which the pixel budget of
    validation bounds, then reduced by a whole factor a band at a time before the last
    resampling, so no second full-size copy is made.
    """
    with Image.open(io.BytesIO(data)) as img:
        img.draft("RGB", (MAX_EDGE, MAX_EDGE))
        factor = max(img.size) // MAX_EDGE
        small = reduce_in_bands(img, factor) if factor > 1 else img
        small.thumbnail((MAX_EDGE, MAX_EDGE))
        return np.asarray(small.convert("RGB"), dtype=np.uint8)


def reduce_in_bands(img: Image.Image, factor: int) -> Image.Image:
    """`img.reduce(factor)` made a band of rows at a time, so no full-size copy is made:
    Pillow premultiplies a whole RGBA or LA image into one before reducing it, and cannot
    reduce palette or bilevel images at all (their bands are made RGB first)."""
    width, height = img.size
    step = factor * BAND_ROWS
    out: Image.Image | None = None
    for top in range(0, height, step):
        band = img.crop((0, top, width, min(height, top + step)))
        if band.mode not in REDUCIBLE:
            band = band.convert("RGB")
        small = band.reduce(factor)
        if out is None:
            out = Image.new(small.mode, (-(-width // factor), -(-height // factor)))
        out.paste(small, (0, top // factor))
    assert out is not None
    return out


def _linear_taps(src: int, dst: int) -> tuple[npt.NDArray[np.intp], FloatArray]:
    """OpenCV's INTER_LINEAR sampling along one axis: left index and right weight."""
    scale = src / dst
    pos = (np.arange(dst, dtype=np.float64) + 0.5) * scale - 0.5
    left = np.floor(pos).astype(np.intp)
    frac = (pos - left).astype(np.float32)
    frac[left < 0] = 0.0
    left = np.clip(left, 0, src - 1)
    frac[left >= src - 1] = 0.0
    return left, frac


def resize_linear(pixels: Pixels, size: int) -> Pixels:
    """A (size, size) bilinear resize that samples as cv2.resize(INTER_LINEAR) does."""
    h, w = pixels.shape[:2]
    if (h, w) == (size, size):
        return pixels
    ys, fy = _linear_taps(h, size)
    xs, fx = _linear_taps(w, size)
    ys1, xs1 = np.minimum(ys + 1, h - 1), np.minimum(xs + 1, w - 1)
    src = pixels.astype(np.float32)
    top = src[ys][:, xs] * (1 - fx)[None, :, None] + src[ys][:, xs1] * fx[None, :, None]
    bottom = src[ys1][:, xs] * (1 - fx)[None, :, None] + src[ys1][:, xs1] * fx[None, :, None]
    out = top * (1 - fy)[:, None, None] + bottom * fy[:, None, None]
    resized: Pixels = np.clip(np.rint(out), 0, 255).astype(np.uint8)
    return resized


def preprocess(rgb: Pixels, size: int = INPUT_SIZE) -> tuple[FloatArray, int]:
    """(1, 3, size, size) float input and the padded square's edge in source pixels.

    nudenet reads images as OpenCV's BGR, converts with COLOR_RGBA2BGR (a swap of the first
    and third channels) and swaps them back in blobFromImage, so the graph sees BGR order.
    """
    h, w = rgb.shape[:2]
    side = max(h, w)
    square = np.zeros((side, side, 3), dtype=np.uint8)
    square[:h, :w] = rgb[:, :, ::-1]
    blob = resize_linear(square, size).astype(np.float32) / np.float32(255.0)
    return np.ascontiguousarray(blob.transpose(2, 0, 1)[None]), side


def nms(boxes: FloatArray, scores: FloatArray, score_min: float, iou_max: float) -> list[int]:
    """Greedy non-maximum suppression over (x, y, w, h) boxes, as cv2.dnn.NMSBoxes."""
    order = [int(i) for i in np.argsort(-scores, kind="stable") if scores[i] > score_min]
    x1, y1 = boxes[:, 0], boxes[:, 1]
    x2, y2 = x1 + boxes[:, 2], y1 + boxes[:, 3]
    area = boxes[:, 2] * boxes[:, 3]
    kept: list[int] = []
    for i in order:
        if kept:
            k = np.array(kept)
            iw = np.maximum(0.0, np.minimum(x2[i], x2[k]) - np.maximum(x1[i], x1[k]))
            ih = np.maximum(0.0, np.minimum(y2[i], y2[k]) - np.maximum(y1[i], y1[k]))
            inter = iw * ih
            total = area[i] + area[k]
            union = np.where(total - inter > 0, total - inter, 1.0)
            # OpenCV counts two empty boxes as the same box (IoU 1): boxes clipped to nothing
            # at the padded edge suppress each other.
            iou = np.where(total <= np.finfo(np.float64).eps, 1.0, inter / union)
            if (iou > iou_max).any():
                continue
        kept.append(i)
    return kept


def postprocess(
    output: FloatArray, width: int, height: int, side: int, size: int = INPUT_SIZE
) -> list[dict[str, Any]]:
    """Detections {class, score, box (x, y, w, h)} from the graph's (1, 4 + classes, rows)."""
    rows = np.asarray(output, dtype=np.float32)[0].T
    class_scores = rows[:, 4:]
    best = class_scores.max(axis=1)
    keep = best >= MIN_CLASS_SCORE
    rows, best = rows[keep], best[keep]
    class_ids = class_scores[keep].argmax(axis=1)
    cx, cy, bw, bh = (rows[:, j] for j in range(4))
    ratio = side / size
    x = np.clip((cx - bw / 2) * ratio, 0, width)
    y = np.clip((cy - bh / 2) * ratio, 0, height)
    w = np.minimum(bw * ratio, width - x)
    h = np.minimum(bh * ratio, height - y)
    boxes = np.stack([x, y, w, h], axis=1)
    return [
        {
            "class": LABELS[int(class_ids[i])],
            "score": float(best[i]),
            "box": [float(v) for v in boxes[i]],
        }
        for i in nms(boxes, best, NMS_SCORE, NMS_IOU)
    ]


class NudeNetClassifier:
    model = "local/nudenet-320n"
    categories = ("sexual",)

    def __init__(self, model: Path | None = None, threads: int = 1) -> None:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self._session: Any = ort.InferenceSession(
            str(model or asset(NUDENET_ONNX)), opts, providers=["CPUExecutionProvider"]
        )
        self._input = self._session.get_inputs()[0].name

    def detect(self, rgb: Pixels) -> list[dict[str, Any]]:
        """NudeNet's detections on one RGB image."""
        blob, side = preprocess(rgb)
        outputs = self._session.run(None, {self._input: blob})
        return postprocess(outputs[0], rgb.shape[1], rgb.shape[0], side)

    def score(self, images: Sequence[bytes]) -> list[dict[str, float]]:
        """One {"sexual": score} per image; blocking, CPU-bound."""
        (category,) = self.categories
        return [{category: detection_score(self.detect(decode(b)))} for b in images]
