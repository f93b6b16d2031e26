"""Draw the Secretariat application icon and write ui/resources/secretariat.{png,ico}.

An original glyph: a white document with a folded corner, lines of text and a gold seal with
ribbons, on a rounded square in deep guinda. Drawn with QPainter (vector), so every size of the
.ico is rendered crisp at its own resolution rather than scaled down from one bitmap.

    .venv/bin/python scripts/make_icon.py          # no display needed (offscreen)
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

GUINDA_DARK = QColor("#4a1424")
GUINDA = QColor("#7a2038")
PAPER = QColor("#fbf8f2")
PAPER_FOLD = QColor("#ddd3c2")
INK = QColor("#8a8172")
GOLD = QColor("#c9a05a")
GOLD_DARK = QColor("#8f6a2e")

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
OUT = Path(__file__).resolve().parent.parent / "ui" / "resources"


def draw(size: int) -> QImage:
    """Render the icon at ``size`` × ``size`` pixels on a transparent background."""
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256.0, size / 256.0)  # draw in a 256-unit design grid
    small = size <= 24

    # Rounded square background with a gentle vertical gradient.
    grad = QLinearGradient(0, 0, 0, 256)
    grad.setColorAt(0.0, GUINDA)
    grad.setColorAt(1.0, GUINDA_DARK)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)

    # The document, with its top-right corner folded.
    fold = 40
    left, top, right, bottom = 58.0, 36.0, 190.0, 214.0
    page = QPolygonF(
        [
            QPointF(left, top),
            QPointF(right - fold, top),
            QPointF(right, top + fold),
            QPointF(right, bottom),
            QPointF(left, bottom),
        ]
    )
    p.setBrush(PAPER)
    p.drawPolygon(page)
    p.setBrush(PAPER_FOLD)
    p.drawPolygon(
        QPolygonF([QPointF(right - fold, top), QPointF(right - fold, top + fold), QPointF(right, top + fold)])
    )

    # Lines of text (fewer and thicker at small sizes so they stay legible).
    pen = QPen(INK, 14 if small else 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    rows = [(84, 140), (112, 172), (140, 172)] if small else [
        (78, 132),
        (100, 172),
        (120, 172),
        (140, 150),
    ]
    for y, x_end in rows:
        p.drawLine(QPointF(left + 18, y), QPointF(x_end, y))

    # The seal: ribbons first, then the gold disc with a ring and a star.
    p.setPen(Qt.PenStyle.NoPen)
    cx, cy, r = 176.0, 176.0, 40.0
    p.setBrush(GOLD_DARK)
    for dx in (-1, 1):
        ribbon = QPolygonF(
            [
                QPointF(cx + dx * 8, cy + 10),
                QPointF(cx + dx * 30, cy + 62),
                QPointF(cx + dx * 18, cy + 56),
                QPointF(cx + dx * 10, cy + 68),
                QPointF(cx - dx * 6, cy + 16),
            ]
        )
        p.drawPolygon(ribbon)
    p.setBrush(GOLD)
    p.setPen(QPen(GOLD_DARK, 5))
    p.drawEllipse(QPointF(cx, cy), r, r)
    if not small:
        p.setPen(QPen(PAPER, 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(cx, cy), r - 10, r - 10)
    star = QPainterPath()
    import math

    for i in range(10):
        radius = 18.0 if i % 2 == 0 else 7.5
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        star.moveTo(point) if i == 0 else star.lineTo(point)
    star.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(PAPER)
    p.drawPath(star)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buf.close()
    return bytes(data)


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """A Windows .ico holding PNG-compressed entries (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "secretariat.png").write_bytes(png_bytes(draw(256)))
    (OUT / "secretariat.ico").write_bytes(ico_bytes([png_bytes(draw(s)) for s in ICO_SIZES], ICO_SIZES))
    print(f"wrote {OUT / 'secretariat.png'} and {OUT / 'secretariat.ico'}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
