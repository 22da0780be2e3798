#!/usr/bin/env node
// Checks an Anki package (.apkg) the way Anki's importer reads it, with readers Yuedu did not write:
// the zip is read with Node's zlib, the collection with sql.js (SQLite compiled to WebAssembly).
//
//   npm --prefix scripts/anki install          # once: installs sql.js into scripts/anki/node_modules
//   node scripts/anki/check-apkg.mjs deck.apkg [--notes N] [--cards N] [--revlog N] [--show WORD]
//
// The required JSON keys below are those Anki's schema-11 readers refuse to do without (rslib:
// NotetypeSchema11, DeckSchema11, DeckConfSchema11); the column lists are those of Anki's schema11.sql.
// Prints a summary; exits 1 and lists the problems when the package would not import cleanly.

import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import initSqlJs from 'sql.js';

const args = process.argv.slice(2);
if (args.length === 0 || args[0].startsWith('--')) {
  console.error('usage: check-apkg.mjs FILE.apkg [--notes N] [--cards N] [--revlog N] [--show WORD]');
  process.exit(2);
}
const file = args[0];
const option = (name) => {
  const at = args.indexOf(name);
  return at > 0 ? args[at + 1] : undefined;
};

const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
  return ok;
};

// --- zip ---------------------------------------------------------------------------------------
function readZip(buffer) {
  let end = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localHeader = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
    const raw = buffer.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported compression ${method}`);
    entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// --- helpers -----------------------------------------------------------------------------------
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function stripHtml(html) {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return String.fromCodePoint(code);
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
// Anki's template checks: sections must close in order; every {{Field}} must exist; the front needs a field.
const SPECIAL_FIELDS = new Set(['FrontSide', 'Card', 'CardFlag', 'Deck', 'Subdeck', 'Tags', 'Type', 'CardID']);
function templateFields(template, what) {
  const fields = new Set();
  const open = [];
  for (const [, tag] of template.matchAll(/\{\{(.*?)\}\}/gs)) {
    const body = tag.trim();
    if (body.startsWith('#') || body.startsWith('^')) {
      open.push(body.slice(1).trim());
      fields.add(body.slice(1).trim());
    } else if (body.startsWith('/')) {
      const closing = body.slice(1).trim();
      check(open.pop() === closing, `${what}: {{/${closing}}} closes the wrong section`);
    } else if (body.length > 0 && !body.startsWith('!')) {
      fields.add(body.split(':').pop().trim());
    }
  }
  check(open.length === 0, `${what}: unclosed section {{#${open.at(-1)}}}`);
  return fields;
}
const checksum = (text) => parseInt(createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8), 16);
const requireKeys = (object, keys, what) => {
  for (const key of keys) check(object !== null && typeof object === 'object' && key in object, `${what}: missing "${key}"`);
};

// --- package -----------------------------------------------------------------------------------
const entries = readZip(readFileSync(file));
check(entries.has('collection.anki21'), 'no collection.anki21 in the package');
check(entries.has('media'), 'no media map in the package');
let media = {};
try {
  media = JSON.parse(entries.get('media')?.toString('utf8') ?? '{}');
  check(media !== null && typeof media === 'object' && !Array.isArray(media), 'media is not a JSON object');
} catch (e) {
  check(false, `media is not JSON: ${e.message}`);
}

const SQL = await initSqlJs();
const db = new SQL.Database(entries.get('collection.anki21'));
const all = (sql) => {
  const result = db.exec(sql);
  if (result.length === 0) return [];
  const { columns, values } = result[0];
  return values.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
};

check(all('pragma integrity_check')[0]?.integrity_check === 'ok', 'SQLite integrity check failed');
const SCHEMA = {
  col: 'id crt mod scm ver dty usn ls conf models decks dconf tags',
  notes: 'id guid mid mod usn tags flds sfld csum flags data',
  cards: 'id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data',
  revlog: 'id cid usn ease ivl lastIvl factor time type',
  graves: 'usn oid type',
};
for (const [table, columns] of Object.entries(SCHEMA)) {
  const actual = all(`pragma table_info(${table})`).map((c) => c.name).join(' ');
  check(actual === columns, `table ${table} has columns [${actual}], Anki expects [${columns}]`);
}

const colRows = all('select * from col');
check(colRows.length === 1, `col must have one row, has ${colRows.length}`);
const col = colRows[0] ?? {};
check(col.ver === 11, `col.ver is ${col.ver}, a legacy package holds schema 11`);
const json = {};
for (const key of ['conf', 'models', 'decks', 'dconf', 'tags']) {
  try {
    json[key] = JSON.parse(col[key]);
  } catch (e) {
    check(false, `col.${key} is not JSON: ${e.message}`);
    json[key] = {};
  }
}
check(json.conf.schedVer === 2, `conf.schedVer is ${json.conf.schedVer}; 2 keeps the cards' scheduling as written`);

for (const [key, model] of Object.entries(json.models)) {
  requireKeys(model, ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css'], `note type ${key}`);
  check(String(model.id) === key, `note type key ${key} differs from its id ${model.id}`);
  (model.flds ?? []).forEach((f, i) => {
    requireKeys(f, ['name', 'ord', 'sticky', 'rtl', 'font', 'size'], `field ${i} of ${model.name}`);
    check(f.ord === i, `field ${f.name} has ord ${f.ord}, expected ${i}`);
  });
  const fieldNames = new Set((model.flds ?? []).map((f) => f.name));
  (model.tmpls ?? []).forEach((t, i) => {
    requireKeys(t, ['name', 'ord', 'qfmt', 'afmt'], `template ${i} of ${model.name}`);
    check(t.ord === i, `template ${t.name} has ord ${t.ord}, expected ${i}`);
    const front = templateFields(t.qfmt ?? '', `${t.name} front`);
    const back = templateFields(t.afmt ?? '', `${t.name} back`);
    check(front.size > 0, `template ${t.name}: its front shows no field, Anki refuses it`);
    for (const name of [...front, ...back]) {
      check(fieldNames.has(name) || SPECIAL_FIELDS.has(name), `template ${t.name} uses unknown field ${name}`);
    }
  });
}
check('1' in json.decks, 'the Default deck (id 1) is missing');
for (const [key, deck] of Object.entries(json.decks)) {
  requireKeys(deck, ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf'], `deck ${key}`);
  check(String(deck.id) === key, `deck key ${key} differs from its id ${deck.id}`);
  check(String(deck.conf) in json.dconf, `deck ${deck.name} uses options ${deck.conf}, which are missing`);
  check(!/[\x00-\x1f"]/.test(deck.name ?? ''), `deck name ${JSON.stringify(deck.name)} has characters Anki removes`);
}
for (const [key, conf] of Object.entries(json.dconf)) {
  requireKeys(conf, ['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse'], `options ${key}`);
  requireKeys(conf.new, ['delays', 'initialFactor', 'ints', 'order', 'perDay'], `options ${key} new`);
  requireKeys(conf.rev, ['ease4', 'ivlFct', 'maxIvl', 'perDay'], `options ${key} rev`);
  requireKeys(conf.lapse, ['delays', 'leechAction', 'leechFails', 'minInt', 'mult'], `options ${key} lapse`);
}

// Anki rewrites ids later than tomorrow; a package should not need that.
const tomorrow = Date.now() + 86_400_000;
const notes = all('select * from notes order by id');
const guids = new Set();
const noteModel = new Map();
for (const note of notes) {
  const model = json.models[String(note.mid)];
  if (!check(model, `note ${note.id} uses missing note type ${note.mid}`)) continue;
  noteModel.set(note.id, model);
  const fields = note.flds.split('\x1f');
  check(fields.length === model.flds.length, `note ${note.id} has ${fields.length} fields, its type ${model.flds.length}`);
  const first = stripHtml(fields[0]);
  check(note.csum === checksum(first), `note ${note.id} (${first}): csum ${note.csum}, expected ${checksum(first)}`);
  check(String(note.sfld) === stripHtml(fields[model.sortf] ?? ''), `note ${note.id}: sort field ${note.sfld} does not match`);
  check(note.guid.length > 0 && !guids.has(note.guid), `note ${note.id}: empty or repeated guid ${note.guid}`);
  guids.add(note.guid);
  check(note.tags === '' || /^ \S+( \S+)* $/.test(note.tags), `note ${note.id}: tags ${JSON.stringify(note.tags)} not in Anki's form`);
  check(note.id <= tomorrow, `note id ${note.id} is in the future`);
}
const cards = all('select * from cards order by id');
const cardIds = new Set();
const cardKeys = new Set();
for (const card of cards) {
  const model = noteModel.get(card.nid);
  check(model, `card ${card.id} belongs to missing note ${card.nid}`);
  check(String(card.did) in json.decks, `card ${card.id} is in missing deck ${card.did}`);
  if (model) check(card.ord < model.tmpls.length, `card ${card.id} has template ${card.ord} of ${model.tmpls.length}`);
  check(!cardKeys.has(`${card.nid}/${card.ord}`), `note ${card.nid} has two cards for template ${card.ord}`);
  cardKeys.add(`${card.nid}/${card.ord}`);
  check(card.type >= 0 && card.type <= 3, `card ${card.id}: type ${card.type}`);
  check(card.queue >= -3 && card.queue <= 4, `card ${card.id}: queue ${card.queue}`);
  try { JSON.parse(card.data || '{}'); } catch (e) { check(false, `card ${card.id}: data is not JSON`); }
  check(card.id <= tomorrow, `card id ${card.id} is in the future`);
  cardIds.add(card.id);
}
const revlog = all('select * from revlog');
for (const entry of revlog) {
  check(cardIds.has(entry.cid), `review ${entry.id} belongs to missing card ${entry.cid}`);
  check(entry.ease >= 0 && entry.ease <= 4, `review ${entry.id}: ease ${entry.ease}`);
  check(entry.type >= 0 && entry.type <= 5, `review ${entry.id}: type ${entry.type}`);
  check(entry.id <= tomorrow, `review id ${entry.id} is in the future`);
}

for (const [option_, actual] of [['--notes', notes.length], ['--cards', cards.length], ['--revlog', revlog.length]]) {
  const expected = option(option_);
  if (expected !== undefined) check(Number(expected) === actual, `${option_.slice(2)}: ${actual}, expected ${expected}`);
}

console.log(`package: ${file}`);
console.log(`notes: ${notes.length}`);
console.log(`cards: ${cards.length}`);
console.log(`revlog: ${revlog.length}`);
console.log(`note types: ${Object.values(json.models).map((m) => `${m.name} [${m.flds.map((f) => f.name).join(', ')}] `
  + `templates [${m.tmpls.map((t) => t.name).join(', ')}]`).join('; ')}`);
console.log(`decks: ${Object.values(json.decks).map((d) => d.name).join('; ')}`);
const show = option('--show');
if (show !== undefined) {
  const note = notes.find((n) => stripHtml(n.flds.split('\x1f')[0]) === show);
  if (check(note, `no note for ${show}`)) {
    const model = noteModel.get(note.id);
    note.flds.split('\x1f').forEach((f, i) => console.log(`  ${model.flds[i].name}: ${stripHtml(f)}`));
    console.log(`  tags:${note.tags}`);
  }
}
if (problems.length > 0) {
  console.log(`PROBLEMS (${problems.length}):`);
  for (const p of problems.slice(0, 50)) console.log(`  - ${p}`);
  process.exit(1);
}
console.log('OK: the package reads as Anki reads it');
