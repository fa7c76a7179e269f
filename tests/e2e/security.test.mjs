// Robustness and security end to end, against the release dist/: the
// Content-Security-Policy is in force and the page works under it, no view
// reaches outside the page's origin, hostile links render the nearest view
// without running anything, a panic shows the error panel, and the page is
// usable at 200% zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, ARTIFACTS, DIST } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page that records CSP violations, dialogs and requests to other origins. */
async function guarded(options) {
  const o = await openPage(browser, options);
  const { page } = o;
  o.violations = [];
  o.dialogs = [];
  o.foreign = [];
  await page.exposeFunction('__reportViolation', (v) => o.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__reportViolation(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  page.on('dialog', async (d) => { o.dialogs.push(d.message()); await d.dismiss(); });
  const origin = new URL(server.base).origin;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) o.foreign.push(r.url());
  });
  return o;
}

const ready = (page) => page.waitForSelector('main h1, main .reader-title');

test('the built page carries a strict Content-Security-Policy', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const m = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(m, 'a CSP meta tag');
  const policy = Object.fromEntries(m[1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(policy['default-src'], ["'self'"]);
  assert.ok(policy['script-src'].includes("'wasm-unsafe-eval'"));
  assert.ok(!policy['script-src'].includes("'unsafe-inline'"), 'no unsafe-inline for scripts');
  assert.ok(!policy['script-src'].includes("'unsafe-eval'"), 'no unsafe-eval');
  assert.ok(policy['script-src'].every((s) => ["'self'", "'wasm-unsafe-eval'"].includes(s) || /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)));
  assert.deepEqual(policy['object-src'], ["'none'"]);
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the policy comes before any script');
});

test('every view works under the policy and stays on its own origin', async () => {
  const o = await guarded();
  const { page } = o;
  await page.goto(server.base);
  await ready(page);
  await page.getByRole('button', { name: /^China \d/ }).click();
  await page.waitForFunction(() => location.search.includes('entity=china'));
  await page.locator('input[type=search]').pressSequentially('cyber');
  await page.waitForFunction(() => location.search.includes('q=cyber'));
  await page.getByRole('link', { name: 'Claims' }).click();
  await page.waitForFunction(() => location.search.includes('view=claims'));
  await page.locator('.side a.result-link').first().click();
  await page.waitForSelector('.claim.focus');
  await page.goBack();
  await page.waitForFunction(() => location.search.includes('view=claims'));
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.waitForFunction(() => !location.search.includes('entity='));
  assert.deepEqual(o.violations, [], 'no CSP violation');
  assert.deepEqual(o.foreign, [], 'no request outside the page origin');
  assert.deepEqual(o.problems, []);
  await o.context.close();
});

test('the policy is enforced: an injected inline script does not run', async () => {
  const o = await guarded();
  const { page } = o;
  await page.goto(server.base);
  await ready(page);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
  });
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(await page.evaluate(() => window.__inline), undefined);
  assert.ok(o.violations.some((v) => v.startsWith('script-src')), o.violations.join('\n'));
  await o.context.close();
});

// Hostile links: [query, whether a notice must show]. Payloads set
// window.__pwned or open a dialog if they ever run.
const XSS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '</title><script>alert(1)</script>',
  '<iframe src="javascript:alert(1)">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${alert(1)}',
];
const enc = encodeURIComponent;
const HOSTILE = [
  ...['view', 'entity', 'article', 'claim', 'outlet', 'from', 'to'].flatMap((k) => XSS.slice(0, 5).map((x) => [`?${k}=${enc(x)}`, true])),
  ...XSS.map((x) => [`?q=${enc(x)}`, false]),
  ...XSS.slice(0, 3).map((x) => [`?${enc(x)}=${enc(x)}`, false]),
  ['?view=article&article=no-such-article', true],
  ['?view=article', true],
  ['?view=article&claim=nothing-1234567', true],
  ['?entity=china,china,ghost,,,', true],
  ['?entity=' + Array(5000).fill('ghost').join(','), true],
  ['?q=' + 'x'.repeat(100_000), true],
  ['?q=%', false],
  ['?q=%E2%82', false],
  ['?q=%FF%FE%00', false],
  ['?q=%00%01%1B%7F', false],
  ['?from=2026&to=2013', true],
  ['?from=2013-02-30', true],
  ['?from=99999', true],
  ['?to=-1', true],
  ['?view=claims&view=articles&view=orbit', true],
  ['?&&&=&=&view&entity&q', false],
  ['?view=%', true],
  ['?entity=%E2%80%AE' + enc('china'), true],
  ['?outlet=' + enc('../../etc/passwd'), true],
  ['?article=' + enc('http://example.com/'), true],
  ['?q=' + enc('\u202Ereversed\u200B'), false],
];

test(`${HOSTILE.length} hostile links render a view, say what they dropped, and run nothing`, async () => {
  assert.ok(HOSTILE.length >= 50);
  const o = await guarded();
  const { page } = o;
  for (const [path, notice] of HOSTILE) {
    const label = path.slice(0, 80);
    await page.goto(server.base + path);
    await ready(page);
    await page.waitForFunction(() => document.querySelector('[aria-live=polite], .reader-title'));
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `${label}: nothing ran`);
    assert.equal(await page.locator('body img, body iframe, body svg[onload], body script').count(), 0, `${label}: no element injected`);
    const notices = await page.locator('.notice li').count();
    if (notice) assert.ok(notices > 0, `${label}: a notice says what was dropped`);
    assert.ok(notices <= 6, `${label}: at most six notices (${notices})`);
    assert.ok((await page.locator('#crash').count()) === 0, `${label}: no crash`);
  }
  assert.deepEqual(o.dialogs, [], 'no dialog opened');
  assert.deepEqual(o.violations, [], 'no CSP violation');
  assert.deepEqual(o.foreign, []);
  assert.deepEqual(o.problems, [], 'no console error');
  await o.context.close();
});

test('a panic shows the error panel with a reload link, not a frozen page', async () => {
  const o = await guarded();
  const { page } = o;
  await page.goto(server.base + '?view=claims&debug=panic');
  const panel = page.getByRole('alert');
  await panel.waitFor();
  assert.match(await panel.locator('h1').textContent(), /Something went wrong/);
  assert.match(await panel.textContent(), /forced by the debug=panic key/);
  assert.ok(await panel.isVisible());
  assert.ok(o.problems.some((p) => p.includes('Counterpoint stopped')), 'the panic is logged to the console');
  const reload = panel.getByRole('link', { name: 'Reload the page' });
  assert.ok(!(await reload.getAttribute('href')).includes('debug=panic'));
  await page.screenshot({ path: join(ARTIFACTS, 'crash-panel.png') });
  await reload.click();
  await ready(page);
  assert.match(await page.locator('[aria-live=polite]').textContent(), /disputes/);
  await o.context.close();
});

test('usable at 200% zoom: no sideways scrolling, filters and results reachable', async () => {
  // A 1280 × 900 window at 200% zoom lays out like a 640 × 450 one.
  const o = await guarded({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const { page } = o;
  for (const path of ['', '?view=claims', '?view=article&article=china-u-s-to-team-up-on-cybersecurity']) {
    await page.goto(server.base + path);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${path}: no horizontal scrolling`);
  }
  await page.goto(server.base);
  await ready(page);
  await page.screenshot({ path: join(ARTIFACTS, 'articles-zoom-200.png') });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.type), 'search');
  await page.getByRole('button', { name: 'Show filters' }).click();
  await page.getByRole('button', { name: /^China \d/ }).click();
  await page.waitForFunction(() => location.search.includes('entity=china'));
  assert.deepEqual(o.problems, []);
  await o.context.close();
});
