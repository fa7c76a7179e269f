// The page half of the bench: transfer sizes, first paint against a bare
// Yew page, the longest start-up task, chip-press and keystroke latency at
// several corpus sizes, and Lighthouse. Prints one table; numbers only, no
// pass/fail (scripts/bench.sh runs it after building every dist/).
//
//   node bench/page.mjs BENCH_DIR      (BENCH_DIR holds dist-bare, dist-5, dist-1000, …)
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.cwd(), 'tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const benchDir = process.argv[2];
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };

async function serve(dir) {
  const server = createServer({ maxHeaderSize: 1 << 20 }, async (req, res) => {
    let rel = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\]|\.\.[/\\])+/, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    try {
      const body = rel === FIRST_VIEW_ONLY ? firstViewOnly(await readFile(join(dir, 'index.html'), 'utf8')) : await readFile(join(dir, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch { res.writeHead(404).end(); }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

// The page's first view with no app: the built index.html without its
// module script and the preloads for it, so the browser has the HTML, the
// stylesheet and the inline script that shows the prerendered view, and
// nothing else to do. Served beside the page (same files, same origin), it
// times what laying out and painting that view costs the browser alone:
// the floor under "list painted" and under the longest start-up task that
// no change to the app can go below.
const FIRST_VIEW_ONLY = 'first-view-only.html';
function firstViewOnly(html) {
  const out = html
    .replace(/<script type="?module"?>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*\brel="?(modulepreload|preload)"?[^>]*>/g, '');
  if (out.includes('type=module') || out.includes('type="module"') || !out.includes('id="prerender"')) throw new Error('the built page is not of the shape firstViewOnly expects');
  return out;
}

// What a visit downloads, gzipped. The analyser worker's files (the engine,
// for an article the user pastes) are fetched only when first used: they are
// counted apart, as `onDemand`; the deferred views' module (fetched once the
// first view is drawn, scripts/split.mjs) as `views`.
async function transfer(dir) {
  const out = { html: 0, css: 0, js: 0, wasm: 0, onDemand: 0, views: 0 };
  for (const f of await readdir(dir)) {
    const kind = { '.html': 'html', '.css': 'css', '.js': 'js', '.wasm': 'wasm' }[extname(f)];
    if (!kind || !(await stat(join(dir, f))).isFile()) continue;
    const size = gzipSync(await readFile(join(dir, f)), { level: 9 }).length;
    if (f.startsWith('counterpoint-analyser')) out.onDemand += size;
    else if (f.startsWith('counterpoint-views-')) out.views += size;
    else out[kind] += size;
  }
  out.total = out.html + out.css + out.js + out.wasm;
  return out;
}

// What a cold visit to `url` fetches until `selector` shows in the app's
// own view, gzipped (each file as the host would compress it): the page
// (with its prerendered first view), and for a corpus in pieces the
// snapshot files the view needs (data/). A request the page starts after
// the view is drawn (the head behind a front) is not counted.
const gzipped = new Map();
async function fetched(browser, dir, url, selector) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(PROBE, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.liveSeen !== undefined, null, { timeout: 60000 });
  const paths = await page.evaluate((origin) => {
    const before = performance.getEntriesByType('resource').filter((e) => e.startTime <= window.__bench.liveSeen).map((e) => e.name);
    return [location.href, ...before].filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname);
  }, new URL(url).origin);
  await context.close();
  let total = 0; let data = 0;
  for (const p of paths) {
    const file = join(dir, p.endsWith('/') ? `${p}index.html` : p);
    if (!gzipped.has(file)) gzipped.set(file, await readFile(file).then((b) => gzipSync(b, { level: 9 }).length, () => 0));
    total += gzipped.get(file);
    if (p.includes('/data/')) data += gzipped.get(file);
  }
  return { total, data, files: paths.length };
}

// The last article of the unfiltered list (the oldest): a deep link a
// reader might follow, whose text is in the last chunk.
async function lastArticle(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}?page=100000`);
  await page.waitForSelector('li.article');
  const href = await page.locator('li.article h2 a').last().getAttribute('href');
  await context.close();
  return new URL(href, url).href;
}

// Over the runs that produced a value (headless Chromium sometimes reports no paint entry).
const median = (xs) => { const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n === undefined ? 'n/a' : `${n.toFixed(1)} ms`);

// Recorded in the page from the first script on: when `selector` first
// appears (and the frame after, when it is painted) — in a release build
// the prerendered first view, read with the HTML (src/prerender.rs) — and
// when it first appears in the app's own view (`live`: no prerendered
// view left, the app has drawn and listens), every long task, and the
// wasm's linear memory (Trunk's loader hands over the module's exports
// when it has started; the memory is the one export that is a
// `WebAssembly.Memory`, whatever the build renamed it to).
const PROBE = (selector) => {
  window.__bench = { longtasks: [], painted: undefined, live: undefined, memory: undefined };
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__bench.memory = Object.values(e.detail?.wasm ?? {}).find((v) => v instanceof WebAssembly.Memory);
  });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longtasks.push({ at: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  const b = window.__bench;
  const painted = (key) => requestAnimationFrame(() => requestAnimationFrame(() => { b[key] = performance.now(); }));
  const seen = () => {
    if (!document.querySelector(selector)) return;
    if (b.seen === undefined) { b.seen = performance.now(); painted('painted'); }
    if (!document.getElementById('prerender')) { mo.disconnect(); b.liveSeen = performance.now(); painted('live'); }
  };
  // Watched from the document's start, as the parser adds it: a list in
  // the HTML is seen as it is read, not at DOMContentLoaded (which waits
  // for the page's module script, and came after the first paint).
  const mo = new MutationObserver(seen);
  mo.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', seen);
};

// The page's memory: the JS heap in use after a garbage collection, plus
// the wasm's linear memory (which the JS heap does not count; it never
// shrinks, so it is the most the page's Rust side has held).
async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__bench.memory?.buffer.byteLength ?? 0);
  return { heap: usedSize, wasm, total: usedSize + wasm };
}
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const mem = (m) => `${mb(m.total)} (JS heap ${mb(m.heap)}, wasm memory ${mb(m.wasm)})`;

// The app's own view drawn (the prerendered one gone) and, for a corpus in
// pieces whose front is drawn first, the head come behind it: the page is
// whole when the layout loses its `front` class.
const whole = (page) => page.waitForFunction(() => !document.getElementById('prerender') && !document.querySelector('.layout.front'), null, { timeout: 120000 });

// A slow mobile connection, as Lighthouse's mobile run simulates it: where
// the page's files, not its work, decide when the list shows.
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

async function startup(browser, url, selector, runs = 7, network = null, app = true) {
  const fcp = []; const painted = []; const live = []; let longest = 0; let mem;
  const wholeAt = []; let longestWhole = 0;
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (network) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    await page.addInitScript(PROBE, selector);
    await page.goto(url);
    if (app) {
      await page.waitForFunction(() => window.__bench.live !== undefined, null, { timeout: 120000 });
    } else {
      // No app to wait for: the paint, then long enough for any task after it.
      await page.waitForFunction(() => window.__bench.painted !== undefined, null, { timeout: 120000 });
      await page.waitForTimeout(300);
    }
    const r = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      // The first paint with the list in it: the first contentful paint
      // when the list was in the page by then (the prerendered list, read
      // with the HTML; the bare page's heading, which is its first
      // content), else the frame after it appeared.
      painted: window.__bench.seen <= (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1)
        ? performance.getEntriesByName('first-contentful-paint')[0].startTime : window.__bench.painted,
      live: window.__bench.live,
      // Every task until the app's own list is painted: the wasm started, ran and drew.
      longest: Math.max(0, ...window.__bench.longtasks.filter((t) => t.at <= (window.__bench.live ?? Infinity)).map((t) => t.duration)),
    }));
    fcp.push(r.fcp); painted.push(r.painted); live.push(r.live); longest = Math.max(longest, r.longest);
    if (!app) { await context.close(); continue; }
    // On a slow connection only the start is timed (the head of 100,000
    // articles alone takes a minute to come at 1.6 Mbps).
    if (network) { await context.close(); continue; }
    // Until the head is in behind the front (at once without one), and
    // every task until then (the page is usable throughout).
    await whole(page);
    const w = await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(() => ok({ at: performance.now(), longest: Math.max(0, ...window.__bench.longtasks.map((t) => t.duration)) }), 0))));
    wholeAt.push(w.at); longestWhole = Math.max(longestWhole, w.longest);
    if (i === runs - 1) mem = await memory(page);
    await context.close();
  }
  return { fcp: median(fcp), painted: median(painted), live: median(live), longest, whole: median(wholeAt), longestWhole, memory: mem };
}

// Time from an input to the last DOM change it causes (the DOM settled).
async function settle(page, act) {
  return page.evaluate(async (act) => {
    let last = 0;
    const mo = new MutationObserver(() => { last = performance.now(); });
    mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const t0 = performance.now();
    if (act.kind === 'chip') {
      [...document.querySelectorAll('button.chip')][act.index].click();
    } else {
      const input = document.querySelector('input[type=search]');
      input.value = act.value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    mo.disconnect();
    return Math.max(0, last - t0);
  }, act);
}

async function interaction(browser, url, presses = 40) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE, 'li.article');
  await page.goto(url);
  await page.waitForSelector('li.article');
  await page.waitForSelector('button.chip'); // the filter panel is drawn after the first paint
  await whole(page); // presses are timed on the whole corpus
  const chips = []; const keys = [];
  for (let i = 0; i < presses; i += 1) chips.push(await settle(page, { kind: 'chip', index: 0 }));
  // The first search reads the search's words: in pieces it fetches them
  // (and the texts of the results it shows), so it is timed apart, until
  // the results replace the loading state; the keystrokes after it find
  // the words here (and fetch the texts of new results they show).
  const firstSearch = await page.evaluate(async () => {
    const input = document.querySelector('input[type=search]');
    const t0 = performance.now();
    input.value = 's';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    while (document.querySelector('.waiting')) await new Promise((r) => setTimeout(r, 5));
    return performance.now() - t0;
  });
  const word = 'security talks';
  for (let i = 0; i < presses; i += 1) {
    const n = (i % word.length) + 1;
    keys.push(await settle(page, { kind: 'key', value: word.slice(0, n) }));
  }
  const after = await memory(page);
  await context.close();
  return { chipMedian: median(chips), chipP95: p95(chips), firstSearch, keyMedian: median(keys), keyP95: p95(keys), presses, memory: after };
}

// "Next →" through the list: each new page's texts are in a chunk not yet
// fetched (in pieces), so this times fetching a chunk and putting its texts
// in, until the new page's list is shown (an embedded snapshot: at once).
async function nextPages(browser, url, pages = 15) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('li.article');
  await whole(page);
  const times = [];
  for (let i = 0; i < pages; i += 1) {
    times.push(await page.evaluate(async () => {
      const first = () => document.querySelector('li.article h2 a')?.getAttribute('href');
      const before = first();
      const next = [...document.querySelectorAll('nav.pager a.button')].find((a) => a.textContent.startsWith('Next'));
      if (!next) return undefined; // one page: nothing to time
      const t0 = performance.now();
      next.click();
      await new Promise((ok) => {
        const done = () => { if (!document.querySelector('.waiting') && first() && first() !== before) { mo.disconnect(); ok(); } };
        const mo = new MutationObserver(done);
        mo.observe(document.body, { childList: true, subtree: true });
        done();
      });
      return performance.now() - t0;
    }));
  }
  await context.close();
  const timed = times.filter((t) => t !== undefined);
  return { median: median(timed), p95: timed.length ? p95(timed) : undefined, pages: timed.length };
}

async function lighthouseScores(url) {
  let lighthouse; let launcher;
  try {
    const req = createRequire(join(process.cwd(), 'bench/package.json'));
    lighthouse = (await import(req.resolve('lighthouse'))).default;
    launcher = await import(req.resolve('chrome-launcher'));
  } catch (e) {
    return { error: `lighthouse not installed (${e.message.split('\n')[0]})` };
  }
  const out = {};
  for (const form of ['desktop', 'mobile']) {
    const chrome = await launcher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
    try {
      const config = form === 'desktop' ? (await import(createRequire(join(process.cwd(), 'bench/package.json')).resolve('lighthouse/core/config/desktop-config.js'))).default : undefined;
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }, config);
      const c = r.lhr.categories;
      out[form] = ['performance', 'accessibility', 'best-practices'].map((k) => Math.round(c[k].score * 100)).join(' / ');
    } finally {
      await chrome.kill();
    }
  }
  return out;
}

const sizes = (await readdir(benchDir)).filter((d) => /^dist-\d+$/.test(d)).map((d) => Number(d.slice(5))).sort((a, b) => a - b);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const rows = [];
const bare = await serve(join(benchDir, 'dist-bare'));
const bareT = await transfer(join(benchDir, 'dist-bare'));
const bareS = await startup(browser, bare.url, 'main h1');
const bareSlow = await startup(browser, bare.url, 'main h1', 3, SLOW);
rows.push(['bare Yew 0.23 page', `transfer ${kb(bareT.total)} gzipped`, `first paint ${ms(bareS.fcp)}, content painted ${ms(bareS.painted)}; on a slow connection (1.6 Mbps, 150 ms round trips: Lighthouse's mobile network) ${ms(bareSlow.painted)}`]);
let five;
for (const n of sizes) {
  const dir = join(benchDir, `dist-${n}`);
  const s = await serve(dir);
  const t = await transfer(dir);
  const st = await startup(browser, s.url, 'li.article', n >= 10000 ? 3 : 7);
  const slow = await startup(browser, s.url, 'li.article', 3, SLOW);
  const alone = await startup(browser, `${s.url}${FIRST_VIEW_ONLY}`, 'li.article', n >= 10000 ? 3 : 7, null, false);
  const first = await fetched(browser, dir, s.url, 'li.article');
  const article = await fetched(browser, dir, await lastArticle(browser, s.url), '.reader .body');
  const it = await interaction(browser, s.url, n >= 10000 ? 30 : 40);
  const next = await nextPages(browser, s.url);
  if (n === sizes[0]) five = s.url;
  rows.push([`${n} articles`,
    `start-up transfer ${kb(first.total)} gzipped, of which snapshot files ${kb(first.data)} (${first.files} requests; page files html ${kb(t.html)}, css ${kb(t.css)}, js ${kb(t.js)}, wasm ${kb(t.wasm)}; the other views' module, after the first view, ${kb(t.views)}; analyser worker on demand ${kb(t.onDemand)})`,
    `transfer to show the last article and its claims (cold deep link) ${kb(article.total)} gzipped, of which snapshot files ${kb(article.data)}; snapshot files at start-up: ${(first.data / n).toFixed(0)} bytes per article`,
    `first paint ${ms(st.fcp)}; list painted ${ms(st.painted)} = ${(st.painted / bareS.painted).toFixed(2)}× the bare page's content paint (the prerendered list, read with the HTML); the app's own list painted ${ms(st.live)} = ${(st.live / bareS.painted).toFixed(2)}×; longest start-up task (until the app's list) ${st.longest ? ms(st.longest) : 'none over 50 ms'}; the whole corpus in (its head behind the first view) at ${ms(st.whole)}, longest task until then ${st.longestWhole ? ms(st.longestWhole) : 'none over 50 ms'}`,
    `the first view alone (its HTML and stylesheet, no app: the floor under the two above): list painted ${ms(alone.painted)} = ${(alone.painted / bareS.painted).toFixed(2)}× the bare page's content paint; longest task ${alone.longest ? ms(alone.longest) : 'none over 50 ms'}`,
    `on a slow connection (1.6 Mbps, 150 ms round trips; median of 3): list painted ${ms(slow.painted)} = ${(slow.painted / bareSlow.painted).toFixed(2)}× the bare page's; the app's own list ${ms(slow.live)}`,
    `chip press → settled DOM: median ${ms(it.chipMedian)}, p95 ${ms(it.chipP95)}; search keystroke: median ${ms(it.keyMedian)}, p95 ${ms(it.keyP95)} (${it.presses} each); the first search (in pieces: the search's words and the results' texts fetched) ${ms(it.firstSearch)}`,
    `"Next →" to a page whose texts are not fetched yet → its list shown: median ${ms(next.median)}, p95 ${ms(next.p95)} (${next.pages} pages)`,
    `memory of the page: ${mem(st.memory)} once the list is painted; ${mem(it.memory)} after the chip presses and the searches`]);
  if (n !== sizes[0]) await s.close();
}
await browser.close();
const lh = await lighthouseScores(five);
await bare.close();

console.log('\n== page ==');
for (const [name, ...cols] of rows) console.log(`${name}\n  ${cols.join('\n  ')}`);
console.log('\n== Lighthouse (performance / accessibility / best practices), the five-article build ==');
if (lh.error) console.log(`  ${lh.error}`); else for (const [k, v] of Object.entries(lh)) console.log(`  ${k}: ${v}`);
process.exit(0);
