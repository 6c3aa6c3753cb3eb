// A static file server for the built dist/ on 127.0.0.1, mounted under a sub-path (as on a
// project page) plus a host page that embeds the lab in an iframe (as a course page would).
// Hand-written (node:http, ~40 lines) because the tests need both of those and a request log.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json',
};

/** Brotli at quality 11, as a static host precompresses; computed once per file and body. */
const brotliCache = new Map();
export function brotli(body) {
  return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
}

/**
 * Serves `dir` at `/${mount}/`; `/course.html` embeds `src` in an iframe.
 * With `{ compress: true }` a request that accepts `br` gets the file brotli-compressed
 * (`content-encoding: br`), as any static host serves it.
 */
export async function serveDist(dir, mount = 'lab', { compress = false } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/course.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(`<!DOCTYPE html><html><head><link rel="icon" href="data:,"><title>Course</title></head>
<body><h1>Week 3: Auto Scaling</h1><iframe id="lab" src="/${mount}/${url.search}" width="900" height="600"
sandbox="allow-scripts allow-same-origin" title="ASG Lab"></iframe></body></html>`);
      return;
    }
    const prefix = `/${mount}/`;
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end('not found'); return; }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(path.resolve(dir))) { res.writeHead(403).end(); return; }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
      if (compress && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
        const key = `${file}:${body.length}`;
        if (!brotliCache.has(key)) brotliCache.set(key, brotli(body));
        body = brotliCache.get(key);
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}/${mount}/`, close: () => { server.closeAllConnections?.(); server.close(); } };
}
