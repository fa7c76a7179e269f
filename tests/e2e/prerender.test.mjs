// The first view is in the page's HTML (a release build renders it with the
// app's own components, src/prerender.rs): shown, inert, before the wasm has
// arrived, for a visit to the bare address only, and replaced by the app's
// own view, element for element, in the task that draws it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serveDist, launch, openPage, goldTitles, DIST, DIST_1000 } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The markup under `root`, as a comparable tree: each element's tag and
// attributes (an input's `value` is a property the app sets, an attribute
// the HTML writes), its text. Outside the prerender: the page's
// own elements in <body> (not the loader's, nor <noscript>).
const tree = (page, inPrerender) => page.evaluate((inPrerender) => {
  const of = (n) => {
    if (n.nodeType === Node.TEXT_NODE) return n.data || null;
    if (n.nodeType !== Node.ELEMENT_NODE) return null;
    const attrs = [...n.attributes].filter((a) => !(n.tagName === 'INPUT' && a.name === 'value')).map((a) => `${a.name}=${a.value}`).sort();
    // Adjacent texts as one (the app makes a text node per piece, HTML one per run).
    const kids = [];
    for (const c of [...n.childNodes].map(of)) {
      if (typeof c === 'string' && typeof kids.at(-1) === 'string') kids[kids.length - 1] += c;
      else if (c !== null) kids.push(c);
    }
    return [n.tagName, attrs, kids];
  };
  const roots = inPrerender
    ? [...document.getElementById('prerender').childNodes]
    : [...document.body.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE && !['SCRIPT', 'NOSCRIPT', 'LINK'].includes(n.tagName) && n.id !== 'prerender');
  return roots.map(of).filter((c) => c !== null);
}, inPrerender);

/** Open `url` with the page's wasm held back until `release()` is called. */
async function held(dist, query = '', options = {}, init = null) {
  const server = await serveDist(dist);
  const opened = await openPage(browser, options, { app: false });
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await opened.page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  if (init) await opened.page.addInitScript(init);
  await opened.page.goto(server.base + query, { waitUntil: 'domcontentloaded' });
  // The stylesheet applied (the HTML is read before it comes; a browser
  // paints nothing until it has, but a test could look at the page unstyled).
  await opened.page.waitForFunction(() => getComputedStyle(document.body).marginTop === '0px');
  return { ...opened, release, close: async () => { release(); await opened.context.close(); await server.close(); } };
}

for (const [name, dist, headlines] of [['five articles (embedded)', DIST, 5], ['1,000 articles (in pieces, from the front)', DIST_1000, 50]]) {
  test(`${name}: the list shows before the wasm, inert, and the app's own replaces it element for element`, { skip: !existsSync(dist) && `${dist} is not built` }, async () => {
    const { page, problems, release, close } = await held(dist);
    try {
      const pre = page.locator('#prerender');
      assert.ok(await pre.isVisible(), 'the prerendered view is shown');
      assert.equal(await pre.getAttribute('inert'), '', 'and inert');
      assert.equal(await page.locator('#prerender li.article').count(), headlines);
      if (headlines === 5) assert.deepEqual((await page.locator('#prerender li.article h2').allTextContents()).sort(), (await goldTitles()).sort());
      assert.ok(await page.locator('#prerender button.chip').count() > 0, 'with its filter panel');
      // Nothing in it takes focus: a key press before the app is here is not lost in it.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
      const before = await tree(page, true);
      release();
      await page.waitForFunction(() => !document.getElementById('prerender') && !document.documentElement.classList.contains('pre'));
      // At once: one list, the panel drawn, nothing of the prerender left.
      assert.equal(await page.locator('li.article').count(), headlines);
      assert.deepEqual(await tree(page, false), before);
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}

test('a link to another view, or no JavaScript: the prerendered list is never shown', async () => {
  for (const [query, options] of [['?view=claims', {}], ['?q=cyber', {}], ['', { javaScriptEnabled: false }]]) {
    const { page, release, close } = await held(DIST, query, options);
    try {
      const label = `${query || 'bare'}${options.javaScriptEnabled === false ? ' without JavaScript' : ''}`;
      assert.equal(await page.locator('li.article').filter({ visible: true }).count(), 0, label);
      if (options.javaScriptEnabled === false) assert.match(await page.evaluate(() => document.body.innerText), /Counterpoint needs JavaScript/, label);
      release();
    } finally {
      await close();
    }
  }
});

test('a visitor with saved articles: the app drops the prerendered list as it starts, and joins theirs', async () => {
  // Something kept for this page (here a value no version can read: the app says so).
  const { page, problems, release, close } = await held(DIST, '', {}, () => localStorage.setItem(`counterpoint.local:${location.pathname}`, 'x'));
  try {
    assert.ok(await page.locator('#prerender').isVisible(), 'shown until the app checks');
    release();
    await page.getByText('Your saved articles:').waitFor();
    assert.equal(await page.locator('#prerender').count(), 0);
    assert.equal(await page.locator('li.article').count(), 5);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the app failing to start says so, with a way to reload, instead of leaving the list inert', async () => {
  const server = await serveDist();
  const { page, context } = await openPage(browser, {}, { app: false });
  try {
    await page.route(/_bg\.wasm$/, (route) => route.abort());
    await page.goto(server.base);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Counterpoint could not start/);
    assert.equal(await page.locator('li.article').filter({ visible: true }).count(), 0, 'the inert list is hidden');
    assert.equal(await page.getByRole('link', { name: 'Reload the page' }).getAttribute('href'), server.base);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'crash');
  } finally {
    await context.close();
    await server.close();
  }
});
