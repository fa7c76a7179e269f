// Trunk post-build hook: give the built page a Content-Security-Policy.
//
// The policy allows scripts only from the page's own origin, plus the hash
// of each inline script Trunk writes (its loader changes with every build,
// so the hashes are computed here, after Trunk has written the page), and
// 'wasm-unsafe-eval' so the browser may compile the app's WebAssembly.
// Nothing is allowed from any other origin, and no inline script beyond
// the hashed ones can run.
//
// Release builds only: `trunk serve` injects its live-reload script after
// the hooks have run, so a policy on the development page would block it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) process.exit(0);

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
// `<meta charset="utf-8">`, or `<meta charset=utf-8>` once Trunk has
// minified the page.
html = html.replace(/<meta charset="?utf-8"?\s*\/?>/i, (m) => `${m}\n    ${meta}`);
if (!html.includes(meta)) {
  console.error('csp.mjs: no <meta charset="utf-8"> in index.html to put the policy after');
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp.mjs: Content-Security-Policy with ${hashes.length} inline script hash(es)`);
