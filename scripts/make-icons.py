#!/usr/bin/env python3
"""Draws the extension's toolbar and store icons (extension/icons/icon-{16,32,48,128}.png).

    scripts/make-icons.py

A page with lines of text, one of them highlighted, under a magnifying lens: drawn as shapes on
a 128-unit canvas, supersampled for smooth edges, written as PNG with the standard library only.
"""

import math
import struct
import zlib
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "extension" / "icons"
SIZES = (16, 32, 48, 128)
SUPERSAMPLING = 4

BACKGROUND = (36, 69, 122)
PAGE = (255, 255, 255)
TEXT_LINE = (186, 195, 210)
HIGHLIGHT = (245, 165, 36)
HIGHLIGHT_LINE = (140, 78, 0)
LENS = (255, 209, 102)


def rounded_rect(x0, y0, x1, y1, radius):
    def inside(x, y):
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            return False
        cx = min(max(x, x0 + radius), x1 - radius)
        cy = min(max(y, y0 + radius), y1 - radius)
        return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2

    return inside


def ring(cx, cy, radius, width):
    return lambda x, y: abs(math.hypot(x - cx, y - cy) - radius) <= width / 2


def capsule(ax, ay, bx, by, width):
    length_squared = (bx - ax) ** 2 + (by - ay) ** 2

    def inside(x, y):
        t = max(0.0, min(1.0, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / length_squared))
        return math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= width / 2

    return inside


def layers(size):
    """Shapes from back to front; small icons get fewer, thicker lines to stay legible."""
    shapes = [(rounded_rect(4, 4, 124, 124, 26), BACKGROUND), (rounded_rect(26, 16, 96, 112, 9), PAGE)]
    line_rows = (34, 58, 82) if size <= 16 else (32, 46, 60, 74, 88)
    thickness = 10 if size <= 16 else 7
    highlighted_row = line_rows[1] if size <= 16 else line_rows[2]
    for row in line_rows:
        right = 86 if row != line_rows[-1] else 66
        if row == highlighted_row:
            shapes.append((rounded_rect(31, row - 8, 91, row + 8, 4), HIGHLIGHT))
            shapes.append(
                (
                    rounded_rect(37, row - thickness / 2, right, row + thickness / 2, thickness / 2),
                    HIGHLIGHT_LINE,
                )
            )
        else:
            shapes.append(
                (rounded_rect(37, row - thickness / 2, right, row + thickness / 2, thickness / 2), TEXT_LINE)
            )
    shapes.append((capsule(98, 98, 114, 114, 13), LENS))
    shapes.append((ring(86, 86, 17, 8), LENS))
    return shapes


def render(size):
    scale = 128 / (size * SUPERSAMPLING)
    shapes = layers(size)
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            red = green = blue = alpha = 0.0
            for sy in range(SUPERSAMPLING):
                for sx in range(SUPERSAMPLING):
                    x = (px * SUPERSAMPLING + sx + 0.5) * scale
                    y = (py * SUPERSAMPLING + sy + 0.5) * scale
                    colour = next((c for inside, c in reversed(shapes) if inside(x, y)), None)
                    if colour:
                        red, green, blue, alpha = (
                            red + colour[0],
                            green + colour[1],
                            blue + colour[2],
                            alpha + 1,
                        )
            samples = SUPERSAMPLING**2
            if alpha:
                row += bytes(
                    (
                        round(red / alpha),
                        round(green / alpha),
                        round(blue / alpha),
                        round(255 * alpha / samples),
                    )
                )
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return rows


def png(rows, size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        path = ICON_DIR / f"icon-{size}.png"
        path.write_bytes(png(render(size), size))
        print(path)


if __name__ == "__main__":
    main()
