// What the post-build hooks share: reading and writing a wasm binary's
// sections (LEB128 numbers, names), replacing a built file whole, and
// writing a rewritten file's hash into index.html's integrity attributes.
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';

export function fail(tool, why) {
  console.error(`${tool}: ${why}`);
  process.exit(1);
}

// Whole or not at all: a build stopped half way never leaves a file half
// written for the next step or a later build to read.
export function replaceFile(file, contents) {
  writeFileSync(`${file}.tmp`, contents);
  renameSync(`${file}.tmp`, file);
}

/** An unsigned LEB128 number at `at`: [value, the index after it]. */
export function readLeb(buf, at) {
  let value = 0; let shift = 0; let i = at;
  for (;;) {
    const b = buf[i++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, i];
  }
}

export function leb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
}

/** A wasm name: its length, then its UTF-8 bytes. */
export const encodeName = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s, 'utf8')]);

/** Each section: its id, where it starts (its id byte), where its body starts and ends, and a custom section's name. */
export function* sections(buf) {
  let at = 8;
  while (at < buf.length) {
    const [size, start] = readLeb(buf, at + 1);
    const end = start + size;
    let custom;
    if (buf[at] === 0) {
      const [len, n] = readLeb(buf, start);
      custom = buf.toString('utf8', n, n + len);
    }
    yield { id: buf[at], at, start, end, custom };
    at = end;
  }
}

/** The wasm without its custom sections named `name`. */
export function dropCustom(buf, name) {
  const kept = [buf.subarray(0, 8)];
  for (const s of sections(buf)) if (s.custom !== name) kept.push(buf.subarray(s.at, s.end));
  return Buffer.concat(kept);
}

/** The wasm with section `id`'s body replaced by `rewrite(start, end)`, or null if it has none. */
export function rewriteSection(buf, id, rewrite) {
  for (const s of sections(buf)) {
    if (s.id !== id) continue;
    const body = rewrite(s.start, s.end);
    return Buffer.concat([buf.subarray(0, s.at), Buffer.from([id]), leb(body.length), body, buf.subarray(s.end)]);
  }
  return null;
}

/** Where an import's description (after its kind byte, at `at`) ends; null for an unknown kind. */
export function importDescEnd(buf, kind, at) {
  const limits = (i) => {
    const flags = buf[i];
    let [, j] = readLeb(buf, i + 1);
    if (flags & 1) [, j] = readLeb(buf, j);
    return j;
  };
  switch (kind) {
    case 0: return readLeb(buf, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(buf, at + 1)[1]; // tag: attribute, type index
    default: return null;
  }
}

/** The wasm's imports: { module, field, kind, desc } (`desc`: where the description starts). */
export function importsOf(buf) {
  const out = [];
  for (const s of sections(buf)) {
    if (s.id !== 2) continue;
    let [count, i] = readLeb(buf, s.start);
    while (count--) {
      const [ml, m] = readLeb(buf, i);
      const [fl, f] = readLeb(buf, m + ml);
      const kind = buf[f + fl];
      const desc = f + fl + 1;
      out.push({ module: buf.toString('utf8', m, m + ml), field: buf.toString('utf8', f, f + fl), kind, desc });
      i = importDescEnd(buf, kind, desc);
      if (i === null) throw new Error(`unknown import kind ${kind}`);
    }
  }
  return out;
}

/**
 * The wasm with each export rewritten by `map({ name, kind, index })`,
 * which returns the export's new `{ name, index }` (its kind stays).
 */
export function mapExports(tool, buf, map) {
  const out = rewriteSection(buf, 7, (start, end) => {
    let [count, i] = readLeb(buf, start);
    const entries = [leb(count)];
    while (count--) {
      const [len, n] = readLeb(buf, i);
      const name = buf.toString('utf8', n, n + len);
      const kind = buf[n + len];
      const [index, next] = readLeb(buf, n + len + 1);
      const e = map({ name, kind, index });
      entries.push(encodeName(e.name), Buffer.from([kind]), leb(e.index));
      i = next;
    }
    if (i !== end) fail(tool, 'the export section did not parse to its end');
    return Buffer.concat(entries);
  });
  return out ?? fail(tool, 'the wasm has no export section');
}

/** The wasm's exports: { name, kind, index }. */
export function exportsOf(buf) {
  const out = [];
  for (const s of sections(buf)) {
    if (s.id !== 7) continue;
    let [count, i] = readLeb(buf, s.start);
    while (count--) {
      const [len, n] = readLeb(buf, i);
      const name = buf.toString('utf8', n, n + len);
      const kind = buf[n + len];
      const [index, next] = readLeb(buf, n + len + 1);
      out.push({ name, kind, index });
      i = next;
    }
  }
  return out;
}

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** `html` with the integrity of every <link> naming `file` set to `bytes`' hash; fails if none has one to set (while others do). */
export function setIntegrity(tool, html, file, bytes) {
  const digest = sri(bytes);
  let count = 0;
  const out = html.replace(/<link\b[^>]*>/g, (tag) => {
    if (!tag.includes(file)) return tag;
    count += 1;
    return tag.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity=$1${digest}$1`);
  });
  if (count === 0 && html.includes('integrity=')) fail(tool, `index.html names ${file} in no <link> with an integrity to update`);
  return out;
}


/** A signed LEB128 number at `at`: [value, the index after it]. */
export function readSleb(buf, at) {
  let value = 0; let shift = 0; let i = at; let b;
  do {
    b = buf[i++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b >= 0x80 && i < buf.length);
  if (b & 0x40) value -= 2 ** shift;
  return [value, i];
}

/** An offset expression `i32.const n; end` at `at`: [n, the index after it], or null for any other. */
function constOffset(buf, at) {
  if (buf[at] !== 0x41) return null;
  const [n, i] = readSleb(buf, at + 1);
  return buf[i] === 0x0b ? [n, i + 1] : null;
}

/** Each table slot an active element segment fills (of table 0, function indices): slot → function index. */
export function tableSlots(buf) {
  const slots = new Map();
  for (const s of sections(buf)) {
    if (s.id !== 9) continue;
    let [count, i] = readLeb(buf, s.start);
    while (count--) {
      if (buf[i] !== 0) throw new Error(`element segment kind ${buf[i]} (only active function lists are read)`);
      const offset = constOffset(buf, i + 1);
      if (!offset) throw new Error('an element segment whose offset is not a constant');
      let [n, j] = readLeb(buf, offset[1]);
      for (let k = 0; k < n; k += 1) {
        const [f, next] = readLeb(buf, j);
        slots.set(offset[0] + k, f);
        j = next;
      }
      i = j;
    }
  }
  return slots;
}

/**
 * The memory's initial contents as 32-bit words at 4-byte-aligned
 * addresses: address → word, for every word a data segment writes a byte
 * of. The linker leaves runs of zeros out of the segments, so a word may
 * be cut at a segment's end (the zero bytes of a little-endian table slot)
 * or straddle two: the bytes no segment writes read as 0.
 */
export function dataWords(buf) {
  const segments = [];
  for (const s of sections(buf)) {
    if (s.id !== 11) continue;
    let [count, i] = readLeb(buf, s.start);
    while (count--) {
      if (buf[i] !== 0) throw new Error(`data segment kind ${buf[i]} (only active segments of memory 0 are read)`);
      const offset = constOffset(buf, i + 1);
      if (!offset) throw new Error('a data segment whose offset is not a constant');
      const [len, at] = readLeb(buf, offset[1]);
      segments.push([offset[0], buf.subarray(at, at + len)]);
      i = at + len;
    }
  }
  const words = new Map();
  if (segments.length === 0) return words;
  const low = Math.min(...segments.map(([o]) => o)) & ~3;
  const high = Math.max(...segments.map(([o, b]) => o + b.length));
  const memory = Buffer.alloc(((high - low + 3) & ~3) + 4);
  for (const [o, bytes] of segments) {
    bytes.copy(memory, o - low);
    for (let a = (o & ~3); a < o + bytes.length; a += 4) words.set(a, 0);
  }
  for (const a of words.keys()) words.set(a, memory.readUInt32LE(a - low));
  return words;
}

/** Each defined function's body: [function index (imports first), start, end]. */
export function* functionBodies(buf) {
  const imported = importsOf(buf).filter((i) => i.kind === 0).length;
  for (const s of sections(buf)) {
    if (s.id !== 10) continue;
    let [count, i] = readLeb(buf, s.start);
    for (let f = 0; f < count; f += 1) {
      const [size, at] = readLeb(buf, i);
      yield [imported + f, at, at + size];
      i = at + size;
    }
  }
}
