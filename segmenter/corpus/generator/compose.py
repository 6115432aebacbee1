"""Page composition: from a paper's articles to newspaper pages made of absolutely positioned
frames, each printed line known in advance (see textfit.py), every character tagged with the gold
field it belongs to ("owner") or with None (page header, jump markers, byline marks).

The model:
  Seg    a run of characters on one printed line, with its owner (item, field, index) or None
  Line   one printed line (a list of Segs), how it is aligned/justified
  Frame  an absolutely positioned box: a text frame (lines) or a picture/rule
  Page   frames in READING order (the HTML writes them in a shuffled DOM order), the items
         (gold skeletons: type and jumps; text fields are rebuilt from the Segs after
         extraction) and the pictures.
"""
import datetime
import hashlib
import html
import random
import re

from textfit import char_w, text_w, wrap
from pngimg import picture

MARKS = "■□◎●▲◆"
LEAD_MARK = re.compile(r"^([" + MARKS + r"]\s*)")

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊帆帅旭宁晨阳琳雪梅莉婷倩颖璐慧瑶佳欣悦然博鑫峰毅林波海燕亮松晓春雷")

PAGE_NAMES = ["综合", "要闻", "时政", "经济", "社会", "民生", "县域", "文化", "城事", "视觉", "专题", "区县新闻", "城市生活"]
WEEKDAYS = "一二三四五六日"

BODY_FONTS = ["AR PL UMing CN", "Noto Serif CJK SC"]
HEAD_FONTS = ["Noto Sans CJK SC", "WenQuanYi Zen Hei", "Noto Serif CJK SC"]
KAI = "AR PL UKai CN"


def seed_of(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16], 16)


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


# --------------------------------------------------------------------------------------------
# printed text model

class Seg:
    __slots__ = ("text", "owner", "bold")

    def __init__(self, text, owner, bold=False):
        self.text, self.owner, self.bold = text, owner, bold


class Line:
    __slots__ = ("segs", "align", "justify", "indent", "spacing", "para_end", "lid")

    def __init__(self, segs, align="left", justify=False, indent=0.0, spacing=0.0, para_end=False):
        self.segs, self.align, self.justify = segs, align, justify
        self.indent, self.spacing, self.para_end = indent, spacing, para_end
        self.lid = None

    def text(self):
        return "".join(s.text for s in self.segs)


class Frame:
    def __init__(self, x, y, w, h, kind="text", family=None, fs=15, lh=22, weight=400, lines=None,
                 img=None, border=None, pad=0, color=None, bg=None, tag=""):
        self.x, self.y, self.w, self.h = x, y, w, h
        self.kind, self.family, self.fs, self.lh, self.weight = kind, family, fs, lh, weight
        self.lines = lines or []
        self.img, self.border, self.pad, self.color, self.bg, self.tag = img, border, pad, color, bg, tag


def runs_to_lines(runs, width_em, first_indent=0.0, spacing=0.0, justify=True, align="left", para_end=True):
    """Wrap a sequence of runs [(text, owner, bold)] as one paragraph; every Line keeps its
    runs cut at run boundaries. The last line is not justified."""
    full = "".join(r[0] for r in runs)
    bounds = []
    pos = 0
    for r in runs:
        bounds.append((pos, pos + len(r[0]), r))
        pos += len(r[0])
    out = []
    slices = wrap(full, width_em, first_indent, spacing)
    for n, (a, b) in enumerate(slices):
        segs = []
        for (s, e, r) in bounds:
            lo, hi = max(a, s), min(b, e)
            if lo < hi:
                segs.append(Seg(full[lo:hi], r[1], r[2]))
        last = n == len(slices) - 1
        w = text_w(full[a:b].rstrip(), spacing) + (first_indent if n == 0 else 0)
        out.append(Line(segs, align=align, justify=justify and not last and w >= width_em - 2.2,
                        indent=first_indent if n == 0 else 0.0, spacing=spacing,
                        para_end=last and para_end))
    return out


def field_lines(text, owner, width_em, bold=False, **kw):
    """Lines of one field; a field with line breaks prints each part on its own lines, its
    owner carrying the part number (the gold joins the parts with a newline)."""
    out = []
    for n, part in enumerate(text.split("\n")):
        if part.strip():
            out += runs_to_lines(field_runs(part.strip(), owner + (n,), bold), width_em, **kw)
    return out


def split_mark(text):
    """'□晚报记者 马燕' -> ('□', '晚报记者 马燕'): a leading byline mark is no field text."""
    m = LEAD_MARK.match(text or "")
    if not m:
        return "", text
    return m.group(1), text[m.end():]


def field_runs(text, owner, bold=False):
    mark, rest = split_mark(text)
    runs = []
    if mark:
        runs.append((mark, None, bold))
    if rest:
        runs.append((rest, owner, bold))
    return runs


# --------------------------------------------------------------------------------------------
# items

def new_item(kind, article_id=None):
    return {"type": kind, "article_id": article_id, "continues_on_page": None, "continued_from_page": None,
            "crosshead_idx": set(), "fields_printed": set()}


class Block:
    """Frames and items of one placed unit, before it is committed to the page."""

    def __init__(self):
        self.frames, self.items, self.height = [], [], 0
        self.article_ids = []
        self.teaser_ids = []
        self.images = {}


# --------------------------------------------------------------------------------------------
# page composer

class PageStyle:
    def __init__(self, rng, tabloid):
        if tabloid:
            self.W = rng.choice([800, 820, 860])
            self.H = int(self.W * rng.choice([1.38, 1.42]))
        else:
            self.W = rng.choice([1100, 1100, 1150, 1200])
            self.H = int(self.W * rng.choice([1.42, 1.45, 1.48]))
        self.margin = rng.choice([22, 28, 34, 40])
        self.fs = rng.choice([14, 15, 16])
        self.lh = int(round(self.fs * rng.choice([1.45, 1.5, 1.6])))
        self.body = rng.choice(BODY_FONTS)
        self.head = rng.choice([f for f in HEAD_FONTS if f != self.body])
        self.kick = rng.choice([KAI, self.head, self.body])
        self.cap = rng.choice([KAI, self.body])
        self.cap_fs = rng.choice([13, 14]) if self.fs > 14 else 13
        self.head_weight = 700
        self.gap = rng.choice([0.8, 1.0, 1.3])  # vertical gap between blocks, in body lines
        self.rules = rng.random() < 0.5  # thin rules between blocks


class Region:
    def __init__(self, x, y, w, h, n, c, fs, gutter, role="main"):
        self.x, self.y, self.w, self.h = x, y, w, h
        self.n, self.c, self.fs, self.g, self.role = n, c, fs, gutter, role
        self.colw = c * fs
        self.colx = [x + k * (self.colw + gutter) for k in range(n)]
        self.tops = [y] * n

    def span_x(self, i, k):
        return self.colx[i], self.colx[i + k - 1] + self.colw - self.colx[i]


def grid_for(width, fs, rng, prefer=None):
    """Column count and width (12-20 characters) that fill `width`; the gutter takes the rest."""
    opts = []
    for n in range(1, 8):
        for c in range(20, 11, -1):
            g = (width - n * c * fs) / (n - 1) if n > 1 else 0
            if n == 1 and c * fs <= width <= (c + 2) * fs:  # one column only for a narrow region
                opts.append((n, c, 0))
                break
            # gutters of 1.8-4 em: narrower ones make pdftotext read across the columns
            if n > 1 and 1.8 * fs <= g <= 4.0 * fs:
                opts.append((n, c, g))
                break
    if not opts:
        c = max(12, min(20, int(width // fs)))
        return 1, c, 0
    if prefer:
        p = [o for o in opts if o[0] in prefer]
        if p:
            return rng.choice(p)
    return rng.choice(opts)


class PageComposer:
    def __init__(self, page, paper, rng):
        self.page, self.paper, self.rng = page, paper, rng
        self.st = PageStyle(rng, paper["tabloid"])
        self.frames = []   # reading order
        self.items = []
        self.images = {}
        self.article_ids = []
        self.teaser_ids = []
        self.img_no = 0
        self.has_photo = False

    # ---------------------------------------------------------------- frames of text
    def text_frame(self, x, y, w, lines, family, fs, lh, weight=400, **kw):
        f = Frame(x, y, w, len(lines) * lh, "text", family, fs, lh, weight, lines, **kw)
        return f

    def image(self, w, h):
        self.img_no += 1
        name = f"{self.page['id']}-img{self.img_no}.png"
        r = random.Random(seed_of(self.page["id"], "img", self.img_no))
        pw = max(40, min(320, int(w // r.choice([2, 3]))))
        ph = max(30, int(pw * h / max(1, w)))
        self.images[name] = picture(r, pw, ph)
        return name

    # ---------------------------------------------------------------- header
    def header(self):
        st, rng, pg, pp = self.st, self.rng, self.page, self.paper
        m = st.margin
        d = datetime.date.fromisoformat(pg["date"])
        date_s = f"{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"
        pno = f"第{pg['number']}版"
        fr = []
        if pg["number"] == 1:
            mh = rng.choice([56, 64, 72])
            name = pp["paper"]
            fr.append(self.text_frame(m, m, int(text_w(name) * mh) + 8, [Line([Seg(name, None)])],
                                      st.head, mh, int(mh * 1.15), 700, tag="hdr"))
            info = [date_s, pno]
            if rng.random() < 0.6:
                info.append(f"{pp['publisher']}出版")
            if rng.random() < 0.5:
                info.append(f"今日{pg['edition_pages'] or rng.choice([4, 8, 12, 16])}版")
            y = m + 8
            for s in info:
                fr.append(self.text_frame(st.W - m - 260, y, 260, [Line([Seg(s, None)], align="right")],
                                          st.body, 15, 22, tag="hdr"))
                y += 22
            bottom = max(m + int(mh * 1.15), y) + 10
        else:
            hs = 16
            parts = [pp["paper"], date_s, pno, pg["name"]]
            if rng.random() < 0.5:
                parts = [pno, pg["name"], date_s, pp["paper"]]
            x = m
            step = (st.W - 2 * m) // len(parts)
            for k, s in enumerate(parts):
                al = "left" if k == 0 else ("right" if k == len(parts) - 1 else "center")
                fr.append(self.text_frame(m + k * step, m, step, [Line([Seg(s, None, k == 0)], align=al)],
                                          st.head if k == 0 else st.body, hs, 24, 700 if k == 0 else 400, tag="hdr"))
            bottom = m + 30
        rule = Frame(m, bottom, st.W - 2 * m, 0, "rule", border="2px solid #333")
        self.frames.extend(fr)
        self.frames.append(rule)
        return bottom + 12

    # ---------------------------------------------------------------- article block
    def article_block(self, art, reg, i, k, top, avail, role="normal", jump=None, cont_from=None,
                      force_cut=None):
        """Lay an article out over columns i..i+k-1 of region `reg`, at most `avail` px tall.
        role: lead | normal | brief | cont. jump: page number for a cut with '（下转第N版）' or
        None (cut at a paragraph end). cont_from: printed as '（上接第N版）' (continuation).
        force_cut: share of the body lines to print (front-page jumps). Returns (Block,
        remainder paragraphs or None) or None when it cannot fit."""
        st, rng = self.st, self.rng
        fs, lh = st.fs, st.lh
        blk = Block()
        it = new_item("article", art["id"])
        if cont_from:
            it["continued_from_page"] = cont_from
        blk.items.append(it)
        x0, wspan = reg.span_x(i, k)
        beside = None
        if k >= 2 and role in ("normal", "lead") and rng.random() < 0.3 and art.get("headline"):
            beside = rng.choice(["left", "right"])
        # headline group geometry
        if beside:
            hx = reg.colx[i] if beside == "left" else reg.colx[i + k - 1]
            hw = reg.colw
            bi, bk = (i + 1, k - 1) if beside == "left" else (i, k - 1)
        else:
            hx, hw = x0, wspan
            bi, bk = i, k
        if role == "lead":
            hfs = rng.choice([38, 40, 42, 44])
        elif role == "brief":
            hfs = rng.choice([20, 22, 24])
        elif role == "cont":
            hfs = rng.choice([22, 24, 26, 28])
        else:
            hfs = rng.choice([28, 30, 32, 34, 36])
        hfs = min(hfs, int(hw / 4))
        hfs = max(hfs, 18)
        align = rng.choice(["center", "left"]) if not beside else "left"
        gframes = []
        y = top
        # 编者按 box above the article (its own item, column '编者按')
        if role in ("normal", "lead") and rng.random() < self.page.get("note_p", 0.0) and art.get("headline"):
            note = new_item("article", None)
            note["is_note"] = True
            txt = self.note_text(art)
            nfs = max(13, fs - 1)
            nlh = int(nfs * 1.5)
            lab = [Line([Seg("编者按", (id(note), "column", 0), True)])]
            body = runs_to_lines([(txt, (id(note), "p", 0), False)], (wspan - 16) / nfs, 2)
            f1 = self.text_frame(x0 + 8, y + 6, wspan - 16, lab + body, KAI, nfs, nlh, border="1px solid #555",
                                 pad=6, tag="note")
            h = len(f1.lines) * nlh + 12
            f1.h = h - 12
            blk.frames.append(f1)
            blk.items.insert(0, note)
            y += h + 10
        hy = y
        if art.get("column") and (role in ("normal", "lead", "brief")) and rng.random() < 0.65:
            cfs = rng.choice([16, 18])
            t = art["column"]
            cw = min(hw, int(text_w(t) * cfs) + 16)
            cl = runs_to_lines([(t, (id(it), "column", 0), True)], (cw - 16) / cfs, justify=False)
            f = self.text_frame(hx if align == "left" or beside else hx + (hw - cw) // 2, hy, cw - 8,
                                cl, st.head, cfs, cfs + 8, 700, border="1px solid #a00", color="#a00", pad=3)
            gframes.append(f)
            hy += len(cl) * (cfs + 8) + 14
        if art.get("kicker") and role != "cont":
            kfs = rng.choice([18, 20, 22])
            kl = field_lines(art["kicker"], (id(it), "kicker", 0), hw / kfs, justify=False,
                               align=align)
            gframes.append(self.text_frame(hx, hy, hw, kl, st.kick, kfs, int(kfs * 1.4)))
            hy += len(kl) * int(kfs * 1.4) + 4
        if art.get("headline"):
            sp = 0.0
            if rng.random() < 0.12 and text_w(art["headline"]) * hfs * 1.4 < hw:
                sp = rng.choice([0.2, 0.4])
            hl = field_lines(art["headline"], (id(it), "headline", 0), hw / hfs, spacing=sp,
                               justify=False, align=align)
            hlh = int(hfs * 1.3)
            gframes.append(self.text_frame(hx, hy, hw, hl, st.head, hfs, hlh, st.head_weight))
            hy += len(hl) * hlh + 4
        if art.get("subheadline") and role != "cont":
            sfs = rng.choice([18, 20])
            sl = field_lines(art["subheadline"], (id(it), "subheadline", 0), hw / sfs, justify=False,
                               align=align)
            gframes.append(self.text_frame(hx, hy, hw, sl, st.kick, sfs, int(sfs * 1.4)))
            hy += len(sl) * int(sfs * 1.4) + 4
        # byline: under the headline group, at the top of the body, or (commentary) at its end
        byl = art.get("byline") if role != "cont" else None
        by_pos = None
        by_lines = []
        if byl:
            by_pos = rng.choice(["group", "body", "body"]) if art.get("type") != "commentary" else rng.choice(["group", "end"])
            mark, rest = split_mark(byl)
            if not mark and rng.random() < 0.4:
                mark = rng.choice(["■", "□", "▲", "●"]) + rng.choice(["", " "])
            spacing = 0.5 if rng.random() < 0.3 and len(rest) <= 12 else 0.0
            parts = [(rest, 0)]
            m2 = re.search(r" (?=(本报)?(通讯员|见习记者|实习生))", rest)
            if "\n" in rest:
                parts = [(p.strip(), n) for n, p in enumerate(rest.split("\n")) if p.strip()]
            elif m2 and rng.random() < 0.5:
                parts = [(rest[:m2.end()], 0), (rest[m2.end():], 0)]
            bw = (hw if by_pos == "group" else reg.colw)
            for n, (ptxt, part) in enumerate(parts):
                runs = ([(mark, None, False)] if mark and n == 0 else []) + [(ptxt, (id(it), "byline", 0, part), False)]
                by_lines += runs_to_lines(runs, bw / fs, spacing=spacing, justify=False,
                                          align="right" if by_pos == "end" else ("center" if align == "center" and by_pos == "group" else "left"))
            if by_pos == "group":
                gframes.append(self.text_frame(hx, hy, hw, by_lines, st.body if rng.random() < 0.5 else KAI, fs, lh))
                hy += len(by_lines) * lh + 4
        group_h = hy - y
        # body lines
        paras = art["paragraphs"]
        cross = set(i2 for i2, p in enumerate(paras) if p in set(art.get("crossheads") or []))
        width_em = reg.c
        lines = []
        if by_pos == "body":
            lines += by_lines
        if cont_from:
            cm = f"（上接第{cont_from}版）"
            lines.append(Line([Seg(cm, None)], align="left"))
        dl = art.get("dateline") if role != "cont" else None
        for pi, p in enumerate(paras):
            owner = (id(it), "p", pi)
            if pi in cross:
                ls = runs_to_lines([(p, owner, True)], width_em, 0, justify=False, align="center")
                for ln in ls:
                    ln.segs = [Seg(s.text, s.owner, True) for s in ln.segs]
                lines += ls
                continue
            runs = []
            if pi == 0 and dl:
                runs += field_runs(dl, (id(it), "dateline", 0), True)
                runs.append(("\u3000" if rng.random() < 0.5 else " ", None, False))
            runs.append((p, owner, False))
            lines += runs_to_lines(runs, width_em, 2.0)
        if not paras and dl:
            lines += field_lines(dl, (id(it), "dateline", 0), width_em, True, first_indent=2.0)
        if by_pos == "end":
            lines += by_lines
        # photos of the article (caption + credit under the picture)
        photos = list(art.get("photos") or [])[:2]
        pblocks = []
        for ph in photos:
            pb = self.photo_frames(ph, it, len(pblocks), reg, bi if bk > 0 else i, max(1, min(bk if bk else k, 2)))
            if pb:
                pblocks.append(pb)
        photo_h = sum(p[1] for p in pblocks)
        # how many body lines fit
        gap_after_group = 8 if group_h else 0
        pre_h = y - top  # the 编者按 box
        body_avail = avail - pre_h - (0 if beside else group_h + gap_after_group) - photo_h
        cols = max(1, bk)
        maxl = int(body_avail // lh)
        need = len(lines)
        if beside:
            # headline column must also fit
            if pre_h + group_h > avail:
                return None
        if maxl < 3 and need > maxl:
            # drop the photos first
            if pblocks:
                photo_h = 0
                pblocks = []
                body_avail = avail - pre_h - (0 if beside else group_h + gap_after_group)
                maxl = int(body_avail // lh)
            if maxl < 3:
                return None
        cap = maxl * cols
        remainder = None
        cut = None
        if force_cut is not None and need > 6:
            cap = min(cap, max(4, int(need * force_cut)))
        if need > cap:
            if jump is not None:
                cut = cap - 1
            else:
                # cut at the last paragraph end that fits
                cut = 0
                for n in range(min(cap, need)):
                    if lines[n].para_end:
                        cut = n + 1
                if cut < 3:
                    return None
        if cut is not None:
            kept = lines[:cut]
            remainder = self.remainder(art, it, lines, cut)
            if jump is not None:
                it["continues_on_page"] = jump
                mk = f"（下转第{jump}版）"
                last = kept[-1]
                wlast = text_w(last.text().rstrip()) + last.indent
                if wlast + text_w(mk) + 1 <= width_em and rng.random() < 0.6:
                    last.segs.append(Seg(" " + mk, None))
                    last.justify = False
                else:
                    kept.append(Line([Seg(mk, None)], align="right"))
            lines = kept
        # balance the body over its columns
        per = -(-len(lines) // cols)
        per = min(per, maxl) if maxl >= 1 else per
        body_top = y if beside else y + group_h + gap_after_group
        # photos on top of the body (inside the body columns) or at the bottom
        photos_on_top = rng.random() < 0.5
        if pblocks and photos_on_top:
            py = body_top
            for (pf, h) in pblocks:
                for f in pf:
                    f.y += py
                blk.frames.extend(pf)
                py += h
            body_top = py
        bx = reg.colx[bi] if bk else reg.colx[i]
        col_frames = []
        n = 0
        for c in range(cols):
            chunk = lines[n:n + per]
            n += per
            if not chunk:
                break
            col_frames.append(self.text_frame(reg.colx[bi + c], body_top, reg.colw, chunk, st.body, fs, lh))
        body_bottom = body_top + per * lh
        if pblocks and not photos_on_top:
            py = body_bottom + 6
            for (pf, h) in pblocks:
                for f in pf:
                    f.y += py
                blk.frames.extend(pf)
                py += h
            body_bottom = py
        # reading order: note box, headline group, photos on top, body columns, photos at the bottom
        note_frames = [f for f in blk.frames if f.tag == "note"]
        photo_frames = [f for f in blk.frames if f.tag != "note"]
        if photos_on_top:
            blk.frames = note_frames + gframes + photo_frames + col_frames
        else:
            blk.frames = note_frames + gframes + col_frames + photo_frames
        bottom = max(body_bottom, (y + group_h) if beside else body_bottom)
        blk.height = bottom - top
        blk.article_ids.append(art["id"])
        it["crosshead_idx"] = cross
        return blk, remainder

    def remainder(self, art, it, lines, cut):
        """The article text not printed when the body is cut after line `cut`."""
        # find the paragraph and offset of the first unprinted character
        printed = {}
        for ln in lines[:cut]:
            for s in ln.segs:
                if s.owner and s.owner[0] == id(it) and s.owner[1] == "p":
                    printed[s.owner[2]] = printed.get(s.owner[2], 0) + len(s.text)
        paras = art["paragraphs"]
        rest = []
        cross = set(art.get("crossheads") or [])
        for pi, p in enumerate(paras):
            done = printed.get(pi, 0)
            if done >= len(p):
                continue
            rest.append(p[done:])
        return {"paragraphs": rest, "crossheads": [p for p in rest if p in cross]}

    def note_text(self, art):
        r = random.Random(seed_of(self.page["id"], "note", art["id"]))
        hl = art["headline"]
        t = r.choice([
            f"为深入反映基层一线的新变化、新气象，本报今起推出系列报道，今天刊发《{hl}》，敬请关注。",
            f"《{hl}》一文聚焦群众关心的身边事。本报将持续跟进报道，欢迎读者提供新闻线索。",
            f"近期，本报记者深入基层蹲点采访，记录下一个个鲜活的故事。今日刊发《{hl}》，以飨读者。",
        ])
        return t

    # ---------------------------------------------------------------- pictures
    def photo_frames(self, ph, it, idx, reg, i, k):
        """Picture + caption (+ credit) over columns i..i+k-1, the caption under the picture or,
        over two columns or more, beside it in the last column. Frames have y relative to 0."""
        st, rng = self.st, self.rng
        beside = k >= 2 and rng.random() < 0.3
        x, w = reg.span_x(i, k - 1 if beside else k)
        aspect = rng.choice([0.56, 0.62, 0.68, 0.75])
        h = int(w * aspect)
        h = min(h, 320)
        name = self.image(w, h)
        frames = [Frame(x, 0, w, h, "img", img=name)]
        cap = (ph.get("caption") or "").strip()
        cred = (ph.get("credit") or "").strip()
        cred = self.credit_style(cred)
        cfs = st.cap_fs
        clh = int(cfs * 1.5)
        lines = []
        cx, cw = (reg.colx[i + k - 1], reg.colw) if beside else (x, w)
        cw_em = cw / cfs
        style = rng.choice(["inline", "line", "line"])
        for n, cp in enumerate(cap.split("\n") if cap else []):
            runs = [(cp, (id(it), "caption", idx, n), False)]
            if n == len(cap.split("\n")) - 1 and cred and style == "inline":
                runs += [("\u3000", None, False)] + field_runs(cred, (id(it), "credit", idx))
            lines += runs_to_lines(runs, cw_em, 0.0 if rng.random() < 0.5 else 2.0)
        if cred and (style == "line" or not cap):
            lines += field_lines(cred, (id(it), "credit", idx), cw_em, justify=False, align="right")
        if beside:
            y = max(h, len(lines) * clh)
            if lines:
                frames.append(self.text_frame(cx, max(0, h - len(lines) * clh) if rng.random() < 0.5 else 0,
                                              cw, lines, st.cap, cfs, clh))
        else:
            y = h + 4
            if lines:
                frames.append(self.text_frame(cx, y, cw, lines, st.cap, cfs, clh))
                y += len(lines) * clh
        it.setdefault("photo_count", 0)
        it["photo_count"] = max(it["photo_count"], idx + 1)
        self.has_photo = True
        return frames, y + 8

    def credit_style(self, cred):
        """Credit as printed: the source's credit, or (no credit given) one in a common style."""
        if cred:
            return cred
        r = self.rng
        if r.random() < 0.5:
            return ""
        p = person(r)
        return r.choice([f"本报记者 {p} 摄", f"{p}/图", f"图片由{self.paper['publisher']}提供", "新华社发",
                         f"{p} 摄"])

    def photo_block(self, art, reg, i, k, top, avail):
        blk = Block()
        it = new_item("photo", art["id"])
        blk.items.append(it)
        y = top
        for n, ph in enumerate(art["photos"][:2]):
            pf, h = self.photo_frames(ph, it, n, reg, i, k)
            if y + h - top > avail:
                if n == 0:
                    return None
                break
            for f in pf:
                f.y += y
            blk.frames += pf
            y += h
        blk.height = y - top
        blk.article_ids.append(art["id"])
        return blk, None

    # ---------------------------------------------------------------- boxes
    def index_block(self, entries, reg, i, k, top, avail):
        st, rng = self.st, self.rng
        blk = Block()
        it = new_item("index")
        blk.items.append(it)
        x, w = reg.span_x(i, k)
        tfs = rng.choice([20, 22, 24])
        fs = st.fs
        lh = st.lh
        lines = [Line([Seg("今日导读", (id(it), "headline", 0), True)], align="center")]
        body = []
        fmt = rng.choice(["a", "b", "c"])
        for n, (hl, pno, _) in enumerate(entries):
            if fmt == "a":
                t = f"{hl}　第{pno}版"
            elif fmt == "b":
                t = f"第{pno}版　{hl}"
            else:
                t = f"{hl}……{pno}版"
            body += runs_to_lines([(t, (id(it), "p", n), False)], (w - 16) / fs, justify=False)
        f1 = self.text_frame(x + 8, top + 8, w - 16, lines, st.head, tfs, int(tfs * 1.5), 700)
        f2 = self.text_frame(x + 8, top + 8 + int(tfs * 1.5) + 4, w - 16, body, st.body, fs, lh)
        h = 8 + int(tfs * 1.5) + 4 + len(body) * lh + 8
        if h > avail:
            return None
        box = Frame(x, top, w, h, "box", border="2px solid #a00")
        blk.frames += [box, f1, f2]
        blk.height = h
        return blk, None

    def teaser_block(self, art, pno, reg, i, k, top, avail):
        st, rng = self.st, self.rng
        blk = Block()
        it = new_item("teaser", art["id"])
        it["continues_on_page"] = pno
        blk.items.append(it)
        x, w = reg.span_x(i, k)
        y = top
        hfs = min(rng.choice([24, 26, 28, 30]), int(w / 5))
        if art.get("kicker") and rng.random() < 0.7:
            kl = field_lines(art["kicker"], (id(it), "kicker", 0), w / 18, justify=False)
            blk.frames.append(self.text_frame(x, y, w, kl, st.kick, 18, 25))
            y += len(kl) * 25
        hl = field_lines(art["headline"], (id(it), "headline", 0), w / hfs, justify=False)
        blk.frames.append(self.text_frame(x, y, w, hl, st.head, hfs, int(hfs * 1.3), 700))
        y += len(hl) * int(hfs * 1.3)
        if art.get("subheadline") and rng.random() < 0.7:
            sl = field_lines(art["subheadline"], (id(it), "subheadline", 0), w / 18, justify=False)
            blk.frames.append(self.text_frame(x, y, w, sl, st.kick, 18, 25))
            y += len(sl) * 25
        jt = rng.choice([f"详见第{pno}版", f"详细报道见第{pno}版", f"详见第{pno}版", f"转第{pno}版"])
        blk.frames.append(self.text_frame(x, y + 2, w, [Line([Seg(jt, None)], align=rng.choice(["right", "center"]))],
                                          st.body, st.fs, st.lh))
        y += st.lh + 6
        if y - top > avail:
            return None
        blk.height = y - top
        blk.teaser_ids.append(art["id"])
        return blk, None

    def staff_line(self, x, y, w):
        rng = self.rng
        colon = rng.choice(["：", ":"])
        sep = rng.choice(["　", "  ", " "])
        parts = [f"值班编委{colon}{person(rng)}"]
        if rng.random() < 0.5:
            parts.append(f"值班审核{colon}{person(rng)}")
        parts.append(f"{rng.choice(['责任编辑', '责编'])}{colon}{person(rng)}" + (f" {person(rng)}" if rng.random() < 0.3 else ""))
        parts.append(f"{rng.choice(['美编', '版式'])}{colon}{person(rng)}")
        parts.append(f"校对{colon}{person(rng)}")
        t = sep.join(parts)
        it = new_item("staff")
        fs = 13
        lines = runs_to_lines([(t, (id(it), "p", 0), False)], w / fs, justify=False)
        f = self.text_frame(x, y, w, lines, self.st.body, fs, 20)
        return it, f, len(lines) * 20

    # ---------------------------------------------------------------- ads (pictures with no text)
    def ad_block(self, reg, i, k, top, avail):
        blk = Block()
        x, w = reg.span_x(i, k)
        h = min(avail, int(w * self.rng.choice([0.5, 0.7, 0.9])))
        if h < 80:
            return None
        name = self.image(w, h)
        blk.frames.append(Frame(x, top, w, h, "img", img=name, border="1px solid #999"))
        blk.height = h
        return blk, None

    # ---------------------------------------------------------------- commit
    def commit(self, blk):
        self.frames.extend(blk.frames)
        self.items.extend(blk.items)
        for a in blk.article_ids:
            if a not in self.article_ids:
                self.article_ids.append(a)
        for a in blk.teaser_ids:
            if a not in self.teaser_ids:
                self.teaser_ids.append(a)
        if self.st.rules and blk.frames:
            pass


def article_len(art):
    return sum(len(p) for p in art["paragraphs"]) + sum(len(p.get("caption") or "") for p in art.get("photos") or [])
