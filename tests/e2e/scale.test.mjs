// A thousand articles (a synthetic corpus built by scripts/test.sh): the
// list is paged through the URL, filters go back to the first page, chip
// groups open and close, and each side of a dispute shows a bounded number
// of cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openPage, brushTimeline, DIST_1000 } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(DIST_1000); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const count = (page) => page.locator('[aria-live=polite]').textContent();
const headlines = (page) => page.locator('li.article h2').allTextContents();

test('the article list is paged through the URL and filters go back to page 1', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  assert.equal(await count(page), '1000 of 1000 articles');
  assert.equal((await headlines(page)).length, 50);
  assert.match(await page.locator('.pager-at').textContent(), /^Page 1 of 20 · 1–50$/);
  const first = await headlines(page);
  await page.getByRole('link', { name: 'Next →' }).click();
  await page.waitForFunction(() => location.search === '?page=2');
  await page.waitForFunction(() => window.scrollY === 0 && document.activeElement?.id === 'main');
  assert.match(await page.locator('.pager-at').textContent(), /^Page 2 of 20 · 51–100$/);
  assert.notDeepEqual(await headlines(page), first);
  await page.reload();
  await page.waitForSelector('li.article');
  assert.match(await page.locator('.pager-at').textContent(), /^Page 2 of 20/);
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  // The reloaded page has not fetched page 1's texts: its list shows once they are here.
  await page.waitForSelector('li.article');
  assert.deepEqual(await headlines(page), first);
  // A page past the end shows the last one; a filter goes back to page 1.
  await page.goto(`${server.base}?page=99`);
  await page.waitForSelector('li.article');
  assert.match(await page.locator('.pager-at').textContent(), /^Page 20 of 20 · 951–1000$/);
  await page.locator('.facets button.chip').first().click();
  await page.waitForFunction(() => location.search.startsWith('?entity=') && !location.search.includes('page='));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a large chip group shows its top chips until it is opened', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  const people = page.getByRole('group', { name: 'People' });
  assert.equal(await people.getByRole('button').count(), 12);
  const more = page.getByRole('button', { name: /^Show all \d+ people$/ });
  const total = Number((await more.textContent()).match(/\d+/)[0]);
  assert.ok(total > 12);
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  await more.click();
  assert.equal(await people.getByRole('button').count(), total);
  const fewer = page.getByRole('button', { name: 'Show fewer people' });
  assert.equal(await fewer.getAttribute('aria-expanded'), 'true');
  await fewer.click();
  assert.equal(await people.getByRole('button').count(), 12);
  assert.equal(new URL(page.url()).search, '', 'opening a group is not a filter');
  // The least frequent person, chosen from the open group, is shown pressed.
  await more.click();
  const last = people.getByRole('button').last();
  const name = await last.locator('.chip-name').textContent();
  await last.click();
  await page.waitForFunction(() => location.search.startsWith('?entity='));
  assert.equal(await people.locator('button[aria-pressed=true] .chip-name').textContent(), name);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each side of a dispute shows at most 25 cards and counts the rest', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.base}?view=claims`);
  await page.waitForSelector('.dispute');
  const sides = page.locator('.side');
  let capped = 0;
  for (let i = 0; i < (await sides.count()); i += 1) {
    const side = sides.nth(i);
    const cards = await side.locator('li.card').count();
    assert.ok(cards <= 25, `${cards} cards`);
    if ((await side.locator('.more').count()) > 0) {
      capped += 1;
      assert.equal(cards, 25);
      assert.match(await side.locator('.more').textContent(), /^and \d+ more on this side/);
    }
  }
  assert.ok(capped > 0, 'some side has more than 25 claims at 1,000 articles');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the timeline at 1,000 articles: counts per year, sampled threads, a brush that pages the span', async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}?view=timeline`);
  await page.waitForSelector('.tl-plot');
  // Too many articles for a mark each: a bar per year instead.
  assert.equal(await page.locator('.tl-mark').count(), 0);
  assert.ok(await page.locator('.tl-bar').count() >= 10);
  const threads = await page.locator('.tl-thread').count();
  assert.ok(threads >= 1 && threads <= 12, `${threads} threads`);
  for (const lane of await page.locator('.tl-thread svg').all()) {
    assert.ok(await lane.locator('circle').count() <= 81, 'a thread draws at most 80 claims (and its last)');
  }
  await brushTimeline(page, 0.3, 0.6);
  await page.waitForFunction(() => location.search.includes('from=') && location.search.includes('to='));
  const [shown, all] = (await count(page)).match(/\d[\d,]*/g).map((n) => Number(n.replace(/,/g, '')));
  assert.ok(shown > 0 && shown < all, `${shown} of ${all} in the span`);
  // The span's list is paged like the articles view.
  assert.ok(shown > 50, `${shown} articles in the span: more than a page`);
  await page.getByRole('link', { name: 'Next →' }).click();
  await page.waitForFunction(() => location.search.includes('page=2') && location.search.includes('view=timeline'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('export at 1,000 articles holds every page of the matches', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  const total = Number((await count(page)).match(/^[\d,]+/)[0].replace(/,/g, ''));
  assert.equal(await page.locator('li.article').count(), 50);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const data = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(data.articles.length, total);
  assert.deepEqual(problems, []);
  await context.close();
});

// The corpus in pieces (build.rs chunks a snapshot this large): what each
// view fetches, a deep link on a cold load, and a piece that fails to load.
const pieces = (page) => {
  const got = [];
  page.on('request', (r) => { const m = r.url().match(/\/data\/(cp-(?:front|head|text|words|claimwords)-[0-9a-f]{16}\.bin)$/); if (m) got.push(m[1]); });
  return got;
};

test('the first view fetches the front, the head and one text chunk; a search fetches its words, analysing every text', async () => {
  const { page, context, problems } = await openPage(browser);
  const got = pieces(page);
  const count = (kind) => got.filter((f) => f.startsWith(`cp-${kind}-`)).length;
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  // Drawn from the front; the head and the first page's texts come behind.
  await page.waitForSelector('.layout:not(.front)');
  assert.deepEqual([count('front'), count('head'), count('text')], [1, 1, 1], `${got}`);
  // The snippets are the articles' own text (the first page's chunk).
  assert.ok((await page.locator('li.article .snippet').first().textContent()).trim().length > 40);
  // A search of articles: the search's words, then the texts of the page
  // of results it shows (its snippets mark the term), not every text.
  await page.locator('#search').fill('officials');
  await page.waitForFunction(() => /^\d+ of 1000 articles$/.test(document.querySelector('[aria-live=polite]')?.textContent ?? ''));
  await page.waitForSelector('li.article .snippet mark');
  assert.equal(count('words'), 1);
  assert.ok(count('text') < 20, `the results' texts only: ${count('text')} of 20 chunks`);
  // The same search of claims: the disputed claims' words, then the texts
  // of the cards shown.
  await page.getByRole('link', { name: 'Claims', exact: true }).click();
  await page.waitForFunction(() => /^\d+ of \d+ disputes$/.test(document.querySelector('[aria-live=polite]')?.textContent ?? ''));
  await page.waitForSelector('.dispute .card mark');
  assert.deepEqual([count('words'), count('claimwords')], [1, 1]);
  assert.ok(count('text') < 20, `the cards' texts only: ${count('text')} of 20 chunks`);
  // Slowed, so the wait of analysing an article for every text can be
  // seen: it says how far it has come.
  await page.route(/\/data\/cp-text-/, async (r) => { await new Promise((ok) => setTimeout(ok, 150)); await r.continue(); });
  await page.getByRole('link', { name: 'Analyse', exact: true }).click();
  const waiting = page.locator('.waiting[role=status]');
  await waiting.waitFor();
  assert.match(await waiting.textContent(), /Loading the corpus's texts: \d+ of 20 parts/);
  assert.equal(await waiting.locator('progress').getAttribute('max'), '20');
  await waiting.waitFor({ state: 'detached' });
  assert.equal(count('text'), 20, 'every chunk, each once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link to a claim of the last article works on a cold load', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.base}?page=20`);
  const last = page.locator('li.article h2 a').last();
  const href = await last.getAttribute('href');
  await last.click();
  await page.waitForSelector('.reader .claim');
  const claim = (await page.locator('.reader .claim').last().getAttribute('id')).replace(/^claim-/, '');
  await context.close();
  const cold = await openPage(browser);
  const got = pieces(cold.page);
  await cold.page.goto(new URL(`${href}&claim=${claim}`, server.base).href);
  await cold.page.waitForSelector(`.claim.focus[id="claim-${claim}"]`);
  // The page preloads the front (what most visits show first), unused
  // here; then the head and the article's own chunk.
  assert.equal(got.length, 3, `the front, the head and the article's chunk: ${got}`);
  assert.equal(new Set(got).size, 3, `each once: ${got}`);
  assert.deepEqual(cold.problems, []);
  assert.deepEqual(problems, []);
  await cold.context.close();
});

test('a piece that fails to load says so, and Retry recovers', async () => {
  const { page, context } = await openPage(browser);
  // The head first (the front too, so the page waits for the head): the
  // page says why it cannot start. The text chunks fail from the start
  // too: the page preloads the first one, and a good preload would serve
  // the page's fetch after the Retry.
  await page.route(/\/data\/cp-front-/, (r) => r.abort());
  await page.route(/\/data\/cp-head-/, (r) => r.abort());
  await page.route(/\/data\/cp-text-/, (r) => r.abort());
  await page.goto(server.base);
  const failed = page.locator('.load-failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not be loaded/);
  await page.unroute(/\/data\/cp-head-/);
  // Then a text chunk: the view keeps its header and offers Retry.
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.waitForSelector('.load-failed p:text("Part of the corpus")');
  assert.equal(await page.locator('h1.view-title').textContent(), 'Articles');
  assert.equal(await page.locator('li.article').count(), 0);
  await page.unroute(/\/data\/cp-text-/);
  await page.locator('.load-failed').getByRole('button', { name: 'Retry' }).click();
  await page.waitForSelector('li.article');
  assert.equal(await page.locator('li.article').count(), 50);
  assert.equal(await page.locator('.load-failed').count(), 0);
  await context.close();
});

test('the front draws the first view before the head, exactly as the head does', async () => {
  // An article past the front's first page (the last of the list).
  const first = await openPage(browser);
  await first.page.goto(`${server.base}?page=20`);
  const last = new URL(await first.page.locator('li.article h2 a').last().getAttribute('href'), server.base).search;
  await first.context.close();
  const { page, context, problems } = await openPage(browser);
  // The head is held back until the test lets it go.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/\/data\/cp-head-/, async (r) => { await held; await r.continue(); });
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  await page.waitForSelector('.facets .chip');
  const drawn = () => page.evaluate(() => ['main', '.facets', 'footer'].map((s) => document.querySelector(s).innerText));
  const front = await drawn();
  assert.match(front[0], /1000 of 1000 articles/);
  assert.match(front[0], /Page 1 of 20 · 1–50/);
  assert.match(front[2], /^1000 articles · \d+ claims · \d+ disputes/);
  // A chip pressed before the head is here: the view waits for it.
  await page.locator('.facets .chip').first().click();
  await page.waitForSelector('main .waiting[role=status]');
  assert.equal(await page.locator('li.article').count(), 0);
  // Back to the first view: the front again, at once.
  await page.goBack();
  await page.waitForSelector('li.article');
  assert.deepEqual(await drawn(), front);
  // A link the front cannot read (an article past its first page), as
  // Back brings it: read once the head is here, and nothing is dropped.
  await page.evaluate((q) => { history.pushState(null, '', q); history.pushState(null, '', location.pathname); }, last);
  await page.goBack();
  await page.waitForSelector('main .waiting[role=status]');
  release();
  await page.waitForSelector('.reader');
  assert.equal(await page.evaluate(() => location.search), last);
  assert.equal(await page.locator('.notice').count(), 0);
  // And the first view from the head is the front's, to the letter.
  await page.goBack();
  await page.waitForSelector('li.article');
  assert.deepEqual(await drawn(), front);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a head that fails behind the front says so when a view needs it, and Retry recovers', async () => {
  const { page, context } = await openPage(browser);
  await page.route(/\/data\/cp-head-/, (r) => r.abort());
  await page.goto(server.base);
  await page.waitForSelector('.facets .chip');
  // The first view stands: the front drew it.
  assert.equal(await page.locator('li.article').count(), 50);
  const chip = page.locator('.facets .chip').first();
  const n = await chip.locator('.n').textContent();
  await chip.click();
  const failed = page.locator('main .load-failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /could not be loaded/);
  await page.unroute(/\/data\/cp-head-/);
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.waitForFunction((n) => document.querySelector('[aria-live=polite]')?.textContent === `${n} of 1000 articles`, n);
  // The count first, then the list once its texts are here.
  await page.waitForFunction((n) => document.querySelectorAll('li.article').length === Math.min(50, n), Number(n));
  await context.close();
});

test("a search whose words fail to load says so, and Retry finds the results", async () => {
  const { page, context } = await openPage(browser);
  await page.route(/\/data\/cp-words-/, (r) => r.abort());
  // A cold link to a search: the head, then the search's words.
  await page.goto(`${server.base}?q=officials`);
  const failed = page.locator('main .load-failed');
  await failed.waitFor();
  assert.match(await failed.textContent(), /search's index .* could not be loaded/);
  await page.unroute(/\/data\/cp-words-/);
  await failed.getByRole('button', { name: 'Retry' }).click();
  await page.waitForSelector('li.article .snippet mark');
  assert.match(await page.locator('[aria-live=polite]').textContent(), /^\d+ of 1000 articles$/);
  await context.close();
});
