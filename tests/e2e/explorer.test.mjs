// The explorer end to end: every URL key on a fresh load, chips and
// history, search as you type, the reader's deep links, the claims view and
// its source links, Copy link, the keyboard, and axe on every view in light
// and dark. Against the release dist/ served under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serveDist, launch, openPage, ARTIFACTS } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const count = (page) => page.locator('[aria-live=polite]').textContent();
const articles = (page) => page.locator('li.article h2').allTextContents();
const query = (page) => new URL(page.url()).search;

async function fresh(path, options) {
  const o = await openPage(browser, options);
  await o.page.goto(server.base + path);
  await o.page.waitForSelector('main h1, main .reader-title');
  return o;
}

test('every URL key works on a fresh load', async () => {
  const cases = [
    ['?view=claims', async (p) => assert.match(await count(p), /^\d+ of \d+ disputes$/)],
    ['?entity=mandiant', async (p) => assert.equal(await count(p), '1 of 5 articles')],
    ['?q=embassy', async (p) => {
      assert.equal(await count(p), '1 of 5 articles');
      assert.equal(await p.locator('input[type=search]').inputValue(), 'embassy');
      assert.ok((await p.locator('li.article mark').count()) > 0);
    }],
    ['?view=article&article=china-us-cyber-security-talks-make-progress', async (p) =>
      assert.equal(await p.locator('h1.reader-title').textContent(), 'China-US cyber security talks make progress')],
    ['?outlet=computer-weekly', async (p) => assert.equal(await count(p), '3 of 5 articles')],
    ['?from=2013&to=2013', async (p) => assert.equal(await count(p), '4 of 5 articles')],
    ['?from=2026-01-01', async (p) => assert.equal(await count(p), '1 of 5 articles')],
  ];
  for (const [path, check] of cases) {
    const { page, context, problems } = await fresh(path);
    await check(page);
    assert.equal(await page.locator('.notice').count(), 0, `${path}: no notice`);
    assert.deepEqual(problems, [], path);
    await context.close();
  }
});

test('a chip filters, writes the URL, survives a reload, and Back undoes it', async () => {
  const { page, context } = await fresh('');
  const before = await articles(page);
  const chip = page.getByRole('button', { name: /^Mandiant/ });
  await chip.click();
  await page.waitForFunction(() => location.search === '?entity=mandiant');
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  const filtered = await articles(page);
  assert.equal(filtered.length, 1);
  await page.reload();
  await page.waitForSelector('li.article');
  assert.deepEqual(await articles(page), filtered, 'the same view after a reload');
  assert.equal(await page.getByRole('button', { name: /^Mandiant/ }).getAttribute('aria-pressed'), 'true');
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.deepEqual(await articles(page), before, 'Back restores the previous view');
  await page.goForward();
  await page.waitForFunction(() => location.search === '?entity=mandiant');
  assert.deepEqual(await articles(page), filtered, 'Forward again');
  await context.close();
});

test('links change the view in place; a modified click is left to the browser', async () => {
  const { page, context } = await fresh('');
  await page.evaluate(() => { window.__samePage = true; });
  // A plain click on a tag link (a real href) filters without a reload.
  const tag = page.locator('li.article p.tags a').first();
  const name = await tag.textContent();
  const href = await tag.getAttribute('href');
  assert.match(href, /^\?entity=/);
  await tag.click();
  await page.waitForFunction((h) => location.search === h, href);
  assert.equal(await page.evaluate(() => window.__samePage), true, 'no reload');
  assert.equal(await page.locator('button.chip[aria-pressed=true] .chip-name').first().textContent(), name);
  // Back is the view before it, still without a reload.
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
  assert.equal(await page.evaluate(() => window.__samePage), true);
  // Ctrl+click opens the link's view in a new tab and leaves this one alone.
  const [tab] = await Promise.all([context.waitForEvent('page'), page.locator('nav.tabs a', { hasText: 'Claims' }).click({ modifiers: ['Control'] })]);
  await tab.waitForLoadState();
  assert.equal(new URL(tab.url()).search, '?view=claims');
  assert.equal(query(page), '');
  await context.close();
});

test('two chips narrow to articles involving both; Clear filters resets', async () => {
  const { page, context } = await fresh('');
  await page.getByRole('button', { name: /^China \d/ }).click();
  await page.getByRole('button', { name: /^United States \d/ }).click();
  await page.waitForFunction(() => location.search === '?entity=china,united-states');
  assert.equal(await count(page), '4 of 5 articles');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForFunction(() => location.search === '');
  assert.equal(await count(page), '5 of 5 articles');
  await context.close();
});

test('search filters as you type without flooding the history', async () => {
  const { page, context } = await fresh('');
  const length = await page.evaluate(() => history.length);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await page.keyboard.type('embas', { delay: 30 });
  await page.waitForFunction(() => location.search === '?q=embas');
  assert.equal(await count(page), '1 of 5 articles');
  assert.equal(await page.evaluate(() => history.length), length, 'typing replaces the entry');
  const marks = await page.locator('li.article mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === 'embas'), marks.join());
  // Esc leaves the box and keeps the search: box, URL and list agree.
  await page.keyboard.press('Escape');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'search');
  assert.equal(await page.inputValue('input[type=search]'), 'embas');
  assert.equal(await page.evaluate(() => location.search), '?q=embas');
  await page.fill('input[type=search]', 'nothing-matches-this');
  await page.waitForSelector('.empty');
  assert.match(await page.locator('.empty').textContent(), /Nothing matches the search “nothing-matches-this”/);
  await page.locator('.empty').getByRole('link', { name: 'Clear filters' }).click();
  await page.waitForFunction(() => location.search === '');
  await context.close();
});

test('the claims view pairs claims with counterclaims, and source links open the sentence', async () => {
  const { page, context, problems } = await fresh('?view=claims');
  const disputes = page.locator('section.dispute');
  assert.ok((await disputes.count()) >= 2);
  const first = disputes.first();
  assert.ok((await first.locator('.side-a .card').count()) > 0);
  assert.ok((await first.locator('.side-b .card').count()) > 0);
  const card = first.locator('.side-b .card').first();
  for (const part of ['.badge', 'blockquote', '.card-head']) assert.equal(await card.locator(part).count(), 1, part);
  const quote = (await card.locator('blockquote').textContent()).trim();
  await card.locator('.source a').click();
  await page.waitForSelector('.claim.focus');
  assert.match(query(page), /view=article/);
  assert.match(query(page), /claim=/);
  const focused = (await page.locator('.claim.focus').textContent()).trim();
  assert.ok(focused.endsWith(quote), `the highlighted sentence is the quoted one:\n${focused}\n${quote}`);
  const inView = await page.locator('.claim.focus').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  assert.ok(inView, 'scrolled into view');
  await page.getByRole('link', { name: '← Back to the results' }).click();
  await page.waitForSelector('li.article');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chip narrows the claims view to disputes involving that entity', async () => {
  const { page, context } = await fresh('?view=claims');
  const all = await page.locator('section.dispute').count();
  await page.getByRole('button', { name: /^Robert Hormats/ }).click();
  await page.waitForFunction(() => location.search.includes('entity=robert-hormats'));
  const some = await page.locator('section.dispute').count();
  assert.ok(some >= 1 && some < all, `${some} of ${all}`);
  await context.close();
});

test('Copy link copies the current URL and says so', async () => {
  const { page, context } = await fresh('?view=claims&entity=china', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('.copy-status').textContent === 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await context.close();
});

test('a mangled link shows the nearest view and a dismissible notice', async () => {
  const { page, context, problems } = await fresh('?view=nope&entity=china,ghost&from=2030&to=2013&article=zzz');
  const notes = await page.locator('.notice li').allTextContents();
  assert.equal(notes.length, 4, notes.join('\n'));
  assert.ok(notes.some((n) => n.includes('swapped')), notes.join('\n'));
  assert.equal(await count(page), '5 of 5 articles', 'China, 2013 to 2030');
  assert.equal(await page.getByRole('button', { name: /^China \d/ }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.locator('.notice').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: tabs, chips and the reader', async () => {
  const { page, context } = await fresh('');
  // Reach the Claims tab by keyboard and open it.
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.textContent === 'Claims')) break;
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search === '?view=claims');
  // A chip toggles with Space.
  await page.getByRole('button', { name: /^China \d/ }).focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.search.includes('entity=china'));
  // j reaches a source link, Enter opens the reader on that claim.
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.claim.focus');
  await context.close();
});

const VIEWS = [
  ['articles', ''],
  ['articles-filtered', '?entity=china&q=cyber'],
  ['claims', '?view=claims'],
  ['reader', '?view=article&article=china-u-s-to-team-up-on-cybersecurity'],
];
for (const scheme of ['light', 'dark']) {
  for (const [name, path] of VIEWS) {
    test(`axe finds no violations: ${name}, ${scheme}`, async () => {
      const { page, context } = await fresh(path, { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const result = await new AxeBuilder({ page }).analyze();
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
      await page.screenshot({ path: join(ARTIFACTS, `${name}-desktop-${scheme}.png`) });
      const phone = await browser.newContext({ colorScheme: scheme, viewport: { width: 390, height: 844 }, isMobile: true });
      const pp = await phone.newPage();
      await pp.goto(server.base + path);
      await pp.waitForSelector('main h1, main .reader-title');
      await pp.screenshot({ path: join(ARTIFACTS, `${name}-phone-${scheme}.png`) });
      const overflow = await pp.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no horizontal scrolling at phone width');
      await phone.close();
      assert.deepEqual(found, []);
      await context.close();
    });
  }
}
