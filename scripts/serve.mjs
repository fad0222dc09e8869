// A tiny static file server for the demo and the size check: node:http only, no dependency.
// Serves the project root on 127.0.0.1 (never another interface, never the network).
//   node scripts/serve.mjs            → http://127.0.0.1:8080/demo/ (PORT=… to choose; next ports if busy)
//   import { startServer } from './serve.mjs'; const { url, close } = await startServer({ port: 0 });
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
        res.writeHead(200, { 'content-type': typeOf(pathname), 'content-length': body.length, 'cache-control': 'no-store' });
        return res.end(req.method === 'HEAD' ? undefined : body);
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
      res.writeHead(200, { 'content-type': typeOf(file), 'content-length': info.size, 'cache-control': 'no-store' });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
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
