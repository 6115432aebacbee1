#!/usr/bin/env python3
"""Generate the segmenter evaluation corpus: composed newspaper pages -> PDF (Chromium) -> text
(five extractors) -> gold segmentations reconciled with each extractor's text.

Run from the repository root:

    python3 segmenter/corpus/generator/generate.py [--only PAGEID] [--keep-pdf DIR] [--jobs N]

Python 3.11 standard library only. Needs: chromium, poppler-utils (pdftotext, pdfinfo),
mupdf-tools (mutool), a JDK 17+ and Maven (PDFBox 3.0.8 jars from ~/.m2), fonts-arphic-uming
fonts-arphic-ukai fonts-wqy-zenhei fonts-noto-cjk. Deterministic: the same sources give the
same texts and gold, byte for byte.
"""
import argparse
import concurrent.futures as cf
import glob
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from layout import clean_article, plan_paper, compose_page, render_html  # noqa: E402
from compose import seed_of, article_len  # noqa: E402
from reconcile import reconcile, Drop  # noqa: E402
from chromeprint import Chrome  # noqa: E402

CORPUS = os.path.dirname(HERE)
EXTRACTORS = ["pdftotext", "pdftotext-raw", "mutool", "pdfbox", "pdfbox-sorted"]
PDFBOX = "3.0.8"
TEST_SHARE = 0.3
MIN_TEST_PAPERS = 5
MIN_TEST_PAGES = 25
FILL = 0.35
FIELDS = ("column", "kicker", "headline", "subheadline", "byline", "dateline")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# sources, papers, split

def load_papers(src_dir):
    papers = []
    for path in sorted(glob.glob(os.path.join(src_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            try:
                d = json.load(f)
            except ValueError as e:
                log(f"skipping {path}: {e}")
                continue
        if not isinstance(d, dict) or not d.get("code") or not isinstance(d.get("articles"), list):
            log(f"skipping {path}: not a paper source")
            continue
        arts = [clean_article(a) for a in d["articles"] if isinstance(a, dict) and a.get("id")]
        arts = [a for a in arts if a["kind"]]
        arts.sort(key=lambda a: a["id"])
        if not arts:
            continue
        name = d.get("paper") or d["code"]
        papers.append({"paper": name, "code": d["code"], "province": d.get("province") or "",
                       "publisher": d.get("publisher") or name, "articles": arts,
                       "tabloid": any(w in name for w in ("晚报", "都市", "晨报", "商报", "早报", "快报"))})
    papers.sort(key=lambda p: p["code"])
    return papers


def rank(code, salt):
    return hashlib.sha256(f"{salt}:{code}".encode("utf-8")).hexdigest()


def split_of(papers):
    """Papers in the order of sha256('split:' + code); the first ones go to test until test
    holds at least max(5, 30 % of the papers) papers and max(25, 30 % of the pages) pages."""
    n = len(papers)
    pages = {p["code"]: n_pages(p) for p in papers}
    want_papers = max(MIN_TEST_PAPERS, round(TEST_SHARE * n))
    want_pages = max(MIN_TEST_PAGES, round(TEST_SHARE * sum(pages.values())))
    test, tp = set(), 0
    for p in sorted(papers, key=lambda p: rank(p["code"], "split")):
        if len(test) >= want_papers and tp >= want_pages:
            break
        if len(test) >= n - 1:
            break
        test.add(p["code"])
        tp += pages[p["code"]]
    return {p["code"]: ("test" if p["code"] in test else "dev") for p in papers}


def units(a):
    """Rough size of an article in column lines (14 characters a line)."""
    body = sum(-(-len(p) // 14) for p in a["paragraphs"])
    head = 6 if a["headline"] else 0
    return body + head + 14 * min(2, len(a["photos"])) + (1 if a["byline"] else 0)


def n_pages(paper):
    """Pages of a paper: its own articles fill about a third of each page (the rest: a second
    printing of an article, pictures, advertisements, white space); 1 to 6 pages, at least 2
    for a paper with 3 articles or more."""
    page_units = 190 if paper["tabloid"] else 300
    total = sum(units(a) for a in paper["articles"])
    n = max(1, min(6, round(total / (FILL * page_units)), len(paper["articles"])))
    return max(n, 2) if len(paper["articles"]) >= 3 else n


def editions_of(papers):
    """Multi-page editions for the max(2, n // 4) papers whose sha256('edition:'+code) sorts first
    among the papers with at least 4 pages and 4 text articles."""
    ok = [p for p in papers if n_pages(p) >= 4 and sum(1 for a in p["articles"] if a["kind"] == "article") >= 4]
    ordered = sorted(ok, key=lambda p: rank(p["code"], "edition"))
    return {p["code"] for p in ordered[:max(2, len(papers) // 4)]}


# ------------------------------------------------------------------------------------------------
# composition

def decorate(paper, pages):
    """Front-page furniture: jumps, 今日导读, teasers (real page numbers of this paper's pages)."""
    import random
    rng = random.Random(seed_of("front", paper["code"]))
    by_no = {p["number"]: p for p in pages}

    def lead_of(p):
        t = [a for a in p["primaries"] if a["kind"] == "article" and a["headline"]]
        return max(t, key=lambda a: (article_len(a), a["id"])) if t else None

    for p in pages:
        if p["number"] != 1:
            continue
        others = [q for q in pages if q is not p]
        cands = sorted([a for a in p["primaries"] if a["kind"] == "article" and len(a["paragraphs"]) >= 2
                        and article_len(a) >= 180], key=lambda a: (-article_len(a), a["id"]))
        jumps = {}
        if p["edition"]:
            for a in cands[:rng.choice([1, 2, 2])]:
                jumps[a["id"]] = rng.choice([q["number"] for q in others])
        elif cands and rng.random() < 0.6:
            jumps[cands[0]["id"]] = rng.choice([n for n in range(2, 17) if n not in by_no] or [8])
        p["jumps"] = jumps
        idx = []
        for q in others:
            lq = lead_of(q)
            if lq:
                idx.append((lq["headline"], q["number"], lq["id"]))
        p["index"] = idx[:5] if len(idx) >= 2 else None
        tz = []
        pool = []
        for q in others:
            lq = lead_of(q)
            for a in q["primaries"]:
                if a["kind"] == "article" and a["headline"] and a is not lq:
                    pool.append((a, q["number"]))
        pool.sort(key=lambda x: seed_of(p["id"], x[0]["id"]))
        tz = pool[:rng.choice([1, 2])]
        p["teasers"] = tz


def compose_paper(paper, edition):
    P = n_pages(paper)
    pages = plan_paper(paper, edition, P)
    decorate(paper, pages)
    state = {"uses": {}, "pending": {}, "carry": []}
    out = []
    for pg in pages:
        comp = compose_page(paper, pg, state)
        out.append(comp)
    extra = 0
    while state["carry"] and extra < 2:
        used = {p["number"] for p in pages}
        n = max(used) + 1
        pid = f"{paper['code']}-e1-p{n}" if edition else f"{paper['code']}-p{n:02d}"
        pg = {"id": pid, "number": n, "date": pages[-1]["date"], "name": pages[-1]["name"] if n != 1 else "要闻",
              "primaries": [], "edition": pages[0]["edition"], "edition_pages": pages[0]["edition_pages"],
              "note_p": 0.12}
        pages.append(pg)
        out.append(compose_page(paper, pg, state))
        extra += 1
    lost = [e.art["id"] for e in state["carry"] if e.art is not None]
    return out, lost, state.get("lost_conts", [])


def check_bounds(comp):
    """Every glyph inside the page: a line drawn past the page edge is not in the PDF."""
    from textfit import text_w
    st = comp.st
    bad = []
    for f in comp.frames:
        if f.y + f.h > st.H - 4 or f.x < 0:
            bad.append(f"frame at y={f.y} h={f.h}")
        if f.kind != "text":
            continue
        for ln in f.lines:
            w = (text_w(ln.text().rstrip(), ln.spacing) + ln.indent) * f.fs
            if f.x + w > st.W - 4:
                bad.append(f"line {ln.text()[:12]!r} ends at {f.x + w:.0f} > {st.W}")
    return bad


def page_lines(comp):
    """Printed lines in reading order: [(frame_no, Line)]."""
    out = []
    for fno, f in enumerate(comp.frames):
        if f.kind != "text":
            continue
        for ln in f.lines:
            out.append((fno, ln))
    return out


# ------------------------------------------------------------------------------------------------
# printing and extraction

def chromium_print(html_path, pdf_path):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync", f"--user-data-dir={prof}",
               "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}", "file://" + os.path.abspath(html_path)]
        for attempt in range(3):
            r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=180)
            if os.path.exists(pdf_path) and os.path.getsize(pdf_path) > 0:
                return
            time.sleep(1)
        raise RuntimeError(f"chromium failed on {html_path}: {r.stderr.decode(errors='replace')[-500:]}")


def print_all(jobs_list, jobs):
    """One long-lived Chromium per worker (DevTools pipe); the command line as a fallback."""
    chunks = [jobs_list[k::max(1, jobs)] for k in range(max(1, jobs))]

    def worker(chunk):
        ch = None
        try:
            ch = Chrome()
        except Exception as e:  # noqa: BLE001
            log(f"DevTools pipe unavailable ({e}); printing with the chromium command line")
        for html_path, pdf_path in chunk:
            if ch is not None:
                try:
                    ch.print_pdf(html_path, pdf_path)
                    continue
                except Exception as e:  # noqa: BLE001
                    log(f"DevTools print failed on {html_path} ({e}); retrying with the command line")
                    try:
                        ch.close()
                    except Exception:  # noqa: BLE001
                        pass
                    ch = None
            chromium_print(html_path, pdf_path)
        if ch is not None:
            ch.close()

    with cf.ThreadPoolExecutor(len(chunks)) as ex:
        list(ex.map(worker, [c for c in chunks if c]))


def pdf_pages(pdf):
    r = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
    m = re.search(r"^Pages:\s+(\d+)", r.stdout, re.M)
    return int(m.group(1)) if m else -1


def run_text(cmd):
    r = subprocess.run(cmd, capture_output=True)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {r.stderr.decode(errors='replace')[-300:]}")
    return r.stdout.decode("utf-8")


def pdfbox_classpath():
    repo = os.path.expanduser("~/.m2/repository")

    def jars():
        pom = os.path.join(repo, f"org/apache/pdfbox/pdfbox-parent/{PDFBOX}/pdfbox-parent-{PDFBOX}.pom")
        cl = None
        if os.path.exists(pom):
            m = re.search(r"<commons-logging.version>([^<]+)<", open(pom, encoding="utf-8").read())
            cl = m.group(1) if m else None
        want = [f"org/apache/pdfbox/pdfbox/{PDFBOX}/pdfbox-{PDFBOX}.jar",
                f"org/apache/pdfbox/pdfbox-io/{PDFBOX}/pdfbox-io-{PDFBOX}.jar",
                f"org/apache/pdfbox/fontbox/{PDFBOX}/fontbox-{PDFBOX}.jar"]
        if cl:
            want.append(f"commons-logging/commons-logging/{cl}/commons-logging-{cl}.jar")
        paths = [os.path.join(repo, w) for w in want]
        return paths if cl and all(os.path.exists(p) for p in paths) else None

    cp = jars()
    if cp is None:
        log("fetching PDFBox with Maven …")
        subprocess.run(["mvn", "-q", "dependency:get", f"-Dartifact=org.apache.pdfbox:pdfbox:{PDFBOX}"], check=True)
        cp = jars()
    if cp is None:
        raise RuntimeError("PDFBox jars not found in ~/.m2")
    return os.pathsep.join(cp)


def pdfbox_run(mode, pdfs):
    cp = pdfbox_classpath()
    src = os.path.join(HERE, "PdfBoxText.java")
    for k in range(0, len(pdfs), 400):
        r = subprocess.run(["java", "-cp", cp, src, mode] + pdfs[k:k + 400], capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError(f"PdfBoxText {mode}: {r.stderr[-800:]}")


def extract_all(pdfs, jobs):
    """{pdf: {extractor: text}}"""
    out = {p: {} for p in pdfs}

    def small(p):
        return p, {"pdftotext": run_text(["pdftotext", "-enc", "UTF-8", p, "-"]),
                   "pdftotext-raw": run_text(["pdftotext", "-enc", "UTF-8", "-raw", p, "-"]),
                   "mutool": run_text(["mutool", "draw", "-q", "-F", "txt", "-o", "-", p])}

    with cf.ThreadPoolExecutor(jobs) as ex:
        for p, d in ex.map(small, pdfs):
            out[p].update(d)
    pdfbox_run("both", pdfs)
    for p in pdfs:
        base = p[:-4]
        with open(base + ".pdfbox.txt", encoding="utf-8") as f:
            out[p]["pdfbox"] = f.read()
        with open(base + ".pdfbox-sorted.txt", encoding="utf-8") as f:
            out[p]["pdfbox-sorted"] = f.read()
    return out


# ------------------------------------------------------------------------------------------------
# gold

def gold_for(comp, text, extractor, fname, split):
    lines = page_lines(comp)
    recon, stats = reconcile([(fno, [s.text for s in ln.segs]) for fno, ln in lines], text)
    acc = {}
    first = {}
    for (fno, ln), rsegs, pos in zip(lines, recon, stats["positions"]):
        for seg, rt in zip(ln.segs, rsegs):
            if seg.owner is None:
                continue
            o = seg.owner
            key = (o[0], o[1], o[2], o[3] if len(o) > 3 else 0)
            acc.setdefault(key, []).append(rt)
            if pos is not None:
                f = first.setdefault(o[0], {})
                fk = (o[1], o[2])
                f[fk] = min(f.get(fk, pos), pos)

    def get(iid, field, idx=0):
        parts = sorted(k[3] for k in acc if k[:3] == (iid, field, idx))
        if not parts:
            return None
        t = "\n".join("".join(acc[(iid, field, idx, p)]).strip() for p in parts).strip()
        return t or None

    items = []
    for it in comp.items:
        iid = id(it)
        g = {"type": it["type"]}
        for k in FIELDS:
            g[k] = get(iid, k)
        pidx = sorted({k[2] for k in acc if k[0] == iid and k[1] == "p"})
        paras, cross = [], []
        for n in pidx:
            t = get(iid, "p", n)
            if t:
                paras.append(t)
                if n in it["crosshead_idx"]:
                    cross.append(t)
        g["paragraphs"] = paras
        g["crossheads"] = cross
        g["continues_on_page"] = it["continues_on_page"]
        g["continued_from_page"] = it["continued_from_page"]
        photos = []
        for n in range(it.get("photo_count", 0)):
            cap, cred = get(iid, "caption", n), get(iid, "credit", n)
            if cap or cred:
                photos.append({"caption": cap, "credit": cred})
        g["photos"] = photos
        f = first.get(iid, {})
        if it["type"] == "teaser":
            order = f.get(("headline", 0))
        elif it["type"] == "photo":
            order = min([v for (k, _), v in f.items() if k in ("caption", "credit")], default=None)
        else:
            order = min([v for (k, _), v in f.items() if k == "p"], default=None)
            if order is None:
                order = min(f.values(), default=None)
        if order is None:
            continue  # nothing of it is printed as text
        if it["type"] == "photo" and not photos:
            continue
        items.append((order, g))
    items.sort(key=lambda x: x[0])
    pg = comp.page
    notes = (f"Generated page: {comp.paper['paper']} 第{pg['number']}版"
             f"{' (edition ' + pg['edition'] + ')' if pg['edition'] else ''}, composed from the article sources "
             f"(segmenter/corpus/sources), printed by Chromium to one PDF page, text by {extractor}. Gold made by "
             f"construction: every printed character was laid out by the generator and belongs to one field of "
             f"one item, or to the page header, a jump marker or a byline mark, which are not item text. Each "
             f"field holds exactly the characters this extractor printed ({stats['changed']} characters "
             f"reconciled on this page). Conventions: wrapped lines joined with no separator; a 编者按 box is "
             f"its own article item with column '编者按'; the 今日导读 box is an index item whose headline is "
             f"'今日导读'; photo credits are kept as printed (including 摄, /图); a continuation repeats the "
             f"headline and carries continued_from_page; items are ordered by where their body (teaser: "
             f"headline) starts in this text.")
    doc = {"source": fname, "notes": notes, "items": [g for _, g in items]}
    return doc, stats


# ------------------------------------------------------------------------------------------------
# the coverage of shared/tools/segscore.py, computed for the gold against its own text: its
# ceiling for that (page, extractor)

_MARKS = re.compile(r"[■□◎●▲◆]")
_N = r"[\d一二三四五六七八九十]+"
_JUMP = re.compile(r"[（(]\s*(?:下\s*转|上\s*接|转)\s*第\s*" + _N + r"\s*版\s*[）)]"
                   r"|(?:详\s*细\s*报\s*道\s*见|详\s*见|下\s*转|上\s*接|转)\s*第\s*" + _N + r"\s*版")


def _norm(s):
    return re.sub(r"\s+", "", _MARKS.sub("", s))


def _grams(s, n=4):
    from collections import Counter
    return Counter(s[i:i + n] for i in range(max(0, len(s) - n + 1))) if len(s) >= n else Counter([s])


def _strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from _strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from _strings(v)


def self_coverage(text, items):
    from collections import Counter
    strings = [_norm(s) for s in _strings(items)]
    joined = "".join(strings)
    out = Counter()
    for s in strings + [joined]:
        out |= _grams(s)
    tot = hit = 0
    for line in text.splitlines():
        line = _MARKS.sub("", _norm(_JUMP.sub("", line)))
        if not line or line == "编者按":
            continue
        if len(line) < 4:
            tot += 1
            hit += line in joined
            continue
        want = _grams(line)
        tot += sum(want.values())
        hit += sum((want & out).values())
    return hit / tot if tot else 1.0


# ------------------------------------------------------------------------------------------------
# main

def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)


def fix_pdf_dates(pdf):
    with open(pdf, "rb") as f:
        b = f.read()
    b = re.sub(rb"\(D:\d{14}[^)]*\)", lambda m: b"(D:20240101000000" + b" " * (len(m.group(0)) - 18) + b")", b)
    with open(pdf, "wb") as f:
        f.write(b)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="regenerate one page id (its texts and gold only)")
    ap.add_argument("--keep-pdf", help="copy every PDF (and its HTML and pictures) to this folder")
    ap.add_argument("--jobs", type=int, default=2, help="parallel Chromium/extractor processes (default 2)")
    ap.add_argument("--sources", default=os.path.join(CORPUS, "sources"), help=argparse.SUPPRESS)
    ap.add_argument("--out", default=CORPUS, help=argparse.SUPPRESS)
    ap.add_argument("--reuse-pdf", help=argparse.SUPPRESS)  # development: PDFs kept by an earlier --keep-pdf
    a = ap.parse_args()
    t0 = time.time()
    papers = load_papers(a.sources)
    if not papers:
        sys.exit(f"no paper sources in {a.sources}")
    split = split_of(papers)
    eds = editions_of(papers)
    log(f"{len(papers)} papers; test: {sorted(c for c, s in split.items() if s == 'test')}; editions: {sorted(eds)}")
    comps = []
    lost = []
    for p in papers:
        cs, l1, l2 = compose_paper(p, p["code"] in eds)
        comps += cs
        lost += [(p["code"], x) for x in l1]
        if l2:
            log(f"{p['code']}: continuations not printed: {l2}")
    for c in comps:
        for b in check_bounds(c):
            log(f"{c.page['id']}: outside the page: {b}")
    if a.only:
        comps = [c for c in comps if c.page["id"] == a.only]
        if not comps:
            sys.exit(f"no page {a.only}")
    work = tempfile.mkdtemp(prefix="segcorpus-")
    try:
        pdfs = {}
        modes = {}
        for c in comps:
            d = os.path.join(work, c.page["id"])
            os.makedirs(d)
            mode, h = render_html(c)
            modes[c.page["id"]] = mode
            write(os.path.join(d, "page.html"), h)
            for name, data in c.images.items():
                write(os.path.join(d, name), data)
            pdfs[c.page["id"]] = os.path.join(d, c.page["id"] + ".pdf")
        log(f"composed {len(comps)} pages in {time.time() - t0:.0f}s; printing with {a.jobs} job(s) …")
        todo = []
        for c in comps:
            old = os.path.join(a.reuse_pdf, c.page["id"], c.page["id"] + ".pdf") if a.reuse_pdf else None
            if old and os.path.exists(old):
                shutil.copy(old, pdfs[c.page["id"]])
            else:
                todo.append((os.path.join(work, c.page["id"], "page.html"), pdfs[c.page["id"]]))
        print_all(todo, a.jobs)
        bad = {pid: n for pid, n in ((pid, pdf_pages(p)) for pid, p in pdfs.items()) if n != 1}
        if bad:
            sys.exit(f"PDFs without exactly one page: {bad}")
        log(f"printed in {time.time() - t0:.0f}s; extracting …")
        texts = extract_all([pdfs[c.page["id"]] for c in comps], a.jobs)
        log(f"extracted in {time.time() - t0:.0f}s; reconciling …")
        out = a.out
        if not a.only:
            for s in ("dev", "test"):
                for sub in ("text", "gold"):
                    shutil.rmtree(os.path.join(out, s, sub), ignore_errors=True)
        stats = {e: {"pages": 0, "changed": 0, "chars": 0, "pieces": 0, "coverage": [], "examples": {}} for e in EXTRACTORS}
        dropped = []
        manifest = {}
        for c in comps:
            pid = c.page["id"]
            sp = split[c.paper["code"]]
            present = []
            cov = {}
            for e in EXTRACTORS:
                txt = texts[pdfs[pid]][e]
                fname = f"{pid}.{e}.txt"
                try:
                    doc, st = gold_for(c, txt, e, fname, sp)
                except Drop as ex:
                    dropped.append((pid, e, str(ex)))
                    continue
                if st["unclaimed"] > 0:
                    dropped.append((pid, e, f"{st['unclaimed']} extracted characters belong to no printed line: "
                                            f"{st['unclaimed_text']!r}"))
                    continue
                write(os.path.join(out, sp, "text", fname), txt)
                write(os.path.join(out, sp, "gold", f"{pid}.{e}.json"),
                      json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
                present.append(e)
                cov[e] = round(self_coverage(txt, doc["items"]), 4)
                s = stats[e]
                s["coverage"].append(cov[e])
                s["pages"] += 1
                s["changed"] += st["changed"]
                s["pieces"] += st["pieces"]
                for k, v in st["examples"]:
                    s["examples"][f"{k}>{v}"] = s["examples"].get(f"{k}>{v}", 0) + 1
                s["chars"] += len(st["E"])
            pg = c.page
            manifest[pid] = {
                "paper": c.paper["paper"], "code": c.paper["code"], "province": c.paper["province"], "split": sp,
                "date": pg["date"], "edition": pg["edition"], "page": pg["number"], "page_name": pg["name"],
                "size_px": [c.st.W, c.st.H], "dom_order": modes[pid],
                "articles": sorted(c.article_ids),
                "teasers": sorted(c.teaser_ids), "extractors": present, "self_coverage": cov,
                "has_photo": c.has_photo,
            }
        if a.keep_pdf:
            os.makedirs(a.keep_pdf, exist_ok=True)
            for pid, p in pdfs.items():
                shutil.copytree(os.path.dirname(p), os.path.join(a.keep_pdf, pid), dirs_exist_ok=True)
        if not a.only:
            write_pdf_samples(out, comps, pdfs, split)
            write(os.path.join(out, "manifest.json"),
                  json.dumps({"pages": manifest}, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
            counts = report(manifest, papers, stats, dropped, lost)
            update_readme(out, counts)
        else:
            report(manifest, papers, stats, dropped, lost, targets=False)
        log(f"done in {time.time() - t0:.0f}s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_pdf_samples(out, comps, pdfs, split):
    """Six PDFs for ingest tests: 3 dev, 3 test (pictures, an edition's page 1 and its
    continuation page where there is one), fixed by sorted page id."""
    d = os.path.join(out, "pdf")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    chosen = []
    for sp in ("dev", "test"):
        cs = sorted([c for c in comps if split[c.paper["code"]] == sp], key=lambda c: c.page["id"])
        pick = []
        ed1 = [c for c in cs if c.page["edition"] and c.page["number"] == 1 and c.page.get("jumps")]
        if ed1:
            p1 = ed1[0]
            pick.append(p1)
            tgt = sorted(set(p1.page["jumps"].values()))
            for c in cs:
                if c.paper is p1.paper and c.page["edition"] and c.page["number"] in tgt[:1]:
                    pick.append(c)
        for c in cs:
            if len(pick) >= 3:
                break
            if c.has_photo and c not in pick:
                pick.append(c)
        for c in cs:
            if len(pick) >= 3:
                break
            if c not in pick:
                pick.append(c)
        chosen += pick[:3]
    for c in chosen:
        dst = os.path.join(d, c.page["id"] + ".pdf")
        shutil.copy(pdfs[c.page["id"]], dst)
        fix_pdf_dates(dst)
    total = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
    log(f"pdf/: {len(chosen)} PDFs, {total / 1e6:.2f} MB")


def report(manifest, papers, stats, dropped, lost, targets=True):
    pages = list(manifest.values())
    arts = set()
    for p in pages:
        arts.update(p["articles"])
    c = {
        "pages": len(pages),
        "articles": len(arts),
        "papers": len({p["code"] for p in pages}),
        "provinces": len({p["province"] for p in pages}),
        "split": {s: {"pages": sum(1 for p in pages if p["split"] == s),
                      "papers": len({p["code"] for p in pages if p["split"] == s}),
                      "articles": len({a for p in pages if p["split"] == s for a in p["articles"]})}
                  for s in ("dev", "test")},
        "extractors": {e: {"pages": stats[e]["pages"], "reconciled_chars": stats[e]["changed"],
                           "broken_lines": stats[e]["pieces"],
                           "reconciled_examples": dict(sorted(stats[e]["examples"].items(), key=lambda x: -x[1])[:12]),
                           "self_coverage_mean": round(sum(stats[e]["coverage"]) / max(1, len(stats[e]["coverage"])), 3),
                           "self_coverage_min": min(stats[e]["coverage"], default=None),
                           "chars": stats[e]["chars"],
                           "per_split": {s: sum(1 for p in pages if p["split"] == s and e in p["extractors"])
                                         for s in ("dev", "test")}}
                       for e in EXTRACTORS},
        "editions": len({p["code"] for p in pages if p["edition"]}),
        "pages_with_photos": sum(1 for p in pages if p["has_photo"]),
        "dropped": [list(x) for x in dropped],
        "unplaced_articles": [list(x) for x in lost],
    }
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if targets:
        checks = [("pages >= 80", c["pages"] >= 80), ("distinct articles >= 120", c["articles"] >= 120),
                  ("papers >= 15", c["papers"] >= 15), ("provinces >= 6", c["provinces"] >= 6),
                  ("every extractor on >= 15 pages", all(v["pages"] >= 15 for v in c["extractors"].values())),
                  ("test >= 5 papers", c["split"]["test"]["papers"] >= 5),
                  ("test >= 25 pages", c["split"]["test"]["pages"] >= 25)]
        for name, ok in checks:
            print(f"target {'OK  ' if ok else 'MISS'} {name}")
    return c


def update_readme(out, c):
    path = os.path.join(out, "README.md")
    if not os.path.exists(path):
        return
    with open(path, encoding="utf-8") as f:
        s = f.read()
    rows = ["| | pages | papers | articles |", "|---|---:|---:|---:|",
            f"| all | {c['pages']} | {c['papers']} | {c['articles']} |"]
    for sp in ("dev", "test"):
        x = c["split"][sp]
        rows.append(f"| {sp} | {x['pages']} | {x['papers']} | {x['articles']} |")
    rows += ["", f"Provinces: {c['provinces']}. Papers with a multi-page edition: {c['editions']}. "
                 f"Pages with photos: {c['pages_with_photos']}.", "",
             "| extractor | pages (dev / test) | characters | reconciled characters | lines broken apart "
             "| gold self-coverage mean (min) |", "|---|---:|---:|---:|---:|---:|"]
    for e, v in c["extractors"].items():
        rows.append(f"| {e} | {v['pages']} ({v['per_split']['dev']} / {v['per_split']['test']}) | {v['chars']} | "
                    f"{v['reconciled_chars']} | {v['broken_lines']} | {v['self_coverage_mean']:.3f} "
                    f"({v['self_coverage_min'] or 0:.3f}) |")
    if c["dropped"]:
        rows += ["", "Dropped (page, extractor): " + "; ".join(f"{p} {e}" for p, e, _ in c["dropped"]) + "."]
    block = "<!-- counts:begin -->\n" + "\n".join(rows) + "\n<!-- counts:end -->"
    s2 = re.sub(r"<!-- counts:begin -->.*?<!-- counts:end -->", lambda m: block, s, flags=re.S)
    if s2 != s:
        with open(path, "w", encoding="utf-8") as f:
            f.write(s2)


if __name__ == "__main__":
    main()
