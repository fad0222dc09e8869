// A tiny static file server for the demo, the size check and the bench: node:http only, no dependency.
// Serves the project root on 127.0.0.1 (never another interface, never the network).
// Like any real host, it compresses: a request that accepts gzip gets `content-encoding: gzip`
// (node:zlib, level 9, cached in memory by path + mtime + size), and every response says
// `vary: accept-encoding`; a request without gzip in accept-encoding gets the file as is.
//   node scripts/serve.mjs            → http://127.0.0.1:8080/demo/ (PORT=… to choose; next ports if busy)
//   import { startServer } from './serve.mjs'; const { url, close } = await startServer({ port: 0 });
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzip as gzipCallback } from 'node:zlib';
import { promisify } from 'node:util';

const gzip = promisify(gzipCallback);

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xlf': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

const typeOf = (path) => TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** Types already compressed: gzip would only cost time. */
const COMPRESSED = new Set(['.png', '.jpg', '.jpeg', '.woff2']);

/**
 * True when the request accepts gzip (`accept-encoding: gzip, deflate, br`), honouring
 * `gzip;q=0` (and `*;q=0` when gzip is not named), as RFC 9110 § 12.5.3 says.
 */
export function acceptsGzip(header) {
  if (!header) return false;
  let star;
  for (const part of String(header).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';').map((x) => x.trim());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    const ok = Number.isFinite(weight) && weight > 0;
    if (name === 'gzip' || name === 'x-gzip') return ok;
    if (name === '*') star = ok;
  }
  return star ?? false;
}

/** True when `path` is `root` or inside it. */
const inside = (root, path) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/**
 * Starts the server. `pages` maps URL paths to in-memory bodies (e.g. a generated test
 * page): `{ '/__size/fr.html': '<!doctype html>…' }`, served before the files.
 * `port` 0 picks a free port; otherwise, if the port is busy, the next ones are tried.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ root = projectRoot, port = 8080, host = '127.0.0.1', pages = {}, tries = 20 } = {}) {
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    throw new Error(`serve: refusing to listen on ${host}; this server is for the loopback interface only`);
  }
  const base = await realpath(resolve(root));
  /** file path or page key → { key, body }: gzip bodies, computed once per version of a file. */
  const gzipCache = new Map();
  const gzipped = async (id, version, body) => {
    const hit = gzipCache.get(id);
    if (hit && hit.version === version) return hit.body;
    const entry = { version, body: gzip(body, { level: 9 }) };
    gzipCache.set(id, entry);
    try {
      return await entry.body;
    } catch (error) {
      if (gzipCache.get(id) === entry) gzipCache.delete(id);
      throw error;
    }
  };
  /** Sends a whole body, gzipped when the request accepts it and the type is worth it. */
  const reply = async (req, res, { id, version, type, body }) => {
    const headers = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
    let out = body;
    if (!COMPRESSED.has(extname(id).toLowerCase()) && acceptsGzip(req.headers['accept-encoding'])) {
      out = await gzipped(id, version, body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = out.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : out);
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        return send(res, 400, 'Bad request\n');
      }
      if (pathname.includes('\0')) return send(res, 400, 'Bad request\n');
      if (pathname === '/') return send(res, 302, 'Found: /demo/\n', { location: '/demo/' });
      const page = pages[pathname];
      if (page !== undefined) {
        const body = Buffer.from(page);
        // A page's text is its version: `pages` may be a live object whose values change.
        return await reply(req, res, { id: `page:${pathname}`, version: page, type: typeOf(pathname), body });
      }

      // Resolve against the root and refuse anything outside it (.., encoded dots, symlinks out).
      const wanted = resolve(base, '.' + pathname);
      if (!inside(base, wanted)) return send(res, 403, 'Forbidden\n');
      let file = wanted;
      let info;
      try {
        file = await realpath(wanted);
        if (!inside(base, file)) return send(res, 403, 'Forbidden\n');
        info = await stat(file);
        if (info.isDirectory()) {
          if (!pathname.endsWith('/')) {
            return send(res, 301, 'Moved\n', { location: url.pathname + '/' + url.search });
          }
          file = join(file, 'index.html');
          info = await stat(file);
        }
      } catch {
        return send(res, 404, `Not found: ${pathname}\n`);
      }
      if (!info.isFile()) return send(res, 404, `Not found: ${pathname}\n`);
      // The files here are small (a demo, built scripts): read whole, so content-length is exact
      // in both encodings. The cache key is path + mtime + size: a rebuilt file is compressed again.
      const version = `${info.mtimeMs}:${info.size}`;
      const cached = gzipCache.get(file);
      const wantsGzip = acceptsGzip(req.headers['accept-encoding']) && !COMPRESSED.has(extname(file).toLowerCase());
      const body = wantsGzip && cached?.version === version ? undefined : await readFile(file);
      return await reply(req, res, { id: file, version, type: typeOf(file), body });
    } catch (error) {
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
      console.error('serve:', error);
    }
  });

  const listen = (p) =>
    new Promise((ok, fail) => {
      const onError = (error) => {
        server.off('listening', onListening);
        fail(error);
      };
      const onListening = () => {
        server.off('error', onError);
        ok();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    });

  let chosen = Number(port);
  for (let attempt = 0; ; attempt++) {
    try {
      await listen(chosen);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || chosen === 0 || attempt + 1 >= tries) throw error;
      chosen += 1;
    }
  }
  const actual = server.address().port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}`,
    port: actual,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections?.();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const { url, close } = await startServer({ port });
  console.log(`serve: ${projectRoot} on ${url}`);
  console.log(`demo: ${url}/demo/   (Ctrl+C to stop)`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
