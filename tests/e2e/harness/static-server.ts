/**
 * A tiny static server for a built site, as any plain web server would serve
 * it: `dir/` → `dir/index.html`, `dir` → redirect to `dir/`, unknown paths →
 * `404.html` with status 404; optionally gzip for text types, as web servers
 * are usually set up (the search benchmark counts bytes with it). Loopback only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A running server. */
export interface StaticServer {
  /** Origin, e.g. `http://127.0.0.1:43121`. */
  origin: string;
  close: () => Promise<void>;
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** Text types a web server compresses. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt']);

/** Serves `root` on 127.0.0.1 at a free port; `gzip` compresses text types for clients that accept it. */
export async function serveStatic(root: string, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const path = normalize(join(root, pathname));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (!pathname.endsWith('/') && existsSync(path) && statSync(path).isDirectory()) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = pathname.endsWith('/') ? join(path, 'index.html') : path;
    const found = isFile(file);
    const served = found ? file : join(root, '404.html');
    if (!isFile(served)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const gzip = options.gzip && COMPRESSIBLE.has(extname(served)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    const body = createReadStream(served);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
