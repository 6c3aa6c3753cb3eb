// Trunk post-build hook (second of three, see Trunk.toml): writes the content security policy
// into the built index.html, with a sha256 hash for each inline script exactly as built
// (Trunk's loader, the boot script, the first view's and the service worker's), so the hashes
// always match. Run by Trunk with TRUNK_STAGING_DIR set (see Trunk.toml).
//
// default-src 'self'; scripts only by hash ('strict-dynamic' lets the hashed loader import the
// app's module, and nothing else runs) and 'wasm-unsafe-eval' to compile the wasm; no inline style at all (the app sets styles through
// the style object); images 'self' and data: (the empty favicon); base-uri and form-action
// 'none'; workers ('worker-src', the service worker) from this origin only. frame-ancestors is
// left open on purpose: course pages embed the lab.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('csp.mjs: TRUNK_STAGING_DIR is not set (run by Trunk, or pass the dist folder)');
  process.exit(2);
}
const file = path.join(dir, 'index.html');
let html = await readFile(file, 'utf8');
html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
if (hashes.length === 0) {
  console.error('csp.mjs: no inline script found: the loader has changed, check the policy');
  process.exit(1);
}
const policy = [
  "default-src 'self'",
  `script-src ${hashes.join(' ')} 'strict-dynamic' 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // the service worker (scripts/sw.js), from this origin only
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`;
if (!/<meta charset="utf-8">/.test(html)) {
  console.error('csp.mjs: no <meta charset="utf-8"> to put the policy after');
  process.exit(1);
}
html = html.replace(/<meta charset="utf-8">/, (m) => m + meta);
await writeFile(file, html);
console.log(`csp.mjs: policy with ${hashes.length} script hash(es) written to ${file}`);
