// The Switchyard dashboard (/ui). Reads two admin paths with the admin key
// as a bearer header — GET /admin/dashboard (figures over a window) and
// GET /admin/requests (the newest requests) — and draws them; it keeps
// nothing but the key, in this tab's sessionStorage, and never puts it in a
// URL. Every value from the ledger reaches the page as text (textContent),
// never as markup. Each figure also carries the exact number it shows in
// data-value, which tests/e2e/dashboard.test.mjs compares with the API.
'use strict';

(function () {
  const KEY = 'switchyard.adminKey';
  const REFRESH_MS = 5000;
  const TAIL = 50;
  const $ = (id) => document.getElementById(id);
  const byTest = (name) => document.querySelector(`[data-testid="${name}"]`);

  let timer = null;
  let charts = {};
  let lastEngines = new Map(); // provider -> {tokens, at}

  // ---- formatting -------------------------------------------------------
  const count = (n) => Number(n).toLocaleString('en-US');
  const usd = (x) => (Math.abs(x) < 1 ? `$${x.toFixed(6)}` : `$${x.toFixed(2)}`);
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const ms = (x) => x.toFixed(1);

  function setFigure(name, value, format) {
    const el = byTest(name);
    el.textContent = format(value);
    el.dataset.value = String(value);
  }

  function cell(row, text, value) {
    const td = document.createElement('td');
    td.textContent = text;
    if (value !== undefined) td.dataset.value = String(value);
    row.appendChild(td);
  }

  // Rows of `items` into the table named `name`; `columns` are
  // [format(item) → text, value(item)] pairs.
  function fillTable(name, items, columns) {
    const body = byTest(name).querySelector('tbody');
    const rows = items.map((item) => {
      const tr = document.createElement('tr');
      for (const [text, value] of columns) cell(tr, text(item), value ? value(item) : undefined);
      return tr;
    });
    if (!rows.length) {
      const tr = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = columns.length;
      td.className = 'empty';
      td.textContent = 'none in this window';
      tr.appendChild(td);
      rows.push(tr);
    }
    body.replaceChildren(...rows);
  }

  // ---- the admin API ----------------------------------------------------
  class SignedOut extends Error {}

  async function read(path) {
    const key = sessionStorage.getItem(KEY);
    if (!key) throw new SignedOut('');
    const r = await fetch(path, {
      headers: { authorization: `Bearer ${key}` },
      cache: 'no-store',
      credentials: 'omit',
    });
    let body = null;
    try {
      body = await r.json();
    } catch {
      body = null;
    }
    if (r.status === 401) throw new SignedOut(body?.error?.message ?? 'The admin key was refused.');
    if (!r.ok) throw new Error(body?.error?.message ?? `${path}: HTTP ${r.status}`);
    return body;
  }

  // ---- drawing ----------------------------------------------------------
  function chartWidth(id) {
    return Math.max(300, $(id).clientWidth || 600);
  }

  // `yValues`: how the y axis writes its ticks (uPlot's default rounds
  // amounts of a thousandth of a dollar to 0).
  function drawChart(id, series, data, yValues) {
    if (typeof uPlot === 'undefined') return; // the library failed to load: figures still show
    if (charts[id]) {
      charts[id].setData(data);
      return;
    }
    charts[id] = new uPlot(
      {
        width: chartWidth(id),
        height: 220,
        series: [{}, ...series],
        axes: [{}, yValues ? { size: 70, values: (u, ticks) => ticks.map(yValues) } : { size: 50 }],
        legend: { live: false },
      },
      data,
      $(id),
    );
  }

  function cumulative(xs) {
    let sum = 0;
    return xs.map((x) => (sum += x));
  }

  function render(d, tail) {
    const t = d.totals;
    setFigure('requests', t.requests, count);
    setFigure('served', t.served, count);
    setFigure('local', t.local, count);
    setFigure('cloud', t.cloud, count);
    setFigure('local-share', t.local_share, pct);
    setFigure('refused', t.refused, count);
    setFigure('failed', t.failed, count);
    setFigure('cost', t.cost_usd, usd);
    setFigure('counterfactual', t.counterfactual_usd, usd);
    setFigure('savings', t.savings_usd, usd);
    setFigure('savings-share', t.counterfactual_usd > 0 ? t.savings_usd / t.counterfactual_usd : 0, pct);
    setFigure('p50', d.latency.all.p50_ms, ms);
    setFigure('p99', d.latency.all.p99_ms, ms);
    setFigure('escalation-rate', d.cascade.escalation_rate, pct);
    setFigure('escalated', d.cascade.escalated, count);
    setFigure('cascades', d.cascade.runs, count);

    const s = d.series;
    const x = s.t_ms.map((v) => v / 1000);
    drawChart('chart-share', [
      { label: 'local', stroke: '#1b7f3b', fill: 'rgba(27,127,59,0.12)', width: 2 },
      { label: 'cloud', stroke: '#2463c7', fill: 'rgba(36,99,199,0.10)', width: 2 },
      { label: 'not served', stroke: '#b3261e', width: 1 },
    ], [x, s.local, s.cloud, s.not_served]);
    drawChart('chart-cost', [
      { label: 'spent', stroke: '#2463c7', width: 2, value: (u, v) => (v == null ? '' : usd(v)) },
      { label: 'all-cloud', stroke: '#8a8a8a', dash: [6, 4], width: 2, value: (u, v) => (v == null ? '' : usd(v)) },
    ], [x, cumulative(s.cost_usd), cumulative(s.counterfactual_usd)], (v) => (v === 0 ? '0' : `$${Number(v.toPrecision(2))}`));

    const sides = ['all', 'local', 'cloud', 'gateway'].map((side) => ({ side, ...d.latency[side] }));
    fillTable('latency', sides, [
      [(r) => (r.side === 'gateway' ? "gateway's own" : r.side)],
      [(r) => count(r.count), (r) => r.count],
      [(r) => ms(r.p50_ms), (r) => r.p50_ms],
      [(r) => ms(r.p90_ms), (r) => r.p90_ms],
      [(r) => ms(r.p99_ms), (r) => r.p99_ms],
      [(r) => ms(r.max_ms), (r) => r.max_ms],
    ]);
    fillTable('privacy', d.privacy.classes, [
      [(r) => r.data_class],
      ...['requests', 'local', 'cloud', 'refused', 'failed', 'redacted'].map((k) => [(r) => count(r[k]), (r) => r[k]]),
    ]);
    fillTable('refusals', d.privacy.refusals, [
      [(r) => String(r.status), (r) => r.status],
      [(r) => r.data_class],
      [(r) => r.rule],
      [(r) => count(r.requests), (r) => r.requests],
    ]);
    fillTable('entities', d.privacy.entities, [
      [(r) => r.entity],
      [(r) => count(r.findings), (r) => r.findings],
    ]);
    const top = [
      [(r) => r.name],
      [(r) => count(r.requests), (r) => r.requests],
      [(r) => count(r.served), (r) => r.served],
      [(r) => usd(r.cost_usd), (r) => r.cost_usd],
      [(r) => usd(r.savings_usd), (r) => r.savings_usd],
    ];
    fillTable('top-rules', d.top.rules.slice(0, 10), top);
    fillTable('top-teams', d.top.teams.slice(0, 10), top);
    fillTable('top-models', d.top.models.slice(0, 10), top);

    const now = Date.now();
    const engines = d.engines.map((e) => {
      const before = lastEngines.get(e.provider);
      const rate = before && now > before.at ? ((e.decoded_tokens - before.tokens) * 1000) / (now - before.at) : 0;
      return { ...e, rate: Math.max(0, rate) };
    });
    lastEngines = new Map(d.engines.map((e) => [e.provider, { tokens: e.decoded_tokens, at: now }]));
    fillTable('engines', engines, [
      [(r) => r.provider],
      [(r) => count(r.queued_requests), (r) => r.queued_requests],
      [(r) => count(r.active_sequences), (r) => r.active_sequences],
      [(r) => r.rate.toFixed(1), (r) => r.rate],
      [(r) => count(r.decoded_tokens), (r) => r.decoded_tokens],
    ]);

    fillTable('tail', tail.data, [
      [(r) => r.time.slice(11, 23), (r) => r.time],
      [(r) => r.request_id, (r) => r.request_id],
      [(r) => r.model],
      [(r) => r.team],
      [(r) => r.data_class + (r.redacted ? ' (redacted)' : '')],
      [(r) => r.rule],
      [(r) => r.deployment || '—'],
      [(r) => r.side || '—'],
      [(r) => String(r.status), (r) => r.status],
      [(r) => `${r.prompt_tokens}/${r.completion_tokens}`],
      [(r) => usd(r.cost_usd), (r) => r.cost_usd],
      [(r) => ms(r.duration_ms), (r) => r.duration_ms],
      [(r) => r.cascade],
    ]);
    for (const tr of byTest('tail').querySelectorAll('tbody tr')) {
      const status = Number(tr.children[8]?.dataset.value ?? 0);
      tr.className = status >= 400 ? 'bad' : '';
    }
  }

  // ---- the loop ---------------------------------------------------------
  async function refresh() {
    clearTimeout(timer);
    const since = $('window').value;
    const status = byTest('status');
    try {
      const [d, tail] = await Promise.all([
        read(`/admin/dashboard?since=${encodeURIComponent(since)}&buckets=60`),
        read(`/admin/requests?limit=${TAIL}&since=${encodeURIComponent(since)}`),
      ]);
      render(d, tail);
      status.textContent = `updated ${new Date().toISOString().slice(11, 19)} UTC`;
      status.dataset.loadedAt = String(Date.now());
      status.classList.remove('error');
    } catch (err) {
      if (err instanceof SignedOut) return signOut(err.message);
      status.textContent = err.message;
      status.classList.add('error');
    }
    timer = setTimeout(refresh, REFRESH_MS);
  }

  function signOut(message) {
    clearTimeout(timer);
    sessionStorage.removeItem(KEY);
    $('dashboard').hidden = true;
    $('controls').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('admin-key').value = '';
    $('admin-key').focus();
  }

  function signIn() {
    $('login').hidden = true;
    $('dashboard').hidden = false;
    $('controls').hidden = false;
    refresh();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('login-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const key = $('admin-key').value.trim();
      if (!key) return;
      sessionStorage.setItem(KEY, key);
      $('admin-key').value = '';
      $('login-error').textContent = '';
      signIn();
    });
    $('signout').addEventListener('click', () => signOut(''));
    $('window').addEventListener('change', () => {
      for (const c of Object.values(charts)) c.destroy();
      charts = {};
      for (const id of ['chart-share', 'chart-cost']) $(id).replaceChildren();
      refresh();
    });
    window.addEventListener('resize', () => {
      for (const [id, c] of Object.entries(charts)) c.setSize({ width: chartWidth(id), height: 220 });
    });
    if (sessionStorage.getItem(KEY)) signIn();
    else signOut('');
  });
})();
