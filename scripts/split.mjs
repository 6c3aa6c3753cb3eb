// Trunk post-build hook (first of four, see Trunk.toml): splits the app's wasm at its split points
// (src/app/parts.rs), so the first load carries only what the first screen needs and the guided
// lab, the class page, challenge authoring and the trace import load when first shown.
//
// Trunk 0.21 runs cargo and wasm-bindgen with no step between (index.html turns its wasm-opt
// off), so this redoes the tail of its Rust pipeline on cargo's own output, as cargo-leptos does:
//
//   target/…/asg-lab.wasm ──wasm-split-cli──▶ main + parts + loader (__wasm_split.js)
//   main ──wasm-bindgen --keep-lld-exports──▶ asg-lab-<hash>.js + _bg.wasm   (Trunk's names)
//   every wasm ──wasm-opt -Oz──▶ the staging folder; index.html's integrity hashes rewritten
//
// The parts and the loader are named after Trunk's hash (asg-lab-<hash>-<part>.wasm,
// asg-lab-<hash>-split.js): one build's files never mix with another's in a cache.
// Run by Trunk with TRUNK_STAGING_DIR and TRUNK_PROFILE set, or: node scripts/split.mjs dist [release].
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
const profile = process.env.TRUNK_PROFILE || process.argv[3] || 'release';
const fail = (msg) => { console.error(`split.mjs: ${msg}`); process.exit(1); };
if (!dir) fail('TRUNK_STAGING_DIR is not set (run by Trunk, or pass the dist folder)');

const staged = await readdir(dir);
const js = staged.filter((n) => /^asg-lab-[0-9a-f]+\.js$/.test(n));
if (js.length !== 1) fail(`expected one asg-lab-<hash>.js in ${dir}, found ${js.length}`);
const stem = js[0].slice(0, -3);
if (!staged.includes(`${stem}_bg.wasm`)) fail(`no ${stem}_bg.wasm in ${dir}`);

const meta = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { cwd: root, encoding: 'utf8' }));
const raw = path.join(meta.target_directory, 'wasm32-unknown-unknown', profile, 'asg-lab.wasm');
const input = await readFile(raw).catch(() => fail(`no ${raw}: did Trunk build it?`));
// The split needs the linker's relocations (build.rs asks for them with the `split` feature)
// and at least one split point.
if (!input.includes('reloc.CODE') || !input.includes('__wasm_split_placeholder__')) {
  fail(`${raw} has no relocations or no split points: build it with --features split (index.html's data-cargo-features)`);
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'asg-split-'));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
try {
  run('wasm-split-cli', [raw, tmp, '--target', 'web', '--out-name', stem]);
  const bindgen = path.join(tmp, 'bindgen');
  run('wasm-bindgen', ['--target=web', '--no-typescript', '--keep-lld-exports', `--out-dir=${bindgen}`, `--out-name=${stem}`, path.join(tmp, `${stem}.wasm`)]);

  // Rename the parts and the loader after this build, and point the two scripts at the names.
  const parts = (await readdir(tmp)).filter((n) => /^(split|chunk)_.*\.wasm$/.test(n)).sort();
  if (!parts.some((n) => n.startsWith('split_'))) fail('wasm-split-cli wrote no part');
  const named = (n) => `${stem}-${n.replace(/^split_/, '')}`;
  const loader = `${stem}-split.js`;
  let link = await readFile(path.join(tmp, '__wasm_split.js'), 'utf8');
  for (const n of parts) link = swap(link, `"./${n}"`, `"./${named(n)}"`, '__wasm_split.js');
  let main = await readFile(path.join(bindgen, `${stem}.js`), 'utf8');
  // (only the imports' paths: the import object's keys are the wasm's own module names)
  main = swap(main, 'from "./__wasm_split.js"', `from "./${loader}"`, `${stem}.js`);

  // wasm-opt as Trunk runs it (`-Oz`, index.html's data-wasm-opt), in release builds only;
  // WASM_OPT_G=1 keeps the function names, for a CPU profile that names Rust functions.
  const wasm = [[path.join(bindgen, `${stem}_bg.wasm`), `${stem}_bg.wasm`], ...parts.map((n) => [path.join(tmp, n), named(n)])];
  for (const [from, to] of wasm) {
    if (profile === 'release') run('wasm-opt', [...(process.env.WASM_OPT_G ? ['-g'] : []), '-Oz', from, '-o', path.join(dir, to)]);
    else await writeFile(path.join(dir, to), await readFile(from));
  }
  await writeFile(path.join(dir, `${stem}.js`), main);
  await writeFile(path.join(dir, loader), link);

  // index.html: the new files' integrity, and the loader preloaded beside the script that imports it.
  const html = path.join(dir, 'index.html');
  let page = await readFile(html, 'utf8');
  for (const f of [`${stem}.js`, `${stem}_bg.wasm`]) {
    const re = new RegExp(`(href="\\./${f}"[^>]*integrity=")[^"]+(")`);
    if (!re.test(page)) fail(`index.html has no integrity for ${f}: Trunk's output has changed`);
    page = page.replace(re, `$1${await sri(path.join(dir, f))}$2`);
  }
  const preload = `<link rel="modulepreload" href="./${loader}" crossorigin="anonymous" integrity="${await sri(path.join(dir, loader))}">`;
  page = page.replace(/(<link rel="modulepreload" href="\.\/asg-lab-[0-9a-f]+\.js"[^>]*>)/, `$1\n${preload}`);
  if (!page.includes(preload)) fail('index.html has no modulepreload for the app script');
  await writeFile(html, page);

  const size = async (n) => (await readFile(path.join(dir, n))).length;
  const first = await size(`${stem}_bg.wasm`);
  let rest = 0;
  for (const n of parts) rest += await size(named(n));
  console.log(`split.mjs: first-load wasm ${first} B; ${parts.length} parts loaded when shown, ${rest} B (raw)`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}

/** `text` with every `from` replaced by `to`; fails if there is none (the tool's output changed). */
function swap(text, from, to, file) {
  if (!text.includes(from)) fail(`${file} does not name ${from}: wasm-split-cli's or wasm-bindgen's output has changed`);
  return text.split(from).join(to);
}

/** The file's subresource integrity value (sha384, as Trunk writes it). */
async function sri(file) {
  return `sha384-${createHash('sha384').update(await readFile(file)).digest('base64')}`;
}
