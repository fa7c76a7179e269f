// Beyond the corpus, end to end in Chromium against the release dist/:
// analysing an article the corpus does not hold (in the analyser worker),
// keeping it in the browser, removing it, the storage-full error; the
// timeline and its brush; JSON and CSV export of exactly what a view shows;
// the same story from two outlets side by side.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { serveDist, launch, openPage, brushTimeline, ROOT, ARTIFACTS } from './harness.mjs';

let server;
let browser;
// A wire-style report of a real event (the May 2014 US indictment of five
// PLA officers and China's denial); not one of the corpus's articles.
const ARTICLE = await readFile(join(ROOT, 'tests/e2e/fixtures/pla-indictment.txt'), 'utf8');
const TITLE = 'China denies US charges that army officers hacked American firms';
// An invented report in Markdown as a scraper writes it: YAML front matter
// (title, source, date, author, url), emphasis, links and a list.
const MARKDOWN = await readFile(join(ROOT, 'tests/e2e/fixtures/reservoir-dispute.md'), 'utf8');
const MD_TITLE = 'Valdoria accuses Kestrel Mining of poisoning the Orm reservoir';

async function drop(page, name, type, body) {
  const data = await page.evaluateHandle(([name, type, body]) => {
    const d = new DataTransfer();
    d.items.add(new File([body], name, { type }));
    return d;
  }, [name, type, body]);
  await page.dispatchEvent('#paste', 'drop', { dataTransfer: data });
}

before(async () => {
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function analyse(page) {
  await page.goto(`${server.base}?view=analyse`);
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForSelector('.preview');
}

test('a pasted article is analysed in the worker: entities, claims, links to corpus disputes', async () => {
  const { page, problems, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  // The engine is not part of the start-up download.
  assert.ok(!requests.some((p) => p.includes('analyser')), requests.join('\n'));
  await analyse(page);
  assert.ok(requests.some((p) => p.endsWith('counterpoint-analyser_bg.wasm')), 'the worker loaded on first use');
  assert.equal(await page.locator('.preview h2').textContent(), TITLE);
  const entities = await page.locator('.found-entities .tag').allTextContents();
  for (const name of ['China', 'United States', 'Eric Holder', 'Qin Gang']) assert.ok(entities.includes(name), `${name} in ${entities}`);
  const claims = await page.locator('.preview .body .claim').count();
  assert.ok(claims >= 4, `${claims} claims marked`);
  const denial = page.locator('.preview .body .claim.pol-deny');
  assert.ok(await denial.count() >= 1, 'a denial is marked');
  // Its denial meets the corpus: at least one "disputes" with a link to a corpus claim.
  const disputes = page.locator('.related li.disputes');
  assert.ok(await disputes.count() >= 1, await page.locator('.preview').textContent());
  const link = disputes.first().locator('.source a').first();
  const href = await link.getAttribute('href');
  assert.match(href, /view=article&article=.+&claim=/);
  const ms = Number(await page.locator('.preview').getAttribute('data-ms'));
  assert.ok(ms > 0, `analysis took ${ms} ms`);
  console.log(`analyse: ${ms} ms from paste to preview (first run, worker start included)`);
  // A second run, the worker warm.
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('.status')?.textContent.startsWith('Analysed'));
  console.log(`analyse: ${await page.locator('.preview').getAttribute('data-ms')} ms warm`);
  await page.screenshot({ path: join(ARTIFACTS, 'analyse-desktop-light.png'), fullPage: true });
  await link.click();
  await page.waitForSelector('.reader .claim.focus');

  assert.deepEqual(problems, []);
  await context.close();
});

test('an added article is kept across reloads, marked local everywhere, and can be removed', async () => {
  const { page, problems, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}?view=analyse`);
  await page.getByLabel('Article text').fill(ARTICLE);
  // What the user says of it: the text has no dateline or outlet.
  await page.getByLabel('Outlet').fill('Test Wire');
  await page.getByLabel('Published').fill('2014-05-20');
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForSelector('.preview');
  assert.match(await page.locator('.preview .meta').textContent(), /Test Wire · 20 May 2014/);
  await page.getByRole('button', { name: 'Add to my explorer' }).click();
  await page.waitForSelector('p.ok');
  assert.match(await page.locator('p.ok').textContent(), /Added/);
  await page.reload();
  await page.waitForSelector('.mine-list li');
  assert.equal(await page.locator('.mine-list li a').textContent(), TITLE);
  // In the article list, with its badge, and counted.
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await page.waitForSelector('li.article');
  assert.equal(await page.locator('[aria-live=polite]').textContent(), '6 of 6 articles');
  const mine = page.locator('li.article', { hasText: TITLE });
  assert.equal(await mine.locator('.badge.local').count(), 1);
  // Its entity chips filter it like any other article.
  await page.getByRole('button', { name: /^Eric Holder/ }).click();
  await page.waitForFunction(() => document.querySelector('[aria-live=polite]')?.textContent === '1 of 6 articles');
  // The reader says the link only works here; a shared link elsewhere drops it.
  await mine.locator('h2 a').click();
  await page.waitForSelector('.local-note');
  const url = page.url();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent.includes('only in this browser'));
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(url);
  await fresh.waitForSelector('.notice');
  assert.match(await fresh.locator('.notice').textContent(), /No article/);
  await other.close();
  // On the timeline, in its own colour, at its date.
  await page.goto(`${server.base}?view=timeline`);
  await page.waitForSelector('.tl-plot');
  assert.equal(await page.locator('.tl-mark').count(), 6);
  assert.equal(await page.locator('.tl-mark.local').count(), 1);
  assert.match(await page.locator('.tl-mark.local').getAttribute('aria-label'), /20 May 2014 · your article/);
  // Its claims join the corpus's disputes.
  await page.goto(`${server.base}?view=claims`);
  await page.waitForSelector('.dispute');
  assert.ok(await page.locator('.card', { hasText: 'Qin' }).count() >= 1, 'a claim of the added article in the claims view');
  assert.ok(await page.locator('.card .badge.local').count() >= 1, 'marked as the user\'s own there too');
  // Remove it from the reader: gone from every view, and after a reload.
  await page.goto(url);
  await page.getByRole('button', { name: 'Remove this article' }).click();
  await page.waitForSelector('.analyse');
  await page.reload();
  await page.waitForSelector('.mine');
  assert.equal(await page.locator('.mine-list li').count(), 0);
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  assert.equal(await page.locator('[aria-live=polite]').textContent(), '5 of 5 articles');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full storage is reported and nothing is half-saved', async () => {
  const { page, context } = await openPage(browser);
  await analyse(page);
  // Fill this origin's storage to the brim.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch {
        if (chunk.length < 64) break;
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  const before = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('counterpoint')).length);
  await page.getByRole('button', { name: 'Add to my explorer' }).click();
  await page.waitForSelector('.error[role=alert]');
  assert.match(await page.locator('.error[role=alert]').textContent(), /storage .* is full, so nothing was saved/);
  const after = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('counterpoint')).length);
  assert.equal(after, before);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.mine');
  assert.equal(await page.locator('.mine-list li').count(), 0);
  await context.close();
});

test('text with no article, and a file that is not text, get a clear message', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${server.base}?view=analyse`);
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  assert.match(await page.locator('.error[role=alert]').textContent(), /Paste an article/);
  await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
  await page.waitForFunction(() => document.querySelector('.error[role=alert]')?.textContent.includes('not a text or Markdown file'));
  // A chosen .txt file is read and analysed at once…
  await page.setInputFiles('#file', { name: 'indictment.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  await page.waitForSelector('.preview');
  assert.equal(await page.locator('.preview h2').textContent(), TITLE);
  assert.equal(await page.getByLabel('Article text').inputValue(), ARTICLE);
  // …and so is one dropped on the box (a real drop event with a File in it).
  await page.getByLabel('Article text').fill('');
  const drop = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['Talks resume in May\n\nOfficials said the talks would resume in May.\n'], 'dropped.txt', { type: 'text/plain' }));
    return d;
  });
  await page.dispatchEvent('#paste', 'drop', { dataTransfer: drop });
  await page.waitForFunction(() => document.querySelector('.preview h2')?.textContent === 'Talks resume in May');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a dropped Markdown file is read as Markdown; a saved page is left to the build, nothing lost', async () => {
  const { page, problems, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}?view=analyse`);
  await drop(page, 'reservoir-dispute.md', '', MARKDOWN);
  await page.waitForSelector('.preview');
  // The title, outlet and date come from the front matter; the markup is gone.
  assert.equal(await page.locator('.preview h2').textContent(), MD_TITLE);
  assert.match(await page.locator('.preview .meta').textContent(), /Harbour Ledger · 12 Jun 2031/);
  const body = await page.locator('.preview .body').textContent();
  assert.ok(!/[*#\[\]]|---|source:/.test(body), body);
  assert.ok(body.includes('accused Kestrel Mining of dumping tailings'), body);
  const entities = await page.locator('.found-entities .tag').allTextContents();
  for (const name of ['Kestrel Mining', 'Tomas Ekdal']) assert.ok(entities.includes(name), `${name} in ${entities}`);
  assert.ok(await page.locator('.preview .body .claim').count() >= 3, 'its claims are marked');
  assert.ok(await page.locator('.preview .body .claim.pol-deny').count() >= 1, 'the denial is marked');
  assert.ok(await page.locator('.preview .body .claim.pol-accuse').count() >= 1, 'the accusation is marked');
  // The box shows the file as it is.
  assert.equal(await page.getByLabel('Article text').inputValue(), MARKDOWN);
  // A saved web page: a clear message, and the box and the preview stay.
  await drop(page, 'saved-page.html', 'text/html', '<!doctype html><title>A page</title><p>Text.</p>');
  await page.waitForFunction(() => document.querySelector('.error[role=alert]')?.textContent.includes('saved web page'));
  assert.match(await page.locator('.error[role=alert]').textContent(), /put the file in the corpus folder and rebuild/i);
  assert.equal(await page.locator('.preview h2').textContent(), MD_TITLE);
  assert.equal(await page.getByLabel('Article text').inputValue(), MARKDOWN);
  // Added, it keeps what the file said of itself.
  await page.getByRole('button', { name: 'Add to my explorer' }).click();
  await page.waitForSelector('p.ok');
  assert.equal(await page.locator('.mine-list li a').textContent(), MD_TITLE);
  assert.deepEqual(problems, []);
  await context.close();
});

test('brushing the timeline sets from and to in the URL and narrows the list', async () => {
  const { page, problems, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}?view=timeline`);
  await page.waitForSelector('.tl-plot');
  assert.equal(await page.locator('.tl-mark').count(), 5);
  assert.ok(await page.locator('.tl-thread').count() >= 1, 'disputes drawn as threads');
  await page.screenshot({ path: join(ARTIFACTS, 'timeline-desktop-light.png'), fullPage: true });
  // Drag over the first two years (2013-2014 of 2013-2026).
  await brushTimeline(page, 0.001, 0.08);
  await page.waitForFunction(() => location.search.includes('from='));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('view'), 'timeline');
  assert.match(url.searchParams.get('from'), /^2013-01-0[1-3]$/);
  assert.match(url.searchParams.get('to'), /^2014-/);
  assert.equal(await page.locator('[aria-live=polite]').textContent(), '4 of 5 articles');
  assert.equal(await page.locator('.timeline li.article').count(), 4);
  // The axis zooms to the span: months, and only the span's articles drawn.
  assert.match(await page.locator('.tl-axis').textContent(), /^[A-Z][a-z]{2} 2013/);
  assert.equal(await page.locator('.tl-mark').count(), 4);
  // The year menus do the same from the keyboard; Back undoes.
  await page.selectOption('#tl-from', '2014');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('from') === '2014');
  await page.goBack();
  await page.waitForFunction(() => /^2013-01/.test(new URL(location.href).searchParams.get('from') ?? ''));
  await page.getByRole('link', { name: 'Clear the span' }).click();
  await page.waitForFunction(() => !location.search.includes('from='));
  assert.equal(await page.locator('[aria-live=polite]').textContent(), '5 of 5 articles');
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('export gives exactly the filtered view as JSON and CSV, with permalinks', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(`${server.base}?entity=john-kerry`);
  await page.waitForSelector('li.article');
  const shown = await page.locator('li.article').count();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  assert.equal(json.suggestedFilename(), 'counterpoint-articles-john-kerry.json');
  const data = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(data.articles.length, shown);
  for (const a of data.articles) {
    assert.ok(a.entities.some((e) => e.id === 'john-kerry'), a.title);
    assert.ok(a.permalink.startsWith(server.base + '?view=article&article='), a.permalink);
    for (const c of a.claims) assert.ok(c.permalink.includes(`claim=${c.id}`));
  }
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = await readFile(await csv.path(), 'utf8');
  const lines = text.trim().split('\r\n');
  assert.equal(lines[0], 'kind,id,article,headline,outlet,date,speaker,verb,polarity,text,dispute,side,counterclaims,permalink');
  const articleRows = lines.filter((l) => l.startsWith('article,'));
  assert.equal(articleRows.length, shown);
  const claimRows = lines.filter((l) => l.startsWith('claim,'));
  assert.equal(claimRows.length, data.articles.reduce((n, a) => n + a.claims.length, 0));
  assert.ok(articleRows.every((l) => l.includes(`${server.base}?view=article&article=`)));
  // The claims view exports its disputes' claims only.
  await page.goto(`${server.base}?view=claims&entity=china`);
  await page.waitForSelector('.dispute');
  const cards = await page.locator('.card').evaluateAll((els) => new Set(els.map((e) => e.id)).size);
  const [claims] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
  const cdata = JSON.parse(await readFile(await claims.path(), 'utf8'));
  assert.equal(cdata.articles.reduce((n, a) => n + a.claims.length, 0), cards);
  assert.ok(cdata.counterclaims.length > 0 && cdata.counterclaims.every((p) => p.permalink.includes('view=claims')));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the April 2013 working group, reported by two outlets, reads side by side', async () => {
  const { page, problems, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  // The list marks both accounts.
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  assert.equal(await page.locator('li.article .stats', { hasText: 'one of 2 accounts of this story' }).count(), 2);
  await page.goto(`${server.base}?view=article&article=china-u-s-to-team-up-on-cybersecurity`);
  await page.waitForSelector('.accounts');
  assert.match(await page.locator('.accounts').textContent(), /Also reported by Computer Weekly/);
  await page.getByRole('link', { name: 'Read side by side' }).click();
  await page.waitForSelector('.columns');
  assert.equal(new URL(page.url()).searchParams.get('view'), 'story');
  const heads = await page.locator('.account h2').allTextContents();
  assert.deepEqual(heads, ['US and China co-operate on cyber security', 'China, U.S. to team up on cybersecurity']);
  // Side by side: the two columns share a row on a wide screen.
  const [a, b] = await page.locator('.account').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  assert.equal(a, b);
  assert.ok(await page.locator('.account .claim').count() >= 4);
  await page.screenshot({ path: join(ARTIFACTS, 'story-desktop-light.png'), fullPage: true });
  // A story link for an article with no other account falls back to the reader, saying so.
  await page.goto(`${server.base}?view=story&article=uk-proposes-formal-talks-on-cyber-security-with-china`);
  await page.waitForSelector('.reader');
  assert.match(await page.locator('.notice').textContent(), /No other outlet/);
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, options] of [
  ['desktop-dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['phone-light', { viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true }],
  ['phone-dark', { viewport: { width: 390, height: 844 }, colorScheme: 'dark', isMobile: true }],
]) {
  test(`timeline, story and analyse views in ${name}: no sideways scrolling, no axe violations`, async () => {
    const { page, problems, context } = await openPage(browser, options);
    for (const [view, query, ready] of [
      ['timeline', '?view=timeline', '.tl-plot'],
      ['story', '?view=story&article=china-u-s-to-team-up-on-cybersecurity', '.columns'],
      ['analyse', '?view=analyse', '.paste'],
    ]) {
      await page.goto(server.base + query);
      await page.waitForSelector(ready);
      if (view === 'analyse') {
        await page.getByLabel('Article text').fill(ARTICLE);
        await page.getByRole('button', { name: 'Analyse', exact: true }).click();
        await page.waitForSelector('.preview');
      }
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(wide <= 0, `${view} scrolls sideways by ${wide}px`);
      const axe = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], view);
      await page.screenshot({ path: join(ARTIFACTS, `${view}-${name}.png`), fullPage: true });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('saved articles this version cannot read are set aside, not lost, and the page says so', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.goto(server.base);
  await page.waitForSelector('li.article');
  await page.evaluate(() => localStorage.setItem('counterpoint.local:/counterpoint/', 'cp0:not what this version writes'));
  await page.reload();
  await page.waitForSelector('.notice');
  assert.match(await page.locator('.notice').textContent(), /cannot be shown; they are kept in this browser under/);
  assert.equal(await page.locator('[aria-live=polite]').textContent(), '5 of 5 articles');
  const kept = await page.evaluate(() => localStorage.getItem('counterpoint.local:/counterpoint/:unreadable'));
  assert.equal(kept, 'cp0:not what this version writes');
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the analyser cannot be loaded, the page says so and keeps working', async () => {
  const { page, context } = await openPage(browser);
  await page.route('**/counterpoint-analyser*', (r) => r.abort());
  await page.goto(`${server.base}?view=analyse`);
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForSelector('.error[role=alert]');
  assert.match(await page.locator('.error[role=alert]').textContent(), /analyser/);
  // The rest of the page is unaffected.
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  await page.waitForSelector('li.article');
  await context.close();
});
