import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg']);

/** TimelineJS3's own build, from npm (@knight-lab/timelinejs). */
const timelineJsDist = join(
  dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json')),
  'dist',
);

/** The page a newsroom would publish to show the same events in TimelineJS3, at the same size as the story. */
const TIMELINEJS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS3</title>
<link rel="stylesheet" href="/timelinejs/css/timeline.css"></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:100vh"></div>
<script src="/timelinejs/js/timeline.js"></script>
<script>new TL.Timeline('timeline-embed', '/timelinejs.json', { script_path: '/timelinejs/js/', font: null });</script>
</body></html>`;

/**
 * Serves dist/ as a CDN would (gzip for text, long cache for hashed assets), plus TimelineJS3 under
 * /timelinejs/ and a page using it at /bench/timelinejs.html, all on one local origin.
 */
export function startServer(port: number, distDir = 'dist'): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/bench/timelinejs.html') return send(response, '.html', Buffer.from(TIMELINEJS_PAGE), cache, path);
    const file = path.startsWith('/timelinejs/') ? join(timelineJsDist, path.slice(12)) : join(distDir, path);
    const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!existsSync(target)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      return response.end(readFileSync(join(distDir, '404.html')));
    }
    const ext = extname(target);
    if (!COMPRESSIBLE.has(ext)) {
      response.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
      return createReadStream(target).pipe(response);
    }
    send(response, ext, readFileSync(target), cache, target);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function send(
  response: import('node:http').ServerResponse,
  ext: string,
  body: Buffer,
  cache: Map<string, Buffer>,
  key: string,
): void {
  let gz = cache.get(key);
  if (!gz) cache.set(key, (gz = gzipSync(body, { level: 9 })));
  response.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'content-encoding': 'gzip',
    'cache-control': key.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
  });
  response.end(gz);
}
