// The review desk's only script: per-page upload progress, and linking source lines with items.
// Everything works without it (plain forms and #anchors).
(function () {
  'use strict';

  // --- review page: item <-> source lines ---
  function lineRanges(item) {
    return (item.dataset.lines || '').split(',').filter(Boolean).map(function (r) {
      var p = r.split('-');
      return [parseInt(p[0], 10), parseInt(p[1], 10)];
    });
  }
  function selectItem(item, scrollSource) {
    document.querySelectorAll('.item.selected').forEach(function (i) { i.classList.remove('selected'); });
    document.querySelectorAll('.source li.hl').forEach(function (l) { l.classList.remove('hl'); });
    item.classList.add('selected');
    var first = null;
    lineRanges(item).forEach(function (r) {
      for (var n = r[0]; n <= r[1]; n++) {
        var li = document.getElementById('L' + n);
        if (li) { li.classList.add('hl'); first = first || li; }
      }
    });
    if (scrollSource && first) {
      var pane = document.getElementById('source');
      pane.scrollTop = first.offsetTop - pane.offsetTop - 40;
    }
  }
  document.querySelectorAll('.item').forEach(function (item) {
    item.addEventListener('click', function (e) {
      if (e.target.closest('button, a, input, select, textarea, summary')) { return; }
      selectItem(item, true);
    });
    item.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.key === ' ') && e.target === item) { e.preventDefault(); selectItem(item, true); }
    });
  });
  document.querySelectorAll('.source a.ln').forEach(function (a) {
    a.addEventListener('click', function (e) {
      var item = document.getElementById('item-' + a.parentElement.dataset.item);
      if (!item) { return; }
      e.preventDefault();
      selectItem(item, false);
      item.scrollIntoView({ block: 'start', behavior: 'smooth' });
      item.focus({ preventScroll: true });
    });
  });
  var target = location.hash && document.querySelector(location.hash.replace(/[^#\w-]/g, ''));
  if (target && target.classList.contains('item')) { selectItem(target, true); }

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
