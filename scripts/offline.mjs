// Trunk post-build hook (last of three, after csp.mjs, which changes index.html): writes
// dist/sw.js from scripts/sw.js with the build's version and file list, so a repeat visit and
// an offline one open from the cache, and any change to any file is a new version. Run by Trunk with
// TRUNK_STAGING_DIR set (see Trunk.toml), or with the dist folder as its argument.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('offline.mjs: TRUNK_STAGING_DIR is not set (run by Trunk, or pass the dist folder)');
  process.exit(2);
}
const names = (await readdir(dir, { withFileTypes: true }))
  .filter((e) => e.isFile() && e.name !== 'sw.js')
  .map((e) => e.name)
  .sort();
if (!names.includes('index.html') || !names.some((n) => n.endsWith('.wasm'))) {
  console.error(`offline.mjs: no index.html or .wasm in ${dir}: not a build`);
  process.exit(1);
}
const hash = createHash('sha256');
for (const n of names) hash.update(n).update('\0').update(await readFile(path.join(dir, n))).update('\0');
const version = hash.digest('hex').slice(0, 16);
// The page is cached as `./` (the folder's address, which every link uses).
const files = ['./', ...names.filter((n) => n !== 'index.html').map((n) => `./${n}`)];
const template = await readFile(path.join(path.dirname(fileURLToPath(import.meta.url)), 'sw.js'), 'utf8');
if (!template.includes("'__VERSION__'") || !template.includes('__FILES__')) {
  console.error('offline.mjs: scripts/sw.js has lost its __VERSION__ / __FILES__ placeholders');
  process.exit(1);
}
const sw = template.replace("'__VERSION__'", JSON.stringify(version)).replace('__FILES__', JSON.stringify(files));
await writeFile(path.join(dir, 'sw.js'), sw);
console.log(`offline.mjs: sw.js version ${version}, ${files.length} files`);
