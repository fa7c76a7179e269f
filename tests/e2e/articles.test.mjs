// The article list, end to end: the release build under a sub-path, in
// Chromium, in light and dark and at phone width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openPage, goldTitles, ARTIFACTS } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launch();
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a fresh load under a sub-path shows the five headlines', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  const shown = await page.locator('li.article h2').allTextContents();
  assert.deepEqual([...shown].sort(), [...(await goldTitles())].sort());
  assert.equal(await page.locator('[aria-live=polite]').textContent(), '5 of 5 articles');
  assert.deepEqual(problems, []);
  await context.close();
});

test('each article shows its outlet and its date with precision', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  const meta = await page.locator('li.article .meta').allTextContents();
  assert.ok(meta.includes('Homeland Security News Wire · 15 Apr 2013'), meta.join('\n'));
  assert.ok(meta.includes('Computer Weekly · Jan 2026 (approx.)'), meta.join('\n'));
  assert.equal(await page.locator('time.approx').count(), 4);
  await context.close();
});

for (const [name, options] of [
  ['desktop-light', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
  ['desktop-dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['phone-light', { viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true }],
  ['phone-dark', { viewport: { width: 390, height: 844 }, colorScheme: 'dark', isMobile: true }],
]) {
  test(`articles view renders without overflow (${name})`, async () => {
    const { page, context, problems } = await openPage(browser, options);
    await page.goto(server.base);
    await page.waitForSelector('li.article');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = options.colorScheme === 'dark';
    const [r] = bg.match(/\d+/g).map(Number);
    assert.equal(r < 128, dark, `background ${bg} suits the ${options.colorScheme} scheme`);
    await page.screenshot({ path: join(ARTIFACTS, `articles-${name}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the list is reachable and usable with the keyboard', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the content');
  await page.keyboard.press('Enter');
  await page.keyboard.press('j');
  const focused = await page.evaluate(() => document.activeElement.closest('h2')?.textContent);
  assert.ok(focused && focused.length > 10, `j puts focus on the first headline (${focused})`);
  await page.keyboard.press('j');
  const second = await page.evaluate(() => document.activeElement.closest('h2')?.textContent);
  assert.notEqual(second, focused, 'j moves to the next result');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement.closest('h2')?.textContent), focused, 'k moves back');
  await context.close();
});
