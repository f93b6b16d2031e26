"""A small growth chart as PNG bytes, drawn in pure Python, for the sample dossiers and the bench.

The real dossiers get their chart from the window's chart code; the samples only need a
believable picture (a rising line over a light grid, the tier thresholds dashed) without Qt.
``unique_png(png, n)`` gives a byte-different copy (a tEXt chunk) so a bench of 2,000 briefs
carries 2,000 images as real data would, without drawing 2,000 charts.
"""

from __future__ import annotations

import struct
import zlib

WHITE = (255, 255, 255)
GRID = (228, 232, 238)
AXIS = (150, 156, 166)
LINE = (47, 109, 181)
FILL = (222, 233, 246)
THRESHOLD = (192, 122, 18)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(width: int, height: int, pixels: list[bytearray]) -> bytes:
    """RGB rows → PNG bytes."""
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    dpi = struct.pack(">IIB", 3780, 3780, 1)  # 96 dpi
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"pHYs", dpi)
            + _chunk(b"IDAT", zlib.compress(raw, 6)) + _chunk(b"IEND", b""))


def unique_png(png: bytes, n: int) -> bytes:
    """``png`` with a tEXt chunk naming ``n`` before IEND: same picture, different bytes."""
    return png[:-12] + _chunk(b"tEXt", b"Comment\x00" + str(n).encode()) + png[-12:]


def growth_chart(values: list[int], thresholds: tuple[int, ...] = (5_000, 10_000, 50_000),
                 width: int = 640, height: int = 220) -> bytes:
    """A line chart of ``values`` (signature counts, oldest first)."""
    rows = [bytearray(WHITE * width) for _ in range(height)]
    left, right, top, bottom = 8, width - 8, 10, height - 12
    top_value = max(max(values or [1]), 1) * 1.1

    def put(x: int, y: int, colour: tuple[int, int, int]) -> None:
        if 0 <= x < width and 0 <= y < height:
            rows[y][3 * x:3 * x + 3] = bytes(colour)

    def y_of(v: float) -> int:
        return int(bottom - (bottom - top) * v / top_value)

    for i in range(1, 5):
        y = top + (bottom - top) * i // 5
        for x in range(left, right):
            put(x, y, GRID)
    for t in thresholds:
        if t < top_value:
            y = y_of(t)
            for x in range(left, right):
                if (x // 6) % 2 == 0:
                    put(x, y, THRESHOLD)
    for x in range(left, right):
        put(x, bottom, AXIS)
    if len(values) >= 2:
        points = [(left + (right - left) * i // (len(values) - 1), y_of(v)) for i, v in enumerate(values)]
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            for x in range(x0, x1 + 1):
                y = y0 + (y1 - y0) * (x - x0) // max(x1 - x0, 1)
                for yy in range(y + 2, bottom):
                    if rows[yy][3 * x:3 * x + 3] == bytes(WHITE):
                        put(x, yy, FILL)
                low, high = sorted((y, y0 + (y1 - y0) * (x + 1 - x0) // max(x1 - x0, 1)))
                for yy in range(low - 1, high + 2):
                    put(x, yy, LINE)
    return encode_png(width, height, rows)
