"""Print HTML files to PDF with one long-lived headless Chromium per worker, driven over the
DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages ended by NUL on fds 3/4).
Starting Chromium once per page costs seconds on a loaded machine; this prints the same PDF
(Page.printToPDF with the page's CSS @page size, no header or footer)."""
import base64
import fcntl
import json
import os
import subprocess
import tempfile

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]


class Chrome:
    def __init__(self):
        self.prof = tempfile.mkdtemp(prefix="chrome-prof-")
        r_cmd, w_cmd = os.pipe()   # we write commands -> chrome reads fd 3
        r_res, w_res = os.pipe()   # chrome writes results on fd 4 -> we read
        # the child's ends move above fd 9 so that putting them on 3 and 4 cannot clobber them
        hi = []
        for fd in (r_cmd, w_res):
            hi.append(fcntl.fcntl(fd, fcntl.F_DUPFD, 10))
            os.close(fd)
        r_cmd, w_res = hi
        argv = ["chromium"] + FLAGS + [f"--user-data-dir={self.prof}", "--remote-debugging-pipe", "about:blank"]
        # the shell puts our pipe ends on the fds Chromium expects (3: commands in, 4: results out)
        self.proc = subprocess.Popen(
            ["bash", "-c", f'exec "$@" 3<&{r_cmd} 4>&{w_res} {r_cmd}<&- {w_res}>&-', "bash"] + argv,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(r_cmd, w_res))
        os.close(r_cmd)
        os.close(w_res)
        self.w = os.fdopen(w_cmd, "wb", buffering=0)
        self.r = os.fdopen(r_res, "rb", buffering=0)
        self.buf = b""
        self.n = 0
        t = self.call("Target.createTarget", {"url": "about:blank"})
        self.session = self.call("Target.attachToTarget", {"targetId": t["targetId"], "flatten": True})["sessionId"]
        self.call("Page.enable", session=True)

    def _read(self):
        while b"\0" not in self.buf:
            chunk = self.r.read(1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=False, wait_event=None):
        self.n += 1
        mid = self.n
        m = {"id": mid, "method": method, "params": params or {}}
        if session:
            m["sessionId"] = self.session
        self.w.write(json.dumps(m).encode() + b"\0")
        result, seen = None, wait_event is None
        while result is None or not seen:
            msg = self._read()
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                result = msg["result"]
            elif wait_event and msg.get("method") == wait_event:
                seen = True
        return result

    def print_pdf(self, html_path, pdf_path):
        self.call("Page.navigate", {"url": "file://" + os.path.abspath(html_path)}, session=True,
                  wait_event="Page.loadEventFired")
        r = self.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                          "displayHeaderFooter": False, "marginTop": 0, "marginBottom": 0,
                                          "marginLeft": 0, "marginRight": 0}, session=True)
        with open(pdf_path, "wb") as f:
            f.write(base64.b64decode(r["data"]))

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        import shutil
        shutil.rmtree(self.prof, ignore_errors=True)
