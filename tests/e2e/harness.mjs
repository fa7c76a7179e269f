// Shared by the end-to-end tests: a static file server for dist/ under a
// sub-path (as a user would host it), and a Chromium launched the way these
// machines need (Debian's binary, no network services).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** A release build of 1,000 synthetic articles (scripts/test.sh makes it). */
export const DIST_1000 = join(ROOT, 'target/e2e/dist-1000');
/** A release build of the development set's 21 real articles (scripts/test.sh makes it). */
export const DIST_DEV = join(ROOT, 'target/e2e/dist-dev');
export const PREFIX = '/counterpoint/';
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.json': 'application/json',
};

/** Serve `dir` (dist/ by default) at PREFIX on a free loopback port; everything else is 404. */
export async function serveDist(dir = DIST) {
  // Links of up to 1 MiB, as browsers send them (Node's default is 16 KiB).
  const server = createServer({ maxHeaderSize: 1 << 20 }, async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(PREFIX)) { res.writeHead(404).end('not here'); return; }
    let rel = normalize(decodeURIComponent(url.pathname.slice(PREFIX.length))).replace(/^(\.\.[/\\])+/, '');
    if (rel === '' || rel === '.' || rel.endsWith('/')) rel = join(rel, 'index.html');
    const file = join(dir, rel);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}${PREFIX}`;
  return { base, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A page that records console errors and failed requests. A release page
 * shows its prerendered first view, inert, until the app has drawn over it
 * (src/prerender.rs): a navigation (goto, reload, Back, Forward) resolves
 * once the app is the page, as a user would wait to use it, unless
 * `{ app: false }` (a test of the prerendered view itself).
 */
export async function openPage(browser, options = {}, { app = true } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (app) {
    for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
      const navigate = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await navigate(...args);
        await page.waitForFunction(() => !document.documentElement.classList.contains('pre'));
        return response;
      };
    }
  }
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cut short because the page moved on (net::ERR_ABORTED) is not a failure.
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return { context, page, problems };
}

/** The five seed headlines, from the project's gold fixtures. */
export async function goldTitles() {
  const dir = join(ROOT, 'crates/cli/tests/fixtures/gold-seeds');
  const files = ['000_daceb23e86a3d554', '001_f7c6e1cdfe2b5073', '002_eefff6fc024a4fa0', '003_4933a735d2d921c1', '004_333d5c0228abc499'];
  const out = [];
  for (const f of files) out.push(JSON.parse(await readFile(join(dir, `${f}.json`), 'utf8')).title);
  return out;
}

/** Drag across the timeline's axis from one fraction of its width to another (0–1). */
export async function brushTimeline(page, from, to) {
  const axis = await page.locator('.tl-axis').boundingBox();
  const y = axis.y + axis.height / 2;
  await page.mouse.move(axis.x + axis.width * from, y);
  await page.mouse.down();
  await page.mouse.move(axis.x + axis.width * to, y, { steps: 5 });
  await page.mouse.up();
}
