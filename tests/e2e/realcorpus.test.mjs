// The explorer built on articles it was not written from: the development
// set's 21 real articles (scripts/test.sh builds them). Its claims view
// shows disputes between companies and those who accuse them, and each
// side's claims open their own sentences in the reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDist, launch, openPage, DIST_DEV, ARTIFACTS } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(DIST_DEV); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The disputes on the page: title, and each side's speakers as (name, kind). */
const disputes = (page) => page.locator('section.dispute').evaluateAll((all) => all.map((d) => ({
  title: d.querySelector('h2').textContent,
  sides: ['.side-a', '.side-b'].map((s) => [...d.querySelectorAll(`${s} .card-head .tag`)].map((t) => ({
    name: t.textContent.trim(),
    kind: [...t.classList].find((c) => c.startsWith('kind-')) ?? 'plain',
  }))),
})));

test('the claims view on real coverage shows a company answering those who accuse it', async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}?view=claims`);
  await page.waitForSelector('section.dispute');
  const all = await disputes(page);
  assert.ok(all.length >= 5, `several disputes: ${all.map((d) => d.title).join(' | ')}`);
  // Parties of several kinds take part: not only countries.
  const kinds = new Set(all.flatMap((d) => d.sides.flat().map((s) => s.kind)));
  assert.ok(kinds.has('kind-company'), [...kinds].join(' '));
  assert.ok(kinds.has('kind-person'), [...kinds].join(' '));
  // A company on the answering side, someone else on the accusing side.
  const index = all.findIndex((d) => {
    const companies = new Set(d.sides[1].filter((s) => s.kind === 'kind-company').map((s) => s.name));
    return companies.size > 0 && d.sides[0].some((s) => !companies.has(s.name));
  });
  assert.ok(index >= 0, JSON.stringify(all, null, 1));
  const dispute = page.locator('section.dispute').nth(index);
  assert.match(await dispute.locator('h2').textContent(), / vs /);
  // Each side's first claim opens its own sentence, highlighted in the reader.
  for (const side of ['.side-a', '.side-b']) {
    const card = dispute.locator(`${side} .card`).first();
    const quote = (await card.locator('blockquote').textContent()).trim();
    await card.locator('.source a').click();
    await page.waitForSelector('.claim.focus');
    const focused = (await page.locator('.claim.focus').textContent()).trim();
    assert.ok(focused.endsWith(quote) || quote.endsWith(focused), `${side}: the highlighted sentence is the quoted one:\n${focused}\n${quote}`);
    await page.goBack();
    await page.waitForSelector('section.dispute');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`the claims view on real coverage, ${scheme}: desktop and phone`, async () => {
    for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
      const { page, context, problems } = await openPage(browser, { colorScheme: scheme, viewport, isMobile: name === 'phone' });
      await page.goto(`${server.base}?view=claims`);
      await page.waitForSelector('section.dispute');
      await page.screenshot({ path: join(ARTIFACTS, `dev-claims-${name}-${scheme}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no horizontal scrolling');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}
