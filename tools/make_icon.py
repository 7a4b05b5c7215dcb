#!/usr/bin/env python3
"""Draws the extension icon shown in Extensiebeheer (addin/oxt/icon.png).

    python3 tools/make_icon.py addin/oxt/icon.png [SIZE]

A dark-blue rounded square with a white clock face (OR time): pure Python
(zlib + struct), anti-aliased by 4x4 supersampling, so it needs no imaging
package. The PNG is committed; run this only to change the icon.
"""
import math
import struct
import sys
import zlib

BLUE = (31, 78, 121)
WHITE = (255, 255, 255)
ORANGE = (230, 120, 20)


def shade(x: float, y: float, n: int):
    """Colour (r, g, b, a) of the point (x, y) in an n x n icon."""
    c = n / 2
    r_box, corner = n / 2 - 0.5, n * 0.2
    dx = max(abs(x - c) - (r_box - corner), 0)
    dy = max(abs(y - c) - (r_box - corner), 0)
    if math.hypot(dx, dy) > corner:
        return (0, 0, 0, 0)                       # outside the rounded square
    d = math.hypot(x - c, y - c)
    face = n * 0.36
    if d > face:
        return BLUE + (255,)
    if d > face - n * 0.06:
        return WHITE + (255,)                     # rim
    # hands: hour hand to 10 o'clock, minute hand to 12 o'clock
    for a, length, width, col in ((-math.pi / 2, 0.27, 0.045, BLUE),
                                  (-math.pi * 5 / 6, 0.18, 0.055, ORANGE)):
        ux, uy = math.cos(a), math.sin(a)
        t = (x - c) * ux + (y - c) * uy
        perp = abs(-(x - c) * uy + (y - c) * ux)
        if 0 <= t <= n * length and perp <= n * width / 2:
            return col + (255,)
    if d < n * 0.05:
        return BLUE + (255,)
    return WHITE + (255,)


def render(n: int) -> bytes:
    rows = []
    ss = 4
    for py in range(n):
        row = bytearray([0])                      # PNG filter: none
        for px in range(n):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    r, g, b, a = shade(px + (sx + 0.5) / ss, py + (sy + 0.5) / ss, n)
                    acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a
            alpha = acc[3] / (ss * ss)
            if acc[3]:
                row += bytes((round(acc[0] / acc[3]), round(acc[1] / acc[3]),
                              round(acc[2] / acc[3]), round(alpha)))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


if __name__ == "__main__":
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 42
    with open(sys.argv[1], "wb") as f:
        f.write(render(size))
