import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';

/** The real pym.js parent library, served by the host as a newsroom's page would. */
const PYM = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'));

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

/**
 * A web server on another origin than the site (its own port on 127.0.0.1), serving the host pages a
 * test writes: an article with an embed in it, as a newspaper's site would show it.
 */
export class HostServer {
  readonly origin: string;
  readonly #server: Server;
  readonly #pages: Map<string, string>;

  private constructor(server: Server, pages: Map<string, string>) {
    this.#server = server;
    this.#pages = pages;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Starts a server on a free port; `files` serves a folder's files too (WordPress's scripts and styles). */
  static async start(files?: string): Promise<HostServer> {
    const pages = new Map<string, string>();
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://host').pathname;
      if (path === '/pym.v1.min.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(PYM);
      const file = files && !path.includes('..') ? join(files, path) : '';
      if (file && existsSync(file) && statSync(file).isFile())
        return response
          .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain' })
          .end(readFileSync(file));
      const html = pages.get(path);
      if (html === undefined) return response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new HostServer(server, pages);
  }

  /** Publishes an article page with `body` between two paragraphs of text, and returns its URL. */
  page(body: string): string {
    const path = `/article-${this.#pages.size + 1}.html`;
    this.#pages.set(
      path,
      `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>An article on another site</title>
<style>body{margin:0;font:18px/1.5 Georgia,serif}p{margin:16px}</style></head>
<body><p>An article on another site.</p>${body}<p>The article goes on.</p></body></html>`,
    );
    return `${this.origin}${path}`;
  }

  /** Stops the server. */
  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
