// What the page's wasm is made of, to decide what to cut (issue #16's
// transfer budget). Run after a release build of the page's wasm:
//
//   cargo build --target wasm32-unknown-unknown --profile wasm-release --bin counterpoint-web
//   node scripts/size.mjs [path/to/counterpoint-web.wasm]
//
// It passes the wasm through wasm-bindgen (which drops the descriptors the
// final page does not carry) keeping the function names, then prints the
// sections gzipped, the embedded snapshot's share of the data, and the code
// grouped by what it belongs to: each group's raw bytes and how many bytes
// the gzipped code loses without it ("marginal": what removing the group
// would save, before wasm-opt, which changes the sizes by a few per cent).
// A function belongs to the first of our components or modules its name
// mentions (a generic instantiated for one of our types counts as ours),
// else to its crate; serde, sorting and formatting are grouped apart,
// because they grow with the number of types and closures they serve.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const input = process.argv[2] ?? 'target/wasm32-unknown-unknown/wasm-release/counterpoint-web.wasm';
const out = mkdtempSync(join(tmpdir(), 'cp-size-'));
execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--out-dir', out, input], { stdio: 'inherit' });
const wasm = readFileSync(join(out, readdirSync(out).find((f) => f.endsWith('_bg.wasm'))));
const gz = (b) => gzipSync(b, { level: 9 }).length;

let at = 0;
const leb = () => {
  let r = 0, shift = 0, x;
  do { x = wasm[at++]; r += (x & 0x7f) * 2 ** shift; shift += 7; } while (x & 0x80);
  return r;
};
const name = () => { const n = leb(); const s = wasm.subarray(at, at + n).toString('utf8'); at += n; return s; };

// Sections.
const sections = [];
at = 8;
while (at < wasm.length) {
  const id = wasm[at++];
  const size = leb();
  const start = at;
  const label = id === 0 ? `custom ${name()}` : ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id];
  sections.push({ id, label, start, end: start + size, body: at });
  at = start + size;
}
console.log('section            bytes    gzipped');
for (const s of sections) console.log(`${s.label.padEnd(16)} ${String(s.end - s.start).padStart(8)} ${String(gz(wasm.subarray(s.start, s.end))).padStart(10)}`);

// The embedded snapshot within the data.
const data = sections.find((s) => s.id === 11);
const snapshots = readdirSync('target/wasm32-unknown-unknown/wasm-release/build', { withFileTypes: true })
  .filter((d) => d.name.startsWith('counterpoint-'))
  .map((d) => join('target/wasm32-unknown-unknown/wasm-release/build', d.name, 'out', 'snapshot.bin'))
  .filter((f) => { try { return statSync(f).size > 0; } catch { return false; } })
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
if (data && snapshots.length) {
  const snap = readFileSync(snapshots[0]);
  const bytes = wasm.subarray(data.start, data.end);
  const i = bytes.indexOf(snap.subarray(0, 256));
  if (i >= 0) {
    const rest = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + snap.length)]);
    console.log(`\ndata: the snapshot ${snap.length} B (${gz(snap)} gzipped), the rest ${rest.length} B (${gz(rest)} gzipped)`);
  }
}

// Imported functions come first in the function index space.
at = sections.find((s) => s.id === 2).body;
let imported = 0;
for (let n = leb(); n > 0; n--) {
  name(); name();
  const kind = wasm[at++];
  if (kind === 0) { leb(); imported++; }
  else if (kind === 1) { at++; const f = wasm[at++]; leb(); if (f & 1) leb(); }
  else if (kind === 2) { const f = wasm[at++]; leb(); if (f & 1) leb(); }
  else if (kind === 3) { at += 2; }
  else if (kind === 4) { at++; leb(); }
}
at = sections.find((s) => s.id === 10).body;
const bodies = [];
for (let n = leb(); n > 0; n--) { const size = leb(); bodies.push(wasm.subarray(at, at + size)); at += size; }
const names = new Map();
const nameSection = sections.find((s) => s.label === 'custom name');
if (!nameSection) throw new Error('the wasm has no name section: build it without stripping symbols');
at = nameSection.body;
while (at < nameSection.end) {
  const sub = wasm[at++];
  const size = leb();
  const end = at + size;
  if (sub === 1) for (let n = leb(); n > 0; n--) { const idx = leb(); names.set(idx, name()); }
  at = end;
}

// Legacy-mangled names to paths.
const demangle = (s) => {
  const m = /^_ZN(.*)E$/.exec(s);
  if (!m) return s;
  const parts = [];
  let i = 0;
  const t = m[1];
  while (i < t.length && /\d/.test(t[i])) {
    let j = i;
    while (/\d/.test(t[j])) j++;
    const n = Number(t.slice(i, j));
    parts.push(t.slice(j, j + n));
    i = j + n;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return parts.join('::').replaceAll('$LT$', '<').replaceAll('$GT$', '>').replaceAll('$u20$', ' ').replaceAll('$C$', ',').replaceAll('..', '::').replaceAll('$RF$', '&');
};
const group = (n) => {
  if (/serde|postcard/.test(n)) return 'serde and postcard';
  if (/slice::sort/.test(n)) return 'sorting';
  if (/fmt::|Debug|Display/.test(n)) return 'formatting';
  let m = /counterpoint::components::(\w+)/.exec(n);
  if (m) return `components::${m[1]}`;
  m = /counterpoint::(\w+)/.exec(n);
  if (m) return m[1];
  m = /counterpoint_core::(\w+)/.exec(n);
  if (m) return `core::${m[1]}`;
  if (/yew/.test(n)) return 'yew';
  if (/wasm_bindgen|js_sys|web_sys/.test(n)) return 'wasm-bindgen';
  if (/hashbrown|HashMap|HashSet|indexmap/.test(n)) return 'hash maps';
  if (/alloc|talc|dlmalloc/.test(n)) return 'alloc';
  return 'core and std';
};
const groups = new Map();
bodies.forEach((b, k) => {
  const g = group(demangle(names.get(k + imported) ?? ''));
  if (!groups.has(g)) groups.set(g, []);
  groups.get(g).push(k);
});
const all = gz(Buffer.concat(bodies));
console.log(`\ncode: ${bodies.length} functions, ${bodies.reduce((a, b) => a + b.length, 0)} B, ${all} gzipped (before wasm-opt)`);
console.log('group                          raw  gz-marginal');
const rows = [...groups].map(([g, ks]) => {
  const mine = new Set(ks);
  const raw = ks.reduce((a, k) => a + bodies[k].length, 0);
  const without = gz(Buffer.concat(bodies.filter((_, k) => !mine.has(k))));
  return { g, raw, marginal: all - without };
}).sort((a, b) => b.marginal - a.marginal);
for (const r of rows) console.log(`${r.g.padEnd(26)} ${String(r.raw).padStart(8)} ${String(r.marginal).padStart(10)}`);
