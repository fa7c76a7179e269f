// The code a visit does not start with (the claims, reader, story,
// timeline and Analyse views, the saved articles' join, export, and for a
// corpus in pieces the reading of its head, words and chunks) is a
// second wasm module on a release build (scripts/split.mjs, src/split.rs):
// the first view (and with an embedded corpus, its chips and its search)
// works without it; the page asks for it once its first view is drawn; a
// view that needs it before it is here says "Loading this view…", and
// why, with Retry, if it cannot come; an export waits for it; a visit with
// saved articles, or in pieces one to a view the front cannot draw,
// starts with it. A function moved by mistake (one the first view runs) would
// make the glue fetch the module synchronously and log an error, which
// every test of this suite counts as a problem.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist, launch, openPage, DIST, DIST_1000, ROOT } from './harness.mjs';

const VIEWS = /counterpoint-views-[0-9a-f]{16}\.wasm$/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The page at `query`, with requests for the views' module held (`release()`) or failed (`fail = true`). */
async function withViewsHeld(dist, query = '', { fail = false } = {}) {
  const server = await serveDist(dist);
  const opened = await openPage(browser);
  const state = { asked: 0, fail, release: null, hold: null };
  let gate;
  state.hold = () => { gate = new Promise((ok) => { state.release = ok; }); };
  state.hold();
  await opened.page.route(VIEWS, async (route) => {
    state.asked += 1;
    if (state.fail) return route.abort('failed');
    await gate;
    return route.continue();
  });
  await opened.page.goto(server.base + query);
  return { ...opened, state, close: async () => { state.release(); await opened.context.close(); await server.close(); } };
}

/** The alert a page shows when the views' module could not come (it says why, with Retry). */
async function moduleFailed(page) {
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Part of the page could not be loaded/);
  return alert;
}

/** Waits (up to 5 s) for the page to ask for the views' module, held back by `withViewsHeld`. */
async function moduleAskedFor(page, state, when) {
  for (let i = 0; i < 100 && state.asked === 0; i += 1) await page.waitForTimeout(50);
  assert.ok(state.asked >= 1, `the page asked for the views' module ${when}`);
}

/** A problem the harness saw that is only the views' module's fetch failing, as the test asked. */
const moduleFetchFailed = (p) => (p.startsWith('request failed') && VIEWS.test(p.split(' ')[2])) || p.startsWith('console: Failed to load resource');

test('the release build writes the views as a second module, much smaller than the page\'s, and preloads only the page\'s', { skip: !existsSync(DIST) && `${DIST} is not built` }, () => {
  const files = readdirSync(DIST);
  const views = files.filter((f) => VIEWS.test(f));
  const page = files.filter((f) => /^counterpoint-web-[0-9a-f]+_bg\.wasm$/.test(f));
  assert.equal(views.length, 1, `one views module in dist/ (${files.join(', ')})`);
  assert.equal(page.length, 1);
  const size = (f) => gzipSync(readFileSync(join(DIST, f))).length;
  assert.ok(size(views[0]) > 5000, `the views module holds their code (${size(views[0])} bytes gzipped)`);
  assert.ok(size(views[0]) < size(page[0]), 'and is smaller than the page\'s');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.ok(!html.includes(views[0]), 'index.html does not fetch it at start-up');
});

test('five articles (embedded): the list, a chip and a search work without the views\' module; the claims view waits for it', { skip: !existsSync(DIST) && `${DIST} is not built` }, async () => {
  const { page, problems, state, close } = await withViewsHeld(DIST);
  try {
    await page.waitForSelector('li.article');
    const chip = page.locator('.facets-panel button.chip').first();
    await chip.click();
    await page.waitForFunction(() => /[?&]entity=/.test(location.search));
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    await page.locator('nav.tabs a', { hasText: 'Articles' }).click();
    await page.locator('input[type=search]').fill('security');
    await page.waitForFunction(() => /[?&]q=security/.test(location.search));
    await page.waitForSelector('li.article mark, .empty');
    // Asked for once the first view was drawn, and still held back.
    await moduleAskedFor(page, state, 'after its first view');
    await page.locator('nav.tabs a', { hasText: 'Claims' }).click();
    await page.getByText('Loading this view…').waitFor();
    assert.equal(await page.locator('section.dispute').count(), 0);
    state.release();
    await page.waitForSelector('section.dispute, .empty');
    await page.locator('nav.tabs a', { hasText: 'Timeline' }).click();
    await page.waitForSelector('.tl-plot');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

// In pieces, the head's reader is the second module's (src/deferred/pieces.rs):
// the front shows without it, and both are asked for behind the front.
test('1,000 articles (in pieces): the front shows without the views\' module; a chip waits for it (it reads the head), then filters', { skip: !existsSync(DIST_1000) && `${DIST_1000} is not built` }, async () => {
  const { page, problems, state, close } = await withViewsHeld(DIST_1000);
  try {
    await page.waitForSelector('li.article');
    await page.waitForSelector('.layout.front');
    await moduleAskedFor(page, state, 'behind its first view');
    const chip = page.locator('.facets-panel button.chip').first();
    await chip.click();
    await page.waitForFunction(() => /[?&]entity=/.test(location.search));
    await page.getByText('Loading this part of the corpus…').waitFor();
    assert.equal(await page.locator('li.article').count(), 0, 'no list but the wait while the head cannot be read');
    state.release();
    await page.waitForSelector('li.article');
    assert.equal(await page.locator('.facets-panel button.chip[aria-pressed=true]').count(), 1);
    await page.locator('input[type=search]').fill('security');
    await page.waitForFunction(() => /[?&]q=security/.test(location.search));
    await page.waitForSelector('li.article mark, .empty');
    await page.locator('nav.tabs a', { hasText: 'Claims' }).click();
    await page.waitForSelector('section.dispute, .empty');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('1,000 articles (in pieces): a cold filtered link whose module cannot come says why, and Retry brings the list', { skip: !existsSync(DIST_1000) && `${DIST_1000} is not built` }, async () => {
  const { page, problems, state, close } = await withViewsHeld(DIST_1000, '?q=security', { fail: true });
  try {
    const alert = await moduleFailed(page);
    assert.equal(await page.locator('li.article').count(), 0);
    state.fail = false;
    state.release();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.waitForSelector('li.article mark, .empty');
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(problems.filter((p) => !moduleFetchFailed(p)), [], 'nothing but the failed fetch');
  } finally {
    await close();
  }
});

test('a cold link to a deferred view whose module cannot come says why, and Retry brings it', { skip: !existsSync(DIST) && `${DIST} is not built` }, async () => {
  const { page, problems, state, close } = await withViewsHeld(DIST, '?view=timeline', { fail: true });
  try {
    const alert = await moduleFailed(page);
    assert.equal(await page.locator('.tl-plot').count(), 0);
    // The rest of the page works meanwhile: the filter panel, the tabs.
    assert.ok((await page.locator('.facets-panel button.chip').count()) > 0);
    state.fail = false;
    state.release();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.waitForSelector('.tl-plot');
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(problems.filter((p) => !moduleFetchFailed(p)), [], 'nothing but the failed fetch');
  } finally {
    await close();
  }
});

test('an export asked for before the module is here waits for it, then downloads', { skip: !existsSync(DIST) && `${DIST} is not built` }, async () => {
  const { page, problems, state, close } = await withViewsHeld(DIST, '?entity=china');
  try {
    await page.waitForSelector('li.article');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    await page.waitForFunction(() => document.querySelector('.export-status')?.textContent === 'Preparing the export…');
    state.release();
    const file = await download;
    assert.equal(file.suggestedFilename(), 'counterpoint-articles-china.json');
    const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
    assert.ok(json.articles.length > 0);
    await page.waitForFunction(() => document.querySelector('.export-status')?.textContent === '');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('a visit with saved articles starts with the module that joins them; if it cannot come, why, and Retry', { skip: !existsSync(DIST) && `${DIST} is not built` }, async () => {
  const { page, problems, state, close } = await withViewsHeld(DIST, '?view=analyse');
  try {
    state.release();
    await page.getByLabel('Article text').fill(readFileSync(join(ROOT, 'tests/e2e/fixtures/pla-indictment.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Analyse', exact: true }).click();
    await page.getByRole('button', { name: 'Add to my explorer' }).click();
    await page.waitForSelector('p.ok');
    // The next visit waits for the module, which joins it: no list
    // without the saved article meanwhile.
    state.hold();
    await page.goto(page.url().replace(/\?.*$/, ''), { waitUntil: 'commit' });
    await page.getByText('Loading your saved articles…').waitFor();
    assert.equal(await page.locator('li.article').count(), 0);
    state.release();
    await page.waitForFunction(() => document.querySelector('[aria-live=polite]')?.textContent === '6 of 6 articles');
    // And when it cannot come, why, with Retry.
    state.fail = true;
    await page.goto(page.url().replace(/\?.*$/, ''));
    const alert = await moduleFailed(page);
    assert.equal(await page.locator('li.article').count(), 0);
    state.fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction(() => document.querySelector('[aria-live=polite]')?.textContent === '6 of 6 articles');
    assert.equal(await page.locator('li.article .badge.local').count(), 1);
    assert.deepEqual(problems.filter((p) => !moduleFetchFailed(p)), [], 'nothing but the failed fetch');
  } finally {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    await close();
  }
});
