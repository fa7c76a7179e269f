// Trunk post-build hook (release builds): make the page's wasm-bindgen glue
// smaller without changing what it does.
//
// wasm-bindgen names each function the wasm imports from its JS glue after
// the Rust item and a hash (`__wbg_set_cache_key_91e49caa7ae4d5b5`), and
// the wasm's import section spells that name, and the glue's module name,
// for each of its ~170 imports; the exports the glue calls are named alike
// (`wasm_bindgen__convert__closures_____invoke__h98ecc481a160a715`), and
// the glue itself is indented and commented. Trunk's JS minifier cannot
// parse the glue, and wasm-opt cannot rename names the JS still uses. So
// this renames them in both at once (short names in the wasm's order),
// drops the glue's comment lines and indentation, and writes the new files'
// hashes into index.html's integrity attributes. About 6 KB less gzipped
// at start-up.
//
// Every import the wasm names must be a key of the glue's import object,
// exactly once; anything else stops the build rather than ship a page that
// cannot start. The analyser worker's files are left alone (fetched on
// demand, not at start-up).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { encodeName as name, fail as failWith, importDescEnd, leb, mapExports, readLeb, replaceFile, rewriteSection as rewrite, setIntegrity } from './wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

function fail(why) {
  failWith('shrink.mjs', why);
}

function rewriteSection(buf, id, body) {
  return rewrite(buf, id, body) ?? fail(`the wasm has no section ${id}`);
}

const files = readdirSync(dir);
const jsName = files.find((f) => /^counterpoint-web-[0-9a-f]+\.js$/.test(f));
const wasmName = files.find((f) => /^counterpoint-web-[0-9a-f]+_bg\.wasm$/.test(f));
if (!jsName || !wasmName) fail(`no page glue and wasm in ${dir}`);

let js = readFileSync(join(dir, jsName), 'utf8');
const wasm = readFileSync(join(dir, wasmName));

// The glue's import object: `"<module>": import0`, keys `name: function`.
const moduleMatch = js.match(/^\s*"([^"]+)": import0,$/m);
if (!moduleMatch) fail('the glue has no import object of the expected shape');
const oldModule = moduleMatch[1];
const NEW_MODULE = 'w';

// --- the wasm's import section ---------------------------------------------

/** The wasm with its imports renamed by `rename(module, field)`. */
function renameImports(buf, rename) {
  return rewriteSection(buf, 2, (start, end) => {
    let [count, i] = readLeb(buf, start);
    const entries = [leb(count)];
    while (count--) {
      const [mlen, m] = readLeb(buf, i);
      const module = buf.toString('utf8', m, m + mlen);
      const [flen, f] = readLeb(buf, m + mlen);
      const field = buf.toString('utf8', f, f + flen);
      const kind = buf[f + flen];
      const next = importDescEnd(buf, kind, f + flen + 1) ?? fail(`unknown import kind ${kind}`);
      const [newModule, newField] = rename(module, field);
      entries.push(name(newModule), name(newField), buf.subarray(f + flen, next));
      i = next;
    }
    if (i !== end) fail('the import section did not parse to its end');
    return Buffer.concat(entries);
  });
}

// Short names in the order the wasm imports them: a, b, …, Z, aa, ab, …
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortName(n) {
  let s = '';
  do {
    s = LETTERS[n % LETTERS.length] + s;
    n = Math.floor(n / LETTERS.length) - 1;
  } while (n >= 0);
  return s;
}

const renamed = new Map();
const newWasm = renameImports(wasm, (module, field) => {
  if (module !== oldModule) return [module, field];
  if (!renamed.has(field)) {
    const key = new RegExp(`^(\\s*)${field}: function`, 'gm');
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) fail(`the import ${field} is a key of the glue's import object ${found} times, not once`);
    const short = shortName(renamed.size);
    renamed.set(field, short);
    js = js.replace(key, `$1${short}: function`);
  }
  return [NEW_MODULE, renamed.get(field)];
});
js = js.replace(`"${oldModule}": import0,`, `"${NEW_MODULE}": import0,`);

// The exports the glue calls (`wasm.<name>`), renamed `$0`, `$1`, … all
// through the glue (its wrapper functions share their names): the glue's
// own identifiers never hold a `$` and a digit.
if (/\$\d/.test(js)) fail('the glue already has an identifier like $0');
let exported = 0;
const finalWasm = mapExports('shrink.mjs', newWasm, ({ name: old, index }) => {
  if (!js.includes(`wasm.${old}`)) return { name: old, index };
  const short = `$${exported++}`;
  js = js.replace(new RegExp(`\\b${old}\\b`, 'g'), () => short);
  return { name: short, index };
});

// Comment lines and indentation, unless a template literal spans lines
// (its text would change).
const lines = js.split('\n');
if (lines.every((l) => (l.match(/`/g)?.length ?? 0) % 2 === 0)) {
  js = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('//')).join('\n') + '\n';
}

replaceFile(join(dir, jsName), js);
replaceFile(join(dir, wasmName), finalWasm);

// --- index.html: the integrity of the two rewritten files ------------------

const htmlFile = join(dir, 'index.html');
let html = readFileSync(htmlFile, 'utf8');
html = setIntegrity('shrink.mjs', html, jsName, Buffer.from(js, 'utf8'));
html = setIntegrity('shrink.mjs', html, wasmName, finalWasm);
replaceFile(htmlFile, html);
console.log(`shrink.mjs: ${renamed.size} imports and ${exported} exports renamed; glue ${jsName} ${js.length} bytes`);
