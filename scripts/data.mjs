// Trunk post-build hook: put a large corpus's snapshot files next to the page.
//
// Above a size (counterpoint_core::chunks::EMBED_LIMIT) build.rs does not
// embed the snapshot in the wasm: it writes a head and text chunks, named by
// their content's hash, into <target>/counterpoint-data/<head name>/, and the
// page's wasm holds only the head's name ("data/cp-head-<hash>.bin"). This
// hook reads that name out of the built wasm, so the files copied are
// exactly the ones that page will fetch, and copies their folder to data/
// in the page's folder, and has the page preload what its first view
// fetches. A page with an embedded snapshot names no head, and nothing is
// copied. It runs after shrink.mjs and csp.mjs (one hook, Trunk.toml): it
// reads the wasm they rewrite and writes the index.html they rewrite.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error('data.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)');
  process.exit(1);
}
const target = process.env.CARGO_TARGET_DIR
  ? (isAbsolute(process.env.CARGO_TARGET_DIR) ? process.env.CARGO_TARGET_DIR : join(source, process.env.CARGO_TARGET_DIR))
  : join(source, 'target');

const heads = new Set();
for (const f of readdirSync(staging).filter((f) => f.endsWith('.wasm'))) {
  const text = readFileSync(join(staging, f)).toString('latin1');
  for (const [, name] of text.matchAll(/data\/(cp-head-[0-9a-f]{16})\.bin/g)) heads.add(name);
}
if (heads.size > 1) {
  console.error(`data.mjs: the built wasm names ${heads.size} snapshot heads (${[...heads].join(', ')}); expected one`);
  process.exit(1);
}
for (const head of heads) {
  const from = join(target, 'counterpoint-data', head);
  if (!existsSync(join(from, `${head}.bin`))) {
    console.error(`data.mjs: the page fetches data/${head}.bin, but build.rs left no ${from}`);
    process.exit(1);
  }
  cpSync(from, join(staging, 'data'), { recursive: true });
  console.log(`data.mjs: ${readdirSync(from).length} snapshot files copied to data/`);
  preload(readFileSync(`${from}.preload`, 'utf8').split('\n').filter(Boolean));
}

// What the unfiltered first view needs before it can show anything (the
// corpus's front), fetched as the HTML is read, beside the wasm, instead of
// after it has started. Nothing else: the head is fetched after the first
// paint, and a preload would compete with the wasm for the connection.
// (`crossorigin` makes the preload's request the one `fetch()` makes, so
// the page's fetch is served from it.) Relative, as the page fetches them:
// any sub-path works.
function preload(files) {
  const page = join(staging, 'index.html');
  const html = readFileSync(page, 'utf8');
  const links = files.map((f) => `<link rel="preload" href="${f}" as="fetch" crossorigin>`).join('');
  if (!html.includes('</head>')) {
    console.error('data.mjs: index.html has no </head> to put the preloads before');
    process.exit(1);
  }
  writeFileSync(`${page}.tmp`, html.replace('</head>', `${links}</head>`));
  renameSync(`${page}.tmp`, page);
}
