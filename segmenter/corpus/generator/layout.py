"""Paper planning (which articles go on which page, editions, jumps) and page filling (a
masonry of blocks over the columns of one to three regions), then the HTML of a page."""
import datetime
import html
import random
import re

from compose import (PageComposer, Region, Frame, Line, Seg, grid_for, seed_of, article_len, PAGE_NAMES,
                     runs_to_lines)
from textfit import text_w


# --------------------------------------------------------------------------------------------
# sources

def clean_article(a):
    a = dict(a)
    for k in ("column", "kicker", "headline", "subheadline", "byline", "dateline"):
        v = a.get(k)
        a[k] = v.strip() if isinstance(v, str) and v.strip() else None
    a["paragraphs"] = [p.strip() for p in a.get("paragraphs") or [] if isinstance(p, str) and p.strip()]
    a["crossheads"] = [c.strip() for c in a.get("crossheads") or [] if isinstance(c, str) and c.strip()]
    ph = []
    for p in a.get("photos") or []:
        if not isinstance(p, dict):
            continue
        cap = (p.get("caption") or "").strip()
        cred = (p.get("credit") or "").strip()
        ph.append({"caption": cap, "credit": cred})
    a["photos"] = ph
    t = a.get("type") or "article"
    if t == "photo":
        # a 图片新闻 with a headline or text is printed as an article with pictures
        a["kind"] = "photo" if not a["headline"] and not a["paragraphs"] and ph else "article"
    elif t == "brief":
        a["kind"] = "brief"
    else:
        a["kind"] = "article"
    if a["kind"] == "article" and not a["paragraphs"] and not ph and not a["headline"]:
        a["kind"] = None
    return a


def page_name_of(a):
    p = a.get("page")
    if isinstance(p, str):
        m = re.search(r"[：:](.+)$", p)
        if m:
            name = re.sub(r"\s+", "", m.group(1)).split("|")[0]
            if 1 <= len(name) <= 10:
                return name
    return None


# --------------------------------------------------------------------------------------------
# paper plan

def plan_paper(paper, is_edition, n_pages):
    """Pages of one paper: ids, numbers, dates and the articles each must carry (every article
    is the primary of exactly one page)."""
    rng = random.Random(seed_of("plan", paper["code"]))
    arts = [a for a in paper["articles"] if a["kind"]]
    order = sorted(arts, key=lambda a: a["id"])
    rng.shuffle(order)
    P = n_pages
    if is_edition:
        numbers = list(range(1, P + 1))
        ids = [f"{paper['code']}-e1-p{n}" for n in numbers]
    else:
        pool = list(range(2, 13))
        rng.shuffle(pool)
        numbers = sorted(([1] if rng.random() < 0.7 else [pool.pop()]) + pool[:P - 1])
        ids = [f"{paper['code']}-p{n:02d}" for n in numbers]
    # the longest text articles go first (front page leads), then the rest round robin
    texts = sorted([a for a in order if a["kind"] == "article"], key=lambda a: -article_len(a))
    others = [a for a in order if a["kind"] != "article"]
    prim = [[] for _ in range(P)]
    seq = texts + others
    for n, a in enumerate(seq):
        prim[n % P].append(a)
    pages = []
    edate = max((a.get("date") or "2020-01-01") for a in arts) if arts else "2020-01-01"
    for k in range(P):
        ds = sorted((a.get("date") or "2020-01-01") for a in prim[k]) or [edate]
        date = edate if is_edition else ds[-1]
        name = "要闻" if numbers[k] == 1 else None
        if not name:
            for a in prim[k]:
                name = page_name_of(a)
                if name:
                    break
        if not name:
            name = rng.choice(PAGE_NAMES)
        pages.append({"id": ids[k], "number": numbers[k], "date": date, "name": name, "primaries": prim[k],
                      "edition": "e1" if is_edition else None, "edition_pages": P if is_edition else None,
                      "note_p": 0.12})
    return pages


# --------------------------------------------------------------------------------------------
# filling a page

MAX_USES = 2   # an article is printed on at most two pages of its paper
MAX_ADS = 3    # picture-only advertisement blocks per page


class Entry:
    def __init__(self, kind, art=None, role="normal", jump=None, force_cut=None, cont_from=None, mandatory=True,
                 entries=None, pno=None):
        self.kind, self.art, self.role, self.jump = kind, art, role, jump
        self.force_cut, self.cont_from, self.mandatory = force_cut, cont_from, mandatory
        self.entries, self.pno = entries, pno


def desired_span(comp, reg, e, kmax):
    rng = comp.rng
    if e.kind in ("index", "teaser"):
        return min(kmax, rng.choice([1, 1, 2]))
    if e.kind == "photo":
        return min(kmax, rng.choice([1, 2, 2]))
    if e.kind == "ad":
        return min(kmax, rng.choice([1, 2, 2, 3]))
    if e.kind == "brief" or e.role == "brief":
        return 1
    a = e.art
    L = sum(-(-len(p) // (reg.c - 1)) for p in a["paragraphs"]) + 3
    if e.role == "lead":
        return max(1, min(kmax, 4, max(2, -(-L // rng.choice([12, 16, 20])))))
    t = rng.choice([10, 14, 18, 24, 30])
    k = max(1, min(4, -(-L // t)))
    if a.get("photos") and k < 2 and rng.random() < 0.5:
        k = 2
    return max(1, min(kmax, k))


def build(comp, reg, e, i, k, top, avail):
    if e.kind == "article" or e.kind == "cont":
        return comp.article_block(e.art, reg, i, k, top, avail, role=e.role, jump=e.jump,
                                  cont_from=e.cont_from, force_cut=e.force_cut)
    if e.kind == "brief":
        return comp.article_block(e.art, reg, i, k, top, avail, role="brief")
    if e.kind == "photo":
        return comp.photo_block(e.art, reg, i, k, top, avail)
    if e.kind == "index":
        return comp.index_block(e.entries, reg, i, k, top, avail)
    if e.kind == "teaser":
        return comp.teaser_block(e.art, e.pno, reg, i, k, top, avail)
    if e.kind == "ad":
        return comp.ad_block(reg, i, k, top, avail)
    raise ValueError(e.kind)


def fill_region(comp, reg, queue, fillers, side=False):
    """Masonry: put the next block at the lowest (then leftmost) column top, over as many
    neighbouring columns as have about the same top. Returns continuations produced."""
    st, rng = comp.st, comp.rng
    lh = st.lh
    bottom = reg.y + reg.h
    minh = 4 * lh
    tol = int(1.5 * lh)
    remainders = []
    while True:
        live = [c for c in range(reg.n) if reg.tops[c] < bottom - minh]
        if not live:
            break
        i = min(live, key=lambda c: (reg.tops[c], c))
        kmax = 1
        while i + kmax < reg.n and (i + kmax) in live and reg.tops[i + kmax] <= reg.tops[i] + tol:
            kmax += 1
        top = max(reg.tops[i:i + kmax])
        avail = bottom - top
        placed = None
        cands = list(queue)
        if side:
            cands.sort(key=lambda e: 0 if e.kind in ("index", "teaser", "photo", "brief") else 1)
        for e in cands[:6]:
            k0 = desired_span(comp, reg, e, kmax)
            for k in sorted({k0, max(1, k0 - 1), 1}, reverse=True):
                res = build(comp, reg, e, i, k, top, avail)
                if res:
                    placed = (e, k, res)
                    break
            if placed:
                break
        if not placed:
            for e in fillers(kmax, avail):
                k0 = desired_span(comp, reg, e, kmax)
                res = build(comp, reg, e, i, k0, top, avail)
                if res:
                    placed = (e, k0, res)
                    e.used()
                    break
        if not placed:
            reg.tops[i] = bottom
            continue
        e, k, (blk, rem) = placed
        if e in queue:
            queue.remove(e)
        comp.commit(blk)
        if rem and rem["paragraphs"] and e.jump is not None:
            remainders.append((e, rem))
        gap = int(st.gap * lh)
        newtop = top + blk.height + gap
        if st.rules and newtop < bottom - minh:
            x, w = reg.span_x(i, k)
            comp.frames.append(Frame(x, top + blk.height + gap // 2, w, 0, "rule", border="1px solid #888"))
        for c in range(i, i + k):
            reg.tops[c] = newtop
    return remainders


def make_regions(comp, x, y, w, h):
    st, rng = comp.st, comp.rng
    fs = st.fs
    tabloid = comp.paper["tabloid"]
    prefer = [2, 3, 4] if tabloid else [3, 4, 5, 6]
    t = rng.choice(["single", "bands", "sidebar", "bands"])
    regs = []
    if t == "single":
        n, c, g = grid_for(w, fs, rng, prefer)
        regs.append(Region(x, y, w, h, n, c, fs, g))
    elif t == "bands":
        h1 = int(h * rng.choice([0.35, 0.45, 0.55]))
        n, c, g = grid_for(w, fs, rng, prefer)
        regs.append(Region(x, y, w, h1, n, c, fs, g))
        n2, c2, g2 = grid_for(w, fs, rng, [p for p in prefer if p != n] or prefer)
        regs.append(Region(x, y + h1 + 10, w, h - h1 - 10, n2, c2, fs, g2))
    else:
        cs = rng.choice([12, 13, 14, 15])
        sw = cs * fs
        gap = int(2.4 * fs)
        mw = w - sw - gap
        n, c, g = grid_for(mw, fs, rng, [p for p in prefer if p <= 5] or prefer)
        left = rng.random() < 0.5
        if left:
            side = Region(x, y, sw, h, 1, cs, fs, 0, "side")
            main = Region(x + sw + gap, y, mw, h, n, c, fs, g)
            comp.frames.append(Frame(x + sw + gap // 2, y, 0, h, "vrule", border="1px solid #888"))
        else:
            main = Region(x, y, mw, h, n, c, fs, g)
            side = Region(x + mw + gap, y, sw, h, 1, cs, fs, 0, "side")
            comp.frames.append(Frame(x + mw + gap // 2, y, 0, h, "vrule", border="1px solid #888"))
        regs += [main, side]
    return regs


class Filler(Entry):
    def __init__(self, kind, art, state, comp):
        super().__init__(kind, art, role="normal", mandatory=False)
        self.state, self.comp = state, comp

    def used(self):
        if self.art is not None:
            self.state["uses"][self.art["id"]] = self.state["uses"].get(self.art["id"], 0) + 1
        self.comp.n_fill += 1


def compose_page(paper, page, state):
    """Compose one page. `state` carries, across a paper's pages: article use counts, pending
    continuations ({page number: [Entry]}) and the mandatory articles that did not fit."""
    rng = random.Random(seed_of("page", page["id"]))
    comp = PageComposer(page, paper, rng)
    comp.n_fill = 0
    comp.n_ads = 0
    st = comp.st
    top = comp.header()
    m = st.margin
    x, w = m, st.W - 2 * m
    bottom = st.H - m
    staff = None
    if page["number"] == 1 or rng.random() < 0.35:
        staff = True
        bottom -= 30
    regs = make_regions(comp, x, top, w, bottom - top)
    # the queue
    queue = []
    for e in state["pending"].pop(page["number"], []) if page["edition"] else []:
        queue.append(e)
    queue += state["carry"]
    state["carry"] = []
    prim = list(page["primaries"])
    lead = None
    texts = [a for a in prim if a["kind"] == "article"]
    if texts:
        lead = max(texts, key=lambda a: (article_len(a), a["id"]))
    jumps = page.get("jumps", {})
    if lead:
        j = jumps.get(lead["id"])
        queue.append(Entry("article", lead, role="lead", jump=j,
                           force_cut=rng.uniform(0.35, 0.6) if j else None))
    for a in prim:
        if a is lead:
            continue
        j = jumps.get(a["id"])
        if a["kind"] == "article":
            queue.append(Entry("article", a, jump=j, force_cut=rng.uniform(0.35, 0.6) if j else None))
        else:
            queue.append(Entry(a["kind"], a))
    extras = []
    if page.get("index"):
        extras.append(Entry("index", entries=page["index"], mandatory=False))
    for (a, pno) in page.get("teasers", []):
        extras.append(Entry("teaser", a, pno=pno, mandatory=False))
    # front-page boxes go early, near the top
    pos = min(len(queue), 1 + rng.randrange(2))
    queue[pos:pos] = extras
    # articles placed here, teased here or listed in the 今日导读 are no fillers of this page
    on_page = {e.art["id"] for e in queue if e.art is not None}
    on_page |= {x[2] for x in page.get("index") or []}

    def fillers(kmax, avail):
        out = []
        if comp.n_fill < 2:
            pool = [a for a in paper["articles"] if a["kind"] and a["id"] not in on_page
                    and a["id"] not in comp.article_ids and state["uses"].get(a["id"], 0) < MAX_USES]
            pool.sort(key=lambda a: (state["uses"].get(a["id"], 0), seed_of(page["id"], a["id"])))
            for a in pool[:3]:
                out.append(Filler(a["kind"], a, state, comp))
        if comp.n_ads < MAX_ADS and avail > 200:
            f = Filler("ad", None, state, comp)
            out.append(f)
        return out

    orig_used = comp.commit

    def commit(blk):
        orig_used(blk)
        if any(fr.kind == "img" and not blk.items for fr in blk.frames):
            comp.n_ads += 1
    comp.commit = commit

    for reg in regs:
        rems = fill_region(comp, reg, queue, fillers, side=(reg.role == "side"))
        for (e, rem) in rems:
            a = dict(e.art)
            a.update({"paragraphs": rem["paragraphs"], "crossheads": rem["crossheads"], "kicker": None,
                      "subheadline": None, "byline": None, "dateline": None, "photos": [], "column": None})
            if page["edition"] and e.jump:
                state["pending"].setdefault(e.jump, []).append(
                    Entry("cont", a, role="cont", cont_from=page["number"]))
    left = [e for e in queue if e.mandatory and e.kind not in ("cont",)]
    state["carry"] = left
    conts_left = [e for e in queue if e.kind == "cont"]
    if conts_left:
        state.setdefault("lost_conts", []).extend((page["id"], e.art["id"]) for e in conts_left)
    if staff:
        it, f, h = comp.staff_line(x, st.H - m - 24, w)
        comp.frames.append(Frame(x, st.H - m - 28, w, 0, "rule", border="1px solid #333"))
        comp.frames.append(f)
        comp.items.append(it)
    for a in comp.article_ids:
        state["uses"][a] = state["uses"].get(a, 0) + 1
    return comp


# --------------------------------------------------------------------------------------------
# HTML

def dom_order(comp):
    rng = comp.rng
    n = len(comp.frames)
    idx = list(range(n))
    mode = rng.choice(["shuffle", "shuffle", "kind", "reverse", "columns"])
    if mode == "shuffle":
        rng.shuffle(idx)
    elif mode == "kind":
        def kind(f):
            if f.kind != "text":
                return 0
            if f.fs >= 18:
                return 1
            return 2
        idx.sort(key=lambda k: (kind(comp.frames[k]), rng.random()))
    elif mode == "reverse":
        idx.reverse()
    else:
        idx.sort(key=lambda k: (comp.frames[k].x // 40, comp.frames[k].y))
    if idx == list(range(n)):
        rng.shuffle(idx)
    return mode, idx


def esc(s):
    return html.escape(s, quote=False)


def render_html(comp):
    st = comp.st
    mode, order = dom_order(comp)
    out = [f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(comp.page['id'])}</title>
<style>
@page {{ size: {st.W}px {st.H}px; margin: 0 }}
html, body {{ margin: 0; padding: 0; width: {st.W}px; height: {st.H}px; overflow: hidden; }}
body {{ position: relative; text-spacing-trim: space-all; font-kerning: none; color: #111;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
.f {{ position: absolute; box-sizing: content-box; }}
.l {{ white-space: nowrap; overflow: visible; height: 1lh; }}
.j {{ text-align: justify; text-align-last: justify; }}
img {{ display: block; width: 100%; height: 100%; }}
b {{ font-weight: 700; }}
</style></head><body>
"""]
    for k in order:
        f = comp.frames[k]
        if f.kind == "rule":
            out.append(f'<div class="f" style="left:{f.x}px;top:{f.y}px;width:{f.w}px;height:0;border-top:{f.border}"></div>\n')
            continue
        if f.kind == "vrule":
            out.append(f'<div class="f" style="left:{f.x}px;top:{f.y}px;width:0;height:{f.h}px;border-left:{f.border}"></div>\n')
            continue
        if f.kind == "box":
            out.append(f'<div class="f" style="left:{f.x}px;top:{f.y}px;width:{f.w - 4}px;height:{f.h - 4}px;border:{f.border}"></div>\n')
            continue
        if f.kind == "img":
            bd = f";outline:{f.border}" if f.border else ""
            out.append(f'<div class="f" style="left:{f.x}px;top:{f.y}px;width:{f.w}px;height:{f.h}px{bd}"><img src="{f.img}" alt=""></div>\n')
            continue
        style = (f"left:{f.x}px;top:{f.y}px;width:{f.w}px;height:{f.h}px;font-family:'{f.family}';"
                 f"font-size:{f.fs}px;line-height:{f.lh}px;font-weight:{f.weight}")
        if f.border:
            style += f";border:{f.border};padding:{f.pad}px;margin:-{f.pad}px"
        if f.color:
            style += f";color:{f.color}"
        lines = []
        for ln in f.lines:
            cls = "l j" if ln.justify else "l"
            ls = f"text-align:{ln.align}"
            if ln.indent:
                ls += f";text-indent:{ln.indent:g}em"
            if ln.spacing:
                ls += f";letter-spacing:{ln.spacing:g}em"
            inner = "".join(f"<b>{esc(s.text)}</b>" if s.bold and f.weight < 700 else esc(s.text) for s in ln.segs)
            lines.append(f'<div class="{cls}" style="{ls}">{inner}</div>')
        out.append(f'<div class="f" style="{style}">' + "".join(lines) + "</div>\n")
    out.append("</body></html>\n")
    return mode, "".join(out)
