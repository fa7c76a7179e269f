// Trunk post-build hook (release builds), after shrink.mjs: the code a
// visit does not start with moves out of the page's wasm into a second
// module, fetched once the first view is drawn (src/split.rs).
//
// What moves (see deferredFunctions): the deferred code's own functions
// (src/deferred/: the views other than the list, the saved articles'
// join, export), the generic instances named for them whose code calls
// one or holds a vtable listing one, and what only those call or hold in
// a vtable, read off the module's call graph (wasm-opt
// --print-call-graph, on the names the page's wasm-opt keeps with -g);
// then whatever code that stays calls or holds goes back, but for the
// doors the app calls, the functions of `counterpoint::deferred` itself.
// A name alone proves nothing: LLVM merges identical functions under one
// name.
// binaryen's `wasm-split` then writes the two modules: the first imports,
// in place of each function that moved, a placeholder (namespace `p`,
// named by its slot in the function table); the second imports what it
// needs of the first (namespace `m`) and, once instantiated, writes its
// functions into those slots.
//
// The glue gets the placeholders and the loader (`counterpointSplit`:
// `ready()`, `load()`, which fetches the second module with its integrity
// checked, compiles it and links it). The app never calls a deferred view
// before `load()` has resolved; should a placeholder still be called first
// (a function that runs before the views, picked by mistake), it fetches
// the module synchronously, logs an error, and goes on: the page works,
// and the end-to-end tests, which count console errors, fail.
//
// Without `wasm-split` (Debian's binaryen; scripts/setup.sh installs it)
// the page keeps one module, with a warning: it works, only larger.
//
// For profiling: SPLIT_KEEP=1 keeps the working files (names.txt names
// every function `f<index>`), and SPLIT_NAMES=1 leaves those `f<index>`
// names in the page's module, where a CPU profile shows them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataWords, dropCustom, encodeName, exportsOf, fail as failWith, functionBodies, importsOf, leb, mapExports, readLeb, readSleb, replaceFile, rewriteSection, sections, setIntegrity, sri, tableSlots } from './wasm.mjs';

const TOOL = 'split.mjs';
const fail = (why) => failWith(TOOL, why);
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

/** A function named for a deferred view, by its path or a generic argument (its name as wasm-bindgen demangles it; v0 names carry the crate's hash in brackets). */
const DEFERRED = /\bcounterpoint(\[[0-9a-f]+\])?::deferred::/;
/** A deferred view's own function: its path, or its `Self` type's, is under `counterpoint::deferred`. */
const OWN = /^<*counterpoint(\[[0-9a-f]+\])?::deferred::/;
/** The doors into the deferred code from the rest of the page, the functions of `deferred` itself: the app calls them only once the second module is here. */
const ENTRY = /^counterpoint(\[[0-9a-f]+\])?::deferred::[a-z_0-9]+$/;
const PLACEHOLDERS = 'p';
const MAIN = 'm';

const files = readdirSync(dir);
const jsName = files.find((f) => /^counterpoint-web-[0-9a-f]+\.js$/.test(f));
const wasmName = files.find((f) => /^counterpoint-web-[0-9a-f]+_bg\.wasm$/.test(f));
if (!jsName || !wasmName) fail(`no page glue and wasm in ${dir}`);
const wasmFile = join(dir, wasmName);
const htmlFile = join(dir, 'index.html');
const wasm = readFileSync(wasmFile);
if (![...sections(wasm)].some((s) => s.custom === 'name')) {
  fail(`${wasmName} has no names: index.html's wasm-opt parameters for counterpoint-web must keep them (-g)`);
}

const tmp = mkdtempSync(join(tmpdir(), 'counterpoint-split-'));
try {
  if (!spawnSync('wasm-split', ['--version']).stdout) {
    console.warn(`${TOOL}: wasm-split (binaryen) is not installed: the page's wasm stays one module. scripts/setup.sh installs it.`);
    whole();
  } else {
    split();
  }
} finally {
  if (!process.env.SPLIT_KEEP) rmSync(tmp, { recursive: true, force: true });
}

/** No second module: the names only go. */
function whole() {
  const stripped = dropCustom(wasm, 'name');
  replaceFile(wasmFile, stripped);
  replaceFile(htmlFile, setIntegrity(TOOL, readFileSync(htmlFile, 'utf8'), wasmName, stripped));
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} failed: ${r.error ?? r.stderr}`);
  return r.stdout;
}

/**
 * The functions to move. A name alone does not say that only a deferred
 * view runs a function: LLVM merges functions whose code is identical and
 * keeps one name, so a generic instance named for a deferred view (a
 * `use_state` reducer instantiated for Analyse's initial value, a
 * closure's drop glue) may be the very code the list runs too. So:
 *
 * - the roots are the deferred views' own functions (their path, or their
 *   `Self` type's, under `counterpoint::deferred`), and every generic
 *   instance named for them whose code calls one of them or holds a
 *   vtable listing one: code that refers to a deferred view's function
 *   can be no other code's;
 * - then every function they reach by calls and vtables (a closure
 *   handed to the browser, a trait object's methods), but for one the
 *   table holds that no vtable lists (its slot is only ever a bare number
 *   in the code, or in a static: it stays);
 * - then, until nothing changes, every one that something staying behind
 *   calls or holds in a vtable goes back, except the doors (`ENTRY`,
 *   which the app calls only once the second module is here). What is
 *   left is what only the moved code reaches.
 *
 * What is left unproven the loader's safety net reports (see the header):
 * staying code that reaches a moved function in a way this cannot see: by
 * a bare function pointer (a slot in the table cannot be told from any
 * other number in the code), through a vtable whose address is in static
 * data rather than in code, or through a vtable read short (a method
 * list ends where a word could start another vtable's header).
 */
function deferredFunctions(input, names) {
  const dot = run('wasm-opt', ['--all-features', '--print-call-graph', input, '-o', join(tmp, 'ignored.wasm')]);
  // Nodes: "name" [style="filled", fillcolor="white|gray|turquoise"]
  // (defined, exported, imported), then "name" [style="filled, rounded"]
  // for each the table holds; edges: "from" -> "to" (direct calls).
  const defined = new Set();
  const pinned = new Set();
  for (const [, name, color] of dot.matchAll(/^\s*"([^"]+)" \[style="filled", fillcolor="(\w+)"\];$/gm)) {
    defined.add(name);
    if (color !== 'white') pinned.add(name);
  }
  const exported = new Set([...dot.matchAll(/^\s*"([^"]+)" \[style="filled", fillcolor="gray"\];$/gm)].map((m) => m[1]));
  const tabled = new Set([...dot.matchAll(/^\s*"([^"]+)" \[style="filled, rounded"\];$/gm)].map((m) => m[1]));
  if (tabled.size === 0) fail('wasm-opt --print-call-graph marked no function as held by the table: has its output changed?');
  const callers = new Map();
  const callees = new Map();
  for (const [, from, to] of dot.matchAll(/^\s*"([^"]+)" -> "([^"]+)"/gm)) {
    if (!callers.has(to)) callers.set(to, new Set());
    callers.get(to).add(from);
    if (!callees.has(from)) callees.set(from, new Set());
    callees.get(from).add(to);
  }
  const nameOf = (f) => names.get(Number(f.slice(1))) ?? '';
  const holds = vtablesHeld(readFileSync(input));
  const heldBy = new Map();
  for (const [g, fs] of holds) for (const f of fs) heldBy.set(f, [...heldBy.get(f) ?? [], g]);
  const refersTo = (f) => [...callees.get(f) ?? [], ...holds.get(f) ?? []];
  const candidates = [...defined].filter((f) => !exported.has(f));
  const moved = new Set(candidates.filter((f) => OWN.test(nameOf(f))));
  const doors = new Set([...moved].filter((f) => ENTRY.test(nameOf(f))));
  if (![...doors].some((f) => /::deferred::view$/.test(nameOf(f)))) fail(`${wasmName} has no function named counterpoint::deferred::view (were the names kept?)`);
  const own = moved.size;
  const named = candidates.filter((f) => !moved.has(f) && DEFERRED.test(nameOf(f)));
  for (let grew = true; grew;) {
    grew = false;
    for (const f of named) {
      if (!moved.has(f) && refersTo(f).some((g) => moved.has(g))) {
        moved.add(f);
        grew = true;
      }
    }
  }
  const roots = moved.size;
  // Everything the roots reach, by calls and vtables, that may move at
  // all; the next step gives back what staying code reaches. (Reached,
  // then given back: a cycle only moved code enters, such as a generic
  // that boxes a closure which calls the generic again, moves whole.)
  for (const todo = [...moved]; todo.length > 0;) {
    for (const g of refersTo(todo.pop())) {
      if (moved.has(g) || pinned.has(g) || !defined.has(g)) continue;
      if (tabled.has(g) && !heldBy.has(g)) continue;
      moved.add(g);
      todo.push(g);
    }
  }
  const picked = moved.size;
  const kept = [];
  for (let shrank = true; shrank;) {
    shrank = false;
    for (const f of moved) {
      const caller = !doors.has(f) && [...callers.get(f) ?? [], ...heldBy.get(f) ?? []].find((c) => !moved.has(c));
      if (caller) {
        moved.delete(f);
        kept.push(`${f} (${nameOf(f)}): called or held by ${caller} (${nameOf(caller)})`);
        shrank = true;
      }
    }
  }
  if (process.env.SPLIT_KEEP) writeFileSync(join(tmp, 'kept.txt'), kept.join('\n') + '\n');
  return { moved, summary: `from ${own} of the deferred code's own (${doors.size} doors) and ${roots - own} generic instances calling them, ${picked} reached, ${kept.length} of those given back` };
}

/**
 * For each function (as `f<index>`), the functions listed in the vtables
 * whose addresses its code holds. Rust writes a trait object's vtable into
 * the data as `[drop, size, align, methods…]`, each function as its slot
 * in the table, and the code that makes the trait object holds the
 * vtable's address as a constant. Constants are read off the code byte by
 * byte, and a vtable's end is where a word is no slot or the next vtable
 * begins, so a vtable can be cut short, and rarely one found that is not.
 */
function vtablesHeld(buf) {
  const slots = tableSlots(buf);
  const data = dataWords(buf);
  // A word of zeros may be in no data segment (the linker leaves runs of
  // zeros out: a closure that holds nothing has a vtable starting with no
  // drop and size 0), so a word between the first and the last segment's
  // is 0 where no segment writes it.
  let [low, high] = [Infinity, -Infinity];
  for (const a of data.keys()) [low, high] = [Math.min(low, a), Math.max(high, a)];
  const inData = (a) => a >= low && a <= high;
  const words = { has: inData, get: (a) => (inData(a) ? data.get(a) ?? 0 : undefined) };
  const isHeader = (b) => {
    const [drop, size, align] = [words.get(b), words.get(b + 4), words.get(b + 8)];
    return (drop === 0 || slots.has(drop)) && align >= 1 && align <= 16 && (align & (align - 1)) === 0
      && size !== undefined && size % align === 0 && size < 2 ** 24;
  };
  const lists = new Map();
  const listed = (b) => {
    if (!lists.has(b)) {
      const out = [];
      if (isHeader(b)) {
        if (words.get(b)) out.push(slots.get(words.get(b)));
        for (let a = b + 12; slots.has(words.get(a)) && !(a > b + 12 && isHeader(a)); a += 4) out.push(slots.get(words.get(a)));
      }
      lists.set(b, out.map((f) => `f${f}`));
    }
    return lists.get(b);
  };
  const held = new Map();
  for (const [g, start, end] of functionBodies(buf)) {
    const fs = new Set();
    for (let i = start; i < end - 1; i += 1) {
      if (buf[i] !== 0x41) continue;
      const [n] = readSleb(buf, i + 1);
      if (n % 4 === 0 && words.has(n)) for (const f of listed(n)) fs.add(f);
    }
    if (fs.size) held.set(`f${g}`, fs);
  }
  return held;
}

/** Each table's element type (0x70 funcref, 0x6f externref), imported ones first. */
function tableTypes(buf) {
  const types = importsOf(buf).filter((i) => i.kind === 1).map((i) => buf[i.desc]);
  for (const s of sections(buf)) {
    if (s.id !== 4) continue;
    let [count, i] = readLeb(buf, s.start);
    while (count--) {
      types.push(buf[i]);
      const flags = buf[i + 1];
      [, i] = readLeb(buf, i + 2);
      if (flags & 1) [, i] = readLeb(buf, i);
    }
  }
  return types;
}

/**
 * The primary with each exported table the one of the type it had in the
 * input (new exports: the function table). wasm-split 108 writes every
 * table export as table 0, which would give the glue (and the second
 * module) the function table for wasm-bindgen's table of JS values.
 */
function fixTableExports(input, primary) {
  const before = tableTypes(input);
  const after = tableTypes(primary);
  const typeOf = new Map(exportsOf(input).filter((e) => e.kind === 1).map((e) => [e.name, before[e.index]]));
  return mapExports(TOOL, primary, ({ name, kind, index }) => {
    if (kind !== 1) return { name, index };
    const want = typeOf.get(name) ?? 0x70;
    const matches = after.flatMap((t, k) => (t === want ? [k] : []));
    if (matches.length !== 1) fail(`the split module has ${matches.length} tables of type ${want}, not one`);
    return { name, index: matches[0] };
  });
}

/** The name of the primary's exported function table (wasm-split exports it for the second module). */
function functionTable(primary) {
  const types = tableTypes(primary);
  const funcref = exportsOf(primary).filter((e) => e.kind === 1 && types[e.index] === 0x70);
  if (funcref.length !== 1) fail(`the split page's wasm exports ${funcref.length} function tables, not one`);
  return funcref[0].name;
}

/** The name section's function names: index (imports first) → name. */
function functionNames(buf) {
  const names = new Map();
  for (const s of sections(buf)) {
    if (s.custom !== 'name') continue;
    let [len, i] = readLeb(buf, s.start);
    i += len;
    while (i < s.end) {
      const id = buf[i];
      const [size, start] = readLeb(buf, i + 1);
      if (id === 1) {
        let [count, j] = readLeb(buf, start);
        while (count--) {
          const [index, k] = readLeb(buf, j);
          const [n, at] = readLeb(buf, k);
          names.set(index, buf.toString('utf8', at, at + n));
          j = at + n;
        }
      }
      i = start + size;
    }
  }
  return names;
}

/**
 * The wasm with each function named `f<index>` and no other names:
 * wasm-split reads its list of names split at commas, and Rust's names
 * hold commas (`HashMap<K, V>`).
 */
function indexNames(buf) {
  const count = importsOf(buf).filter((i) => i.kind === 0).length + (() => {
    for (const s of sections(buf)) if (s.id === 10) return readLeb(buf, s.start)[0];
    return 0;
  })();
  const map = [leb(count)];
  for (let k = 0; k < count; k += 1) map.push(leb(k), encodeName(`f${k}`));
  const sub = Buffer.concat(map);
  const body = Buffer.concat([encodeName('name'), Buffer.from([1]), leb(sub.length), sub]);
  return Buffer.concat([dropCustom(buf, 'name'), Buffer.from([0]), leb(body.length), body]);
}

/**
 * The wasm with `table.fill t` of one slot written as `table.set t`, in
 * wasm-bindgen's externref shims. Debian's binaryen (108) predates
 * `table.fill`, which wasm-bindgen writes to clear the one slot a borrowed
 * JS value took for a call (`i32.const 1; table.fill t`: the same as
 * `table.set t`). Only in functions named as wasm-bindgen's shims, which
 * hold no float constants whose bytes could look like the instruction;
 * anything else wasm-split cannot read stops the build.
 */
function lowerTableFill(buf) {
  const imported = importsOf(buf).filter((i) => i.kind === 0).length;
  const shims = new Set([...functionNames(buf)].filter(([, name]) => name.endsWith(' externref shim')).map(([index]) => index - imported));
  let lowered = 0;
  const out = rewriteSection(buf, 10, (start, end) => {
    let [count, i] = readLeb(buf, start);
    const bodies = [leb(count)];
    for (let f = 0; f < count; f += 1) {
      const [size, at] = readLeb(buf, i);
      let body = buf.subarray(at, at + size);
      if (shims.has(f)) {
        const parts = [];
        let from = 0;
        for (let k = 0; k + 4 < body.length; k += 1) {
          if (body[k] === 0x41 && body[k + 1] === 0x01 && body[k + 2] === 0xfc && body[k + 3] === 0x11) {
            const [, after] = readLeb(body, k + 4);
            parts.push(body.subarray(from, k), Buffer.from([0x26]) /* table.set */, body.subarray(k + 4, after));
            from = after;
            k = after - 1;
            lowered += 1;
          }
        }
        if (parts.length) body = Buffer.concat([...parts, body.subarray(from)]);
      }
      bodies.push(leb(body.length), body);
      i = at + size;
    }
    if (i !== end) fail('the code section did not parse to its end');
    return Buffer.concat(bodies);
  });
  return { wasm: out, lowered };
}

function split() {
  const { wasm: noFill, lowered } = lowerTableFill(wasm);
  const readable = indexNames(noFill);
  const input = join(tmp, 'input.wasm');
  writeFileSync(input, readable);
  const { moved, summary } = deferredFunctions(input, functionNames(wasm));
  writeFileSync(join(tmp, 'moved.txt'), [...moved].join('\n') + '\n');
  const first = join(tmp, 'first.wasm');
  const second = join(tmp, 'second.wasm');
  run('wasm-split', [...(process.env.SPLIT_NAMES ? ['-g'] : []), '--all-features', '--split-funcs', `@${join(tmp, 'moved.txt')}`,
    '--import-namespace', MAIN, '--placeholder-namespace', PLACEHOLDERS, '--placeholdermap', '-o1', first, '-o2', second, input]);
  // Which function each placeholder stands for (first.wasm.placeholders:
  // slot, f<index>) and those functions' names, for the loader's console
  // error: kept with SPLIT_KEEP=1.
  if (process.env.SPLIT_KEEP) {
    writeFileSync(join(tmp, 'names.txt'), [...functionNames(wasm)].map(([k, n]) => `f${k} ${n}`).join('\n'));
    console.log(`${TOOL}: kept ${tmp}`);
  }
  const primary = fixTableExports(readable, readFileSync(first));
  const secondary = readFileSync(second);
  const table = functionTable(primary);
  const secondName = `counterpoint-views-${createHash('sha256').update(secondary).digest('hex').slice(0, 16)}.wasm`;

  let js = readFileSync(join(dir, jsName), 'utf8');
  const imports = /^(return \{\n__proto__: null,\n"w": import0,\n)(\};)$/m;
  if (!imports.test(js)) fail(`the glue's import object is not of the shape shrink.mjs leaves`);
  js = js.replace(imports, `$1"${PLACEHOLDERS}": cpPlaceholders,\n$2`);
  const exportLine = /^export \{ initSync, __wbg_init as default \};$/m;
  if (!exportLine.test(js)) fail('the glue has no export line of the expected shape');
  js = js.replace(exportLine, (line) => `${loader(secondName, sri(secondary), table)}\n${line}`);

  replaceFile(join(dir, secondName), secondary);
  replaceFile(wasmFile, primary);
  replaceFile(join(dir, jsName), js);
  let html = readFileSync(htmlFile, 'utf8');
  html = setIntegrity(TOOL, html, wasmName, primary);
  html = setIntegrity(TOOL, html, jsName, Buffer.from(js, 'utf8'));
  replaceFile(htmlFile, html);
  console.log(`${TOOL}: ${lowered} table.fill written as table.set; ${moved.size} functions (${summary}) moved to ${secondName}: ${secondary.length} bytes; the page's wasm ${primary.length} bytes (was ${dropCustom(wasm, 'name').length})`);
}

/** The glue's loader of the second module (see the header). */
function loader(file, integrity, table) {
  return `const cpPlaceholders = (() => {
const url = new URL(${JSON.stringify(file)}, import.meta.url);
let instance, pending;
const link = (module) => { instance ??= new WebAssembly.Instance(module, { ...__wbg_get_imports(), ${JSON.stringify(MAIN)}: wasm }); };
const load = () => instance ? Promise.resolve() : (pending ??= fetch(url, { integrity: ${JSON.stringify(integrity)} })
.then((r) => { if (!r.ok) throw new Error(\`\${r.status} \${r.statusText}\`); return r.arrayBuffer(); })
.then((bytes) => WebAssembly.compile(bytes)).then(link)
.catch((e) => { pending = undefined; throw e; }));
const now = (slot) => {
if (instance) return;
console.error(\`counterpoint: the views' module was needed before it was loaded (table slot \${slot}); fetching it synchronously\`);
const x = new XMLHttpRequest();
x.open("GET", url, false);
x.overrideMimeType("text/plain; charset=x-user-defined");
x.send();
if (x.status !== 200) throw new Error(\`the views' module could not be fetched: \${x.status}\`);
const s = x.responseText;
const bytes = new Uint8Array(s.length);
for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 255;
link(new WebAssembly.Module(bytes));
};
globalThis.counterpointSplit = { ready: () => instance !== undefined, load };
return new Proxy({}, { get: (_, slot) => (...args) => { now(slot); return wasm[${JSON.stringify(table)}].get(+slot)(...args); } });
})();`;
}
