// Trunk post-build hook (release builds), after split.mjs: the page's
// wasm-bindgen glue (and the split's loader in it) minified with terser,
// and its new hash written into index.html's integrity attributes.
//
// Trunk's own JS minifier cannot parse the glue (`export default`: it warns
// and copies the file as it is), and shrink.mjs only drops its comments
// and indentation; terser also shortens the glue's own names (the module
// scope is private: only `initSync` and the default export are seen from
// outside), about 1 KB less gzipped at start-up. The analyser worker's
// glue is Trunk's to minify, and is.
//
// terser comes from .tools/ (scripts/setup.sh installs it); without it the
// glue stays as it is, with a warning: the page works, only larger.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail as failWith, replaceFile, setIntegrity } from './wasm.mjs';

const TOOL = 'minify.mjs';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) failWith(TOOL, 'TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

let terser;
try {
  terser = await import(new URL('../.tools/node_modules/terser/main.js', import.meta.url));
} catch {
  console.warn(`${TOOL}: terser is not installed in .tools/: the page's glue is not minified. scripts/setup.sh installs it.`);
  process.exit(0);
}

const jsName = readdirSync(dir).find((f) => /^counterpoint-web-[0-9a-f]+\.js$/.test(f));
if (!jsName) failWith(TOOL, `no page glue in ${dir}`);
const file = join(dir, jsName);
const before = readFileSync(file, 'utf8');
let out;
try {
  out = await terser.minify(before, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
} catch (e) {
  failWith(TOOL, `terser could not read ${jsName}: ${e.message ?? e}`);
}
if (!out.code || !/\bexport\s*\{[^}]*\binitSync\b[^}]*\}/.test(out.code)) failWith(TOOL, `terser's ${jsName} does not export initSync as the glue does`);
replaceFile(file, out.code);
const html = join(dir, 'index.html');
replaceFile(html, setIntegrity(TOOL, readFileSync(html, 'utf8'), jsName, Buffer.from(out.code, 'utf8')));
console.log(`${TOOL}: ${jsName} ${before.length} -> ${out.code.length} bytes`);
