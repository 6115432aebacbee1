// The review desk's only script: per-page upload progress; on the review page and the review queue, selecting
// items (source lines follow), keyboard shortcuts, merge confirmation and saves in place (fetch the form post, swap
// the items' HTML). Everything works without it (plain forms, <details> and #anchors).
(function () {
  'use strict';

  // --- review page and review queue: selection, keyboard, saves in place (README "The review queue") ---
  var queueMode = !!document.querySelector('.queue');
  function $(sel, root) { return (root || document).querySelector(sel); }
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function lineRanges(item) {
    return (item.dataset.lines || '').split(',').filter(Boolean).map(function (r) {
      var p = r.split('-');
      return [parseInt(p[0], 10), parseInt(p[1], 10)];
    });
  }
  // the items j/k walk: in the queue those with flags still open, on a page every active item
  function walkable() { return all(queueMode ? '.item:not(.cleared)' : '.item:not(.withdrawn)'); }
  function selected() { return $('.item.selected'); }
  function selectItem(item, scrollSource, scrollItem) {
    all('.item.selected').forEach(function (i) { i.classList.remove('selected'); });
    all('.source li.hl').forEach(function (l) { l.classList.remove('hl'); });
    item.classList.add('selected');
    var first = null;
    lineRanges(item).forEach(function (r) {
      for (var n = r[0]; n <= r[1]; n++) {
        var li = document.getElementById('L' + n);
        if (li) { li.classList.add('hl'); first = first || li; }
      }
    });
    var pane = document.getElementById('source');
    if (scrollSource && first && pane) { pane.scrollTop = first.offsetTop - pane.offsetTop - 40; }
    if (scrollItem) { item.scrollIntoView({ block: 'start' }); }
    item.focus({ preventScroll: true });
  }
  function move(step) {
    var list = walkable();
    if (!list.length) { status('没有待核对的了。', 'ok'); return; }
    var at = list.indexOf(selected());
    if (at < 0) {
      // the first one after the selected (cleared or withdrawn) item, else the first
      var current = selected();
      at = step > 0 ? -1 : list.length;
      if (current) {
        list.some(function (it, i) {
          if (current.compareDocumentPosition(it) & Node.DOCUMENT_POSITION_FOLLOWING) { at = step > 0 ? i - 1 : i; return true; }
          return false;
        });
      }
    }
    var next = list[Math.max(0, Math.min(list.length - 1, at + step))];
    selectItem(next, true, true);
  }
  function status(text, kind) {
    var line = document.getElementById('status');
    if (!line) { return; }
    line.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'alert ' + (kind || 'ok');
    p.textContent = text;
    line.appendChild(p);
  }
  function updateCount() {
    var count = document.getElementById('queue-count');
    if (count) { count.textContent = walkable().length + ' 条稿件待核对（共 ' + count.dataset.total + ' 条）'; }
  }
  // the If-Match versions other items' forms carry for an item that just changed
  function refreshVersions(fresh) {
    var id = fresh.id.replace(/^item-/, '');
    var version = fresh.dataset.version;
    all('input[name=other_id]').forEach(function (input) {
      if (input.value === id) { input.form.querySelector('input[name=other_version]').value = version; }
    });
    all('select[name=target] option').forEach(function (o) {
      if (o.value.indexOf(id + ':') === 0) { o.value = id + ':' + version; }
    });
  }
  function showPage(doc) {
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
  }
  function swap(fragment, acted, keepOpen) {
    var line = document.getElementById('status');
    var freshStatus = fragment.querySelector('#status');
    if (line && freshStatus) { line.replaceWith(freshStatus); }
    var after = acted;
    var first = null;
    all('.item', fragment).forEach(function (fresh) {
      var old = document.getElementById(fresh.id);
      if (old) { old.replaceWith(fresh); } else if (after) { after.after(fresh); } else { return; }
      if (keepOpen && !first) { fresh.querySelector('details.more').open = true; }
      first = first || fresh;
      after = fresh;
      refreshVersions(fresh);
    });
    updateCount();
    if (!first) { return; }
    if (queueMode && first.classList.contains('cleared')) { selectItem(first, false, false); move(1); } else { selectItem(first, true, false); }
  }
  function send(form, submitter) {
    var acted = form.closest('.item');
    if (!acted) {
      var m = form.action.match(/articles\/([0-9a-f-]{36})\//);
      acted = m && document.getElementById('item-' + m[1]);
    }
    var details = acted && acted.querySelector('details.more');
    var keepOpen = details && details.open && !form.classList.contains('edit-form');
    var body = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) { body.append(submitter.name, submitter.value); }
    all('button', form).forEach(function (b) { b.disabled = true; });
    form.setAttribute('aria-busy', 'true');
    status('正在保存…', 'warn');
    fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'X-Desk-Fragment': queueMode ? 'queue' : 'review', 'Accept': 'text/html' } })
      .then(function (r) { return r.text().then(function (html) { return { ok: r.status === 200, html: html }; }); })
      .then(function (answer) {
        var doc = new DOMParser().parseFromString(answer.html, 'text/html');
        var fragment = doc.querySelector('.fragment');
        if (answer.ok && fragment) { swap(fragment, acted, keepOpen); } else { showPage(doc); }
      })
      .catch(function () {
        all('button', form).forEach(function (b) { b.disabled = false; });
        form.removeAttribute('aria-busy');
        status('网络中断，这次没有保存。请再试一次。', 'error');
      });
  }
  function confirmThen(text, ok) {
    var dialog = document.getElementById('confirm-dialog');
    if (!dialog || !dialog.showModal) { if (window.confirm(text)) { ok(); } return; }
    $('#confirm-text').textContent = text;
    dialog.returnValue = '';
    dialog.addEventListener('close', function closed() {
      dialog.removeEventListener('close', closed);
      if (dialog.returnValue === 'ok') { ok(); }
    });
    dialog.showModal();
    $('#confirm-ok').focus();
  }
  function toggleKeys() {
    var dialog = document.getElementById('keys-dialog');
    if (!dialog) { return; }
    if (dialog.open) { dialog.close(); } else { dialog.showModal(); }
  }
  function openItem(item) {
    var details = item.querySelector('details.more');
    if (details) { details.open = true; }
    return details;
  }
  function pickParagraph(item, step) {
    var ps = all('.paragraphs li', item);
    if (!ps.length) { return; }
    var at = ps.indexOf($('.paragraphs li.psel', item));
    ps.forEach(function (p) { p.classList.remove('psel'); });
    var p = ps[Math.max(0, Math.min(ps.length - 1, at < 0 ? (step > 0 ? 1 : ps.length - 1) : at + step))];
    p.classList.add('psel');
    p.scrollIntoView({ block: 'nearest' });
  }
  function splitAtSelected(item) {
    var p = $('.paragraphs li.psel', item);
    if (!p) {
      openItem(item);
      pickParagraph(item, 1);
      status('先用 ↑ ↓ 选要拆开的段落（或点一下段落），再按 s。', 'warn');
      return;
    }
    var button = $('form.split button', p);
    if (button) { button.click(); } else { status('第一段不能拆出去：请选后面的段落。', 'warn'); }
  }

  if ($('.item')) {
    all('.keys-help').forEach(function (b) { b.hidden = false; b.addEventListener('click', toggleKeys); });
    document.addEventListener('click', function (e) {
      var next = e.target.closest('#next-flag');
      if (next) { e.preventDefault(); move(1); return; }
      var p = e.target.closest('.paragraphs li');
      if (p && !e.target.closest('button, a, input, select, textarea')) {
        all('.paragraphs li.psel').forEach(function (o) { o.classList.remove('psel'); });
        p.classList.add('psel');
      }
      var item = e.target.closest('.item');
      if (item && !e.target.closest('button, a, input, select, textarea, summary')) { selectItem(item, true, false); }
      var ln = e.target.closest('.source a.ln');
      if (ln) {
        var target = document.getElementById('item-' + ln.parentElement.dataset.item);
        if (!target) { return; }
        e.preventDefault();
        selectItem(target, false, false);
        target.scrollIntoView({ block: 'start', behavior: 'smooth' });
      }
    });
    document.addEventListener('submit', function (e) {
      var form = e.target;
      if (form.method !== 'post' || !(form.closest('.item') || form.closest('#status'))) { return; }
      e.preventDefault();
      if (form.dataset.confirm) {
        confirmThen(form.dataset.confirm, function () { send(form, e.submitter); });
      } else {
        send(form, e.submitter);
      }
    });
    document.addEventListener('keydown', function (e) {
      var t = e.target;
      if (e.ctrlKey || e.metaKey || e.altKey) { return; }
      if (t.closest && t.closest('input, textarea, select, [contenteditable]')) {
        if (e.key === 'Escape' && t.closest('.item')) { t.blur(); selectItem(t.closest('.item'), false, false); }
        return;
      }
      if (document.querySelector('dialog[open]') && e.key !== '?') { return; }
      var item = selected();
      if (e.key === 'Enter' || e.key === ' ') {
        if (t.classList && t.classList.contains('item')) { e.preventDefault(); selectItem(t, true, false); }
        return;
      }
      var act = {
        j: function () { move(1); },
        k: function () { move(-1); },
        '?': toggleKeys,
        e: function () {
          var input = item && openItem(item) && $('.edit-form input[name=headline]', item);
          if (input) { input.focus(); input.select(); }
        },
        c: function () {
          var b = item && $('form.clear-flag button', item);
          if (b) { b.click(); } else if (item) { status('这一条没有可以直接核对的标记（转版标记用“连接”或“断开”处理）。', 'warn'); }
        },
        m: function () {
          var b = item && $('form.merge button', item);
          if (b) { b.click(); } else if (item) { status('这是本版最后一条，没有下一条可合并。', 'warn'); }
        },
        s: function () { if (item) { splitAtSelected(item); } },
        x: function () { var b = item && $('form.exclude button', item); if (b) { b.click(); } },
        ArrowDown: function () { if (item && $('details.more[open]', item)) { pickParagraph(item, 1); } else { return false; } },
        ArrowUp: function () { if (item && $('details.more[open]', item)) { pickParagraph(item, -1); } else { return false; } }
      }[e.key];
      if (act && act() !== false) { e.preventDefault(); }
    });
    var hashTarget = location.hash && document.querySelector(location.hash.replace(/[^#\w-]/g, ''));
    if (hashTarget && hashTarget.classList.contains('item')) { selectItem(hashTarget, true, false); }
    else if (queueMode && walkable().length) { selectItem(walkable()[0], false, false); }
    updateCount();
  }

  // --- upload page: one request per page, with progress ---
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var files = document.getElementById('files');
  var rows = document.getElementById('page-rows');
  var plain = document.getElementById('plain-numbers');
  var defaultNames = { 1: '要闻' };

  files.addEventListener('change', function () {
    var body = rows.querySelector('tbody');
    body.innerHTML = '';
    Array.prototype.forEach.call(files.files, function (f, i) {
      var guess = (f.name.match(/(\d{1,2})(?!.*\d)/) || [])[1];
      var tr = document.createElement('tr');
      tr.innerHTML = '<td class="fname"></td>' +
        '<td><input class="pnum" size="3" inputmode="numeric" required aria-label="版次"></td>' +
        '<td><input class="pname" aria-label="版名"></td>' +
        '<td class="pstate"><span class="hint">待上传</span></td>';
      tr.querySelector('.fname').textContent = f.name;
      // never a silent page 1: one file gets the edition's lowest page not yet received (shown, editable)
      var next = parseInt(form.getAttribute('data-next-page'), 10);
      var n = files.files.length === 1 && next ? next : (guess ? parseInt(guess, 10) : (next || 1) + i);
      tr.querySelector('.pnum').value = n;
      tr.querySelector('.pname').value = defaultNames[n] || '';
      body.appendChild(tr);
    });
    rows.hidden = files.files.length === 0;
    plain.hidden = files.files.length > 0;
  });

  function send(fields, state) {
    return new Promise(function (resolve) {
      var data = new FormData();
      Object.keys(fields).forEach(function (k) { data.append(k, fields[k]); });
      var xhr = new XMLHttpRequest();
      var bar = document.createElement('progress');
      bar.max = 100; bar.value = 0;
      state.innerHTML = '';
      state.appendChild(bar);
      var label = document.createElement('span');
      label.className = 'hint';
      label.textContent = ' 上传中…';
      state.appendChild(label);
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = Math.round(e.loaded * 90 / e.total); } };
      xhr.upload.onload = function () { bar.value = 90; label.textContent = ' 切分中…'; };
      xhr.onload = function () {
        var answer;
        try { answer = JSON.parse(xhr.responseText); } catch (err) { answer = { ok: false, message: '服务器没有给出可读的答复（HTTP ' + xhr.status + '）' }; }
        bar.value = 100;
        state.innerHTML = '';
        var p = document.createElement('span');
        p.className = 'page-result ' + (answer.ok ? 'ok' : 'error');
        p.textContent = (answer.ok ? '✓ ' : '✗ ') + answer.message;
        state.appendChild(p);
        if (answer.review_url) {
          var a = document.createElement('a');
          a.href = answer.review_url; a.textContent = ' 审阅'; a.className = 'review-link';
          state.appendChild(a);
        }
        resolve(answer.ok);
      };
      xhr.onerror = function () {
        state.textContent = '✗ 网络中断，本版没有上传，请重试';
        resolve(false);
      };
      xhr.open('POST', '/desk/upload/page');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.send(data);
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var common = { csrf: form.csrf.value, paper: form.paper.value, date: form.date.value,
      replace: document.getElementById('replace').checked ? 'yes' : '',
      identical: document.getElementById('identical').checked ? 'yes' : '' };
    var jobs = [];
    rows.querySelectorAll('tbody tr').forEach(function (tr, i) {
      jobs.push(function () {
        return send(Object.assign({}, common, { number: tr.querySelector('.pnum').value,
          page_name: tr.querySelector('.pname').value, file: files.files[i] }), tr.querySelector('.pstate'));
      });
    });
    var text = form.paste_text.value;
    if (text.trim()) {
      var state = document.getElementById('paste-progress');
      state.hidden = false;
      jobs.push(function () {
        return send(Object.assign({}, common, { number: form.paste_number.value, page_name: form.paste_name.value,
          text: text }), state);
      });
    }
    // one page after the other: the server segments and stores each page in turn
    jobs.reduce(function (chain, job) { return chain.then(job); }, Promise.resolve()).then(function () {
      var link = document.getElementById('edition-link');
      link.href = '/desk/editions/' + encodeURIComponent(common.paper) + '/' + encodeURIComponent(common.date);
      link.hidden = false;
    });
  });
})();
