"""Gold by construction, reconciled with what an extractor printed.

Every printed line is known (compose.py); each is looked up in the extractor's text with all
whitespace removed. Lines are matched exactly where possible (after folding compatibility
characters such as the Kangxi radical '⼀' to '一' for the search only), then by their neighbours
in the same frame, then by a local fuzzy alignment. The characters of the gold fields are then
taken from the extractor's text: a glyph printed as a compatibility character, a dropped or a
doubled character end up in the gold exactly as the extractor printed them. A page whose lines
cannot all be found is reported and dropped for that extractor.
"""
import difflib
import re
import unicodedata

WS = re.compile(r"\s+")


def nows(s):
    return WS.sub("", s)


# CJK Radicals Supplement -> the equivalent unified ideograph (Unicode's
# EquivalentUnifiedIdeograph.txt, U+2E81..U+2EF3); Kangxi radicals (U+2F00..U+2FD5) fold by NFKC.
RADICAL_SUPPLEMENT = dict(p for p in (tuple(x) for x in (
    "⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺇𠘨 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺑𡯂 ⺒巳 ⺓幺 ⺔彑 ⺕𫜹 ⺖忄 ⺗心 ⺘扌 ⺙攵 "
    "⺛旡 ⺜日 ⺝月 ⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺪𤴔 ⺫目 ⺬示 ⺭礻 ⺮𥫗 ⺯糹 ⺰纟 ⺱罓 ⺲罒 "
    "⺳㓁 ⺴冗 ⺵𦉫 ⺶羊 ⺷𦍌 ⺸𦍋 ⺹耂 ⺺肀 ⺻聿 ⺼肉 ⺽𦥑 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻇𧢲 ⻈讠 ⻉贝 "
    "⻊𧾷 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻕𨸏 ⻖阝 ⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻞𩙿 ⻟飠 ⻠饣 "
    "⻡𩠐 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 ⻱龜 ⻲亀 ⻳龟").split()) if len(p) == 2)


def canon_char(c):
    """Folding for the search only: compatibility and radical characters to the ideograph."""
    if c in RADICAL_SUPPLEMENT:
        return RADICAL_SUPPLEMENT[c]
    k = unicodedata.normalize("NFKC", c)
    return k if len(k) == 1 else c


def canon(s):
    return "".join(canon_char(c) for c in s)


class Drop(Exception):
    pass


def _opcodes(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def pos_map(ops, p):
    """Position p in a -> position in b, through SequenceMatcher opcodes."""
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" and i1 <= p <= i2:
            return j1 + (p - i1)
    for tag, i1, i2, j1, j2 in ops:
        if i1 <= p <= i2:
            if p == i1:
                return j1
            if p == i2:
                return j2
            return j1 + round((p - i1) * (j2 - j1) / max(1, i2 - i1))
    return ops[-1][4] if ops else 0


def respace(orig, new):
    """`new` (no whitespace) with the whitespace of `orig` put back where it maps."""
    o = nows(orig)
    if o == new:
        return orig
    if len(o) == len(new):
        it = iter(new)
        return "".join(c if c.isspace() else next(it) for c in orig)
    ops = _opcodes(o, new)
    ins = {}
    k = 0
    for c in orig:
        if c.isspace():
            ins.setdefault(pos_map(ops, k), c)
        else:
            k += 1
    out = []
    for j, c in enumerate(new):
        if j in ins and j > 0:
            out.append(ins[j])
        out.append(c)
    return "".join(out)


def match_lines(lines, text):
    """lines: [(frame_no, key)] with key = the line's printed characters without whitespace, in
    reading order. Returns (E, spans) where spans[i] = [(start, end), …] in E (one piece, or
    several when the extractor broke the line apart) or None."""
    E = nows(text)
    CE = canon(E)
    n = len(lines)
    keys = [canon(k) for _, k in lines]
    spans = [None] * n
    taken = bytearray(len(CE) + 1)

    def occurrences(k, limit=60):
        o = []
        if k:
            p = CE.find(k)
            while p >= 0 and len(o) < limit:
                o.append(p)
                p = CE.find(k, p + 1)
        return o

    occ = [occurrences(k) for k in keys]

    def free(s, e):
        return not any(taken[s:e])

    def assign(i, pieces):
        spans[i] = pieces
        for s, e in pieces:
            for x in range(s, e):
                taken[x] = 1

    def nb(i, step):
        j = i + step
        while 0 <= j < n and lines[j][0] == lines[i][0]:
            if keys[j]:
                return j
            j += step
        return None

    def prev_end(i):
        p = nb(i, -1)
        return spans[p][-1][1] if p is not None and spans[p] else None

    def next_start(i):
        q = nb(i, 1)
        return spans[q][0][0] if q is not None and spans[q] else None

    # 1. unique occurrences, longest keys first
    for i in sorted(range(n), key=lambda i: -len(keys[i])):
        if len(occ[i]) == 1 and len(keys[i]) >= 2:
            s = occ[i][0]
            if free(s, s + len(keys[i])):
                assign(i, [(s, s + len(keys[i]))])

    # 2. ambiguous occurrences, by the neighbours in the same frame
    for _ in range(4):
        progress = False
        for i in range(n):
            if spans[i] is not None or not occ[i]:
                continue
            L = len(keys[i])
            cands = [s for s in occ[i] if free(s, s + L)]
            if not cands:
                continue
            a, b = prev_end(i), next_start(i)
            pick = None
            if a is not None:
                exact = [s for s in cands if s == a]
                after = [s for s in cands if s >= a]
                pick = exact[0] if exact else (min(after, key=lambda s: s - a) if after else None)
            if pick is None and b is not None:
                exact = [s for s in cands if s + L == b]
                before = [s for s in cands if s + L <= b]
                pick = exact[0] if exact else (max(before) if before else None)
            if pick is None and len(cands) == 1:
                pick = cands[0]
            if pick is not None:
                assign(i, [(pick, pick + L)])
                progress = True
        if not progress:
            break
    for i in range(n):  # last resort for ambiguous lines: the first free occurrence
        if spans[i] is None and occ[i]:
            L = len(keys[i])
            for s in occ[i]:
                if free(s, s + L):
                    assign(i, [(s, s + L)])
                    break

    # 3. lines the extractor broke apart: the longest prefixes found, piece by piece
    def pieces(i):
        k = keys[i]
        hint = prev_end(i)
        pos, out = 0, []
        while pos < len(k):
            found = None
            rest = len(k) - pos
            for L in range(rest, 0, -1):
                cands = [s for s in occurrences(k[pos:pos + L], 400) if free(s, s + L)
                         and all(not (s < e2 and s2 < s + L) for s2, e2 in out)]
                if cands:
                    if hint is not None:
                        after = [s for s in cands if s >= hint]
                        s = min(after, key=lambda s: s - hint) if after else min(cands, key=lambda s: abs(s - hint))
                    else:
                        s = cands[0]
                    found = (s, s + L)
                    break
            if not found:
                return None
            out.append(found)
            hint = found[1]
            pos += found[1] - found[0]
        return out

    for i in range(n):
        if spans[i] is None and keys[i]:
            ps = pieces(i)
            if ps:
                assign(i, ps)

    # 4. lines not found even in pieces (changed characters): the gap between their
    #    neighbours, or a local alignment
    def ratio(a, b):
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()

    for _ in range(3):
        for i in range(n):
            if spans[i] is not None or not keys[i]:
                continue
            k = keys[i]
            L = len(k)
            a, b = prev_end(i), next_start(i)
            best = None
            if a is not None and b is not None and a <= b <= a + 2 * L + 4 and free(a, b):
                if ratio(k, CE[a:b]) >= 0.5:
                    best = (a, b)
            if best is None and a is not None:
                win = CE[a:a + L + 6]
                sm = difflib.SequenceMatcher(None, k, win, autojunk=False)
                blocks = [m for m in sm.get_matching_blocks() if m.size]
                if blocks:
                    end = blocks[-1].b + blocks[-1].size
                    if ratio(k, win[:end]) >= 0.7 and free(a, a + end):
                        best = (a, a + end)
            if best is None and b is not None:
                lo = max(0, b - L - 6)
                win = CE[lo:b]
                sm = difflib.SequenceMatcher(None, k, win, autojunk=False)
                blocks = [m for m in sm.get_matching_blocks() if m.size]
                if blocks:
                    st = blocks[0].b
                    if ratio(k, win[st:]) >= 0.7 and free(lo + st, b):
                        best = (lo + st, b)
            if best is None and L >= 4:
                sm = difflib.SequenceMatcher(None, CE, k, autojunk=False)
                m = sm.find_longest_match(0, len(CE), 0, L)
                if m.size >= max(3, L // 3):
                    s = max(0, m.a - m.b)
                    e = min(len(CE), s + L)
                    win = CE[s:e + 2]
                    sm2 = difflib.SequenceMatcher(None, k, win, autojunk=False)
                    blocks = [x for x in sm2.get_matching_blocks() if x.size]
                    if blocks:
                        e = s + blocks[-1].b + blocks[-1].size
                        if ratio(k, CE[s:e]) >= 0.8 and free(s, e):
                            best = (s, e)
            if best is not None:
                assign(i, [best])

    # 5. stray characters (a doubled glyph) between two pieces of a line, or between two
    #    consecutive lines of one frame, belong to the earlier piece
    for i in range(n):
        if not spans[i]:
            continue
        ps = spans[i]
        merged = [ps[0]]
        for s, e in ps[1:]:
            ps0, pe0 = merged[-1]
            if 0 <= s - pe0 <= 2 and free(pe0, s):
                for x in range(pe0, s):
                    taken[x] = 1
                merged[-1] = (ps0, e)
            else:
                merged.append((s, e))
        spans[i] = merged
    for i in range(n):
        q = nb(i, 1)
        if not spans[i] or q is None or not spans[q]:
            continue
        a, b = spans[i][-1][1], spans[q][0][0]
        if 0 < b - a <= 2 and free(a, b):
            for x in range(a, b):
                taken[x] = 1
            spans[i][-1] = (spans[i][-1][0], b)
    return E, spans, taken


def reconcile(lines, text):
    """lines: list of (frame_no, [seg texts]) in reading order. Returns (recon, stats) where
    recon[i] = list of reconciled seg texts (whitespace of the printed text kept),
    stats = {changed, unclaimed, positions}."""
    keyed = [(fno, nows("".join(segs))) for fno, segs in lines]
    E, spans, taken = match_lines(keyed, text)
    missing = [i for i, (f, k) in enumerate(keyed) if k and spans[i] is None]
    if missing:
        raise Drop(f"{len(missing)} printed lines not found, e.g. {keyed[missing[0]][1][:30]!r}")
    unclaimed = [x for x in range(len(E)) if not taken[x]]
    changed = 0
    examples = []
    recon = []
    pos = []
    for (fno, segs), (_, key), sp in zip(lines, keyed, spans):
        if not key:
            recon.append(list(segs))
            pos.append(None)
            continue
        got = "".join(E[a:b] for a, b in sp)
        pos.append(sp[0][0])
        if got == key:
            recon.append(list(segs))
            continue
        ops = _opcodes(key, got)
        changed += sum(max(i2 - i1, j2 - j1) for t, i1, i2, j1, j2 in ops if t != "equal")
        for t, i1, i2, j1, j2 in ops:
            if t != "equal":
                examples.append((key[i1:i2], got[j1:j2]))
        out = []
        k = 0
        for s in segs:
            sk = nows(s)
            a, b = pos_map(ops, k), pos_map(ops, k + len(sk))
            k += len(sk)
            out.append(respace(s, got[a:b]))
        recon.append(out)
    return recon, {"changed": changed, "unclaimed": len(unclaimed), "unclaimed_text": "".join(E[x] for x in unclaimed[:20]),
                   "pieces": sum(len(sp) - 1 for sp in spans if sp), "positions": pos, "E": E,
                   "examples": examples}
