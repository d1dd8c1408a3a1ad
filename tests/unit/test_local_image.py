"""NudeNet's pre- and post-processing in numpy and Pillow, against what nudenet does."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from moderation.backends.local.image import (
    INPUT_SIZE,
    LABELS,
    NudeNetClassifier,
    decode,
    detection_score,
    nms,
    postprocess,
    preprocess,
    reduce_in_bands,
    resize_linear,
)


def encoded(pixels: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels).save(buf, "PNG")
    return buf.getvalue()


def output_with(rows: list[tuple[float, float, float, float, int, float]]) -> np.ndarray:
    """A graph output (1, 4 + classes, rows) holding boxes (cx, cy, w, h, class, score)."""
    out = np.zeros((1, 4 + len(LABELS), max(len(rows), 1)), dtype=np.float32)
    for j, (cx, cy, w, h, cls, score) in enumerate(rows):
        out[0, :4, j] = (cx, cy, w, h)
        out[0, 4 + cls, j] = score
    return out


def test_resize_samples_like_opencv_bilinear() -> None:
    src = np.array([[[0], [100]], [[200], [50]]], dtype=np.uint8).repeat(3, axis=2)
    out = resize_linear(src, 4)
    # cv2.resize(src, (4, 4), interpolation=INTER_LINEAR), first channel; OpenCV rounds
    # fixed-point weights, so a pixel may differ by one.
    expected = [[0, 25, 75, 100], [50, 59, 78, 88], [150, 128, 84, 63], [200, 162, 87, 50]]
    assert np.abs(out[:, :, 0].astype(int) - np.array(expected)).max() <= 1
    assert resize_linear(out, 4) is out


def test_preprocess_pads_bottom_right_and_feeds_bgr() -> None:
    rgb = np.zeros((20, 40, 3), dtype=np.uint8)
    rgb[:, :, 0] = 255  # pure red
    blob, side = preprocess(rgb)
    assert blob.shape == (1, 3, INPUT_SIZE, INPUT_SIZE) and blob.dtype == np.float32
    assert side == 40
    assert blob[0, 2, 0, 0] == 1.0 and blob[0, 0, 0, 0] == 0.0  # red is the last channel
    assert blob[0, :, -1, :].max() == 0.0  # the padded bottom half is black


def test_postprocess_maps_boxes_back_and_suppresses_overlaps() -> None:
    exposed = LABELS.index("FEMALE_BREAST_EXPOSED")
    covered = LABELS.index("FEMALE_BREAST_COVERED")
    face = LABELS.index("FACE_FEMALE")
    out = output_with(
        [
            (100, 100, 40, 40, covered, 0.9),
            (102, 100, 40, 40, exposed, 0.8),  # overlaps the covered box: suppressed
            (250, 60, 20, 20, face, 0.5),
            (20, 20, 10, 10, exposed, 0.22),  # kept as a row (>= 0.2) but under NMS's 0.25
        ]
    )
    found = postprocess(out, width=640, height=320, side=640)
    assert [(d["class"], round(d["score"], 2)) for d in found] == [
        ("FEMALE_BREAST_COVERED", 0.9),
        ("FACE_FEMALE", 0.5),
    ]
    assert found[0]["box"] == pytest.approx([160.0, 160.0, 80.0, 80.0])  # x2: 320 -> 640
    assert detection_score(found) == pytest.approx(0.45 * 0.9)


def test_nms_counts_two_empty_boxes_as_one() -> None:
    boxes = np.array([[5, 5, 0, 0], [9, 9, 0, 0], [0, 0, 10, 10]], dtype=np.float32)
    scores = np.array([0.9, 0.8, 0.7], dtype=np.float32)
    assert nms(boxes, scores, 0.25, 0.45) == [0, 2]


@pytest.mark.slow
def test_plain_images_have_no_detections() -> None:
    clf = NudeNetClassifier()
    for color in ((255, 255, 255), (120, 180, 220)):
        pixels = np.full((90, 160, 3), color, dtype=np.uint8)
        assert clf.score([encoded(pixels)]) == [{"sexual": 0.0}]
    assert decode(encoded(np.zeros((3000, 10, 3), dtype=np.uint8))).shape[0] == 1280


def test_same_detections_as_the_nudenet_package() -> None:
    """The package itself (the parity extra, in dev; it pulls OpenCV): same blob, same
    detections."""
    import nudenet.nudenet as nn

    rng = np.random.default_rng(0)
    detector = nn.NudeDetector()
    for h, w in ((50, 80), (320, 640), (427, 640), (300, 300)):
        rgb = decode(encoded(rng.integers(0, 255, (h, w, 3), dtype=np.uint8)))
        ref_blob, *_ = nn._read_image(np.ascontiguousarray(rgb[:, :, ::-1]), INPUT_SIZE)
        blob, side = preprocess(rgb)
        assert np.abs(ref_blob - blob).max() <= 1.0 / 255 + 1e-6  # OpenCV's fixed-point rounding
        out = detector.onnx_session.run(None, {detector.input_name: ref_blob})[0]
        for _ in range(3):  # many candidate rows, to exercise the suppression
            noisy = out.copy()
            noisy[:, 4:, :] = rng.random(noisy[:, 4:, :].shape).astype(np.float32) ** 6
            args = (side - w, side - h, 0, 0, w, h, INPUT_SIZE, INPUT_SIZE)
            expected = nn._postprocess([noisy], *args)
            got = postprocess(noisy, w, h, side)
            assert [(d["class"], round(d["score"], 6)) for d in got] == [
                (d["class"], round(d["score"], 6)) for d in expected
            ]


@pytest.mark.parametrize("mode", ["RGBA", "LA", "RGB", "L", "P", "1"])
def test_reducing_in_bands_is_reducing_the_whole_image(mode: str) -> None:
    rng = np.random.default_rng(1)
    pixels = rng.integers(0, 255, (301, 257, 4), dtype=np.uint8)
    img = Image.fromarray(pixels, "RGBA").convert(mode)
    reducible = img if mode in ("RGBA", "LA", "RGB", "L") else img.convert("RGB")
    whole = reducible.reduce(3)
    banded = reduce_in_bands(img, 3)
    assert banded.mode == whole.mode and banded.size == whole.size
    assert np.array_equal(np.asarray(banded), np.asarray(whole))


def test_a_large_image_is_decoded_to_the_edge_the_detector_needs() -> None:
    buf = io.BytesIO()
    Image.new("RGBA", (4000, 2600), (10, 200, 30, 255)).save(buf, format="PNG")
    rgb = decode(buf.getvalue())
    assert rgb.shape == (832, 1280, 3)
    assert tuple(rgb[400, 600]) == (10, 200, 30)
    palette = io.BytesIO()
    Image.new("RGB", (4000, 2600), (10, 200, 30)).convert("P").save(palette, format="PNG")
    assert decode(palette.getvalue()).shape == (832, 1280, 3)
