"""Tiny PNG writer (zlib + struct) and seeded picture patterns for the photo boxes."""
import math
import struct
import zlib


def png_bytes(w, h, rows):
    """rows: iterable of h bytes objects, each 3*w bytes (RGB)."""
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _mix(a, b, t):
    return tuple(int(a[k] + (b[k] - a[k]) * t) for k in range(3))


def picture(rng, w, h):
    """A seeded abstract 'photo': gradient, stripes, checker, rings or a skyline."""
    kind = rng.choice(["gradient", "stripes", "checker", "rings", "skyline"])
    c1 = tuple(rng.randrange(40, 220) for _ in range(3))
    c2 = tuple(rng.randrange(40, 220) for _ in range(3))
    rows = []
    if kind == "gradient":
        for y in range(h):
            rows.append(bytes(_mix(c1, c2, y / max(1, h - 1))) * w)
    elif kind == "stripes":
        period = rng.randrange(8, 40)
        a = bytes(c1)
        b = bytes(c2)
        for y in range(h):
            rows.append(b"".join(a if ((x + y) // period) % 2 == 0 else b for x in range(w)))
    elif kind == "checker":
        s = rng.randrange(10, 40)
        a = bytes(c1)
        b = bytes(c2)
        for y in range(h):
            rows.append(b"".join(a if ((x // s) + (y // s)) % 2 == 0 else b for x in range(w)))
    elif kind == "rings":
        cx, cy = rng.randrange(w), rng.randrange(h)
        period = rng.randrange(10, 30)
        for y in range(h):
            row = bytearray()
            for x in range(w):
                d = math.hypot(x - cx, y - cy)
                row += bytes(_mix(c1, c2, (d % period) / period))
            rows.append(bytes(row))
    else:  # skyline: sky gradient over blocks
        tops = []
        x = 0
        while x < w:
            bw = rng.randrange(12, 40)
            tops.append((x, x + bw, rng.randrange(h // 3, h - 10)))
            x += bw
        ground = bytes(c2)
        for y in range(h):
            sky = bytes(_mix((200, 220, 240), c1, y / max(1, h - 1)))
            row = bytearray()
            for (x0, x1, t) in tops:
                row += (ground if y >= t else sky) * (min(x1, w) - x0)
            rows.append(bytes(row[:3 * w]))
    return png_bytes(w, h, rows)
