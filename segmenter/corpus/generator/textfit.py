"""Line breaking with a conservative width model (Python standard library only).

Every printed line is decided here, not by the browser: the HTML prints each line as its own
non-wrapping element, so the generator knows exactly which characters are on which line and how
tall every frame is. Widths are in em; the estimates are upper bounds of the widths measured in
Chromium for AR PL UMing/UKai, Noto Serif/Sans CJK SC and WenQuanYi Zen Hei (with
`text-spacing-trim: space-all`, so full-width punctuation keeps its full em).
"""

NO_START = set("，。、；：？！”’）》〉」』】〕…—·%‰,.;:?!)]}～/")
NO_END = set("“‘（《〈「『【〔([{")


def char_w(c):
    o = ord(c)
    if c in " \u00a0":
        return 0.3
    if c == "\u3000":
        return 1.0
    if o < 0x2000:
        if c == "·":
            return 1.0
        if c in "MWmw%@":
            return 1.1
        if c.isupper():
            return 0.78
        return 0.62
    return 1.0


def text_w(s, spacing=0.0):
    return sum(char_w(c) + spacing for c in s)


def _ascii_alnum(c):
    return c.isascii() and c.isalnum()


def wrap(text, width, first_indent=0.0, spacing=0.0):
    """Break `text` into lines no wider than `width` em. Returns [(start, end)] slices that cover
    the text exactly (a space at a break stays at the end of the earlier line)."""
    out = []
    i, n, first = 0, len(text), True
    while i < n:
        avail = width - (first_indent if first else 0.0)
        w, j = 0.0, i
        while j < n and w + char_w(text[j]) + spacing <= avail + 1e-6:
            w += char_w(text[j]) + spacing
            j += 1
        if j == i:  # never return an empty line
            j = i + 1
        if j < n:
            b, k = j, 0
            while b > i + 1 and k < 8 and (text[b] in NO_START or text[b - 1] in NO_END
                                           or (_ascii_alnum(text[b - 1]) and _ascii_alnum(text[b]))):
                b -= 1
                k += 1
            if k < 8 and b > i:
                j = b
            # a space at the start of the next line moves up (it prints as nothing)
            while j < n and text[j] == " ":
                j += 1
        out.append((i, j))
        i, first = j, False
    return out
