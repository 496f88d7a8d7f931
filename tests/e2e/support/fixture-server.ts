import { type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from './tls';

export interface FixtureRequest {
  host: string;
  path: string;
  query: URLSearchParams;
}
export interface FixtureResponse {
  status?: number;
  type?: string;
  body: string | Buffer;
}
export type FixtureHandler = (req: FixtureRequest) => FixtureResponse | null;

export interface FixtureServer {
  port: number;
  /** https://<host>:<port><path>; the browser maps the real host names to this server. */
  url(host: string, path: string): string;
  /** Routes can be swapped while a test runs (e.g. a layout that stops matching). */
  setHandler(handler: FixtureHandler): void;
  requests: string[];
  close(): Promise<void>;
}

/** One HTTPS server for every fixture host; the Host header decides which site answers. */
export async function startFixtureServer(handler: FixtureHandler): Promise<FixtureServer> {
  let current = handler;
  const requests: string[] = [];
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push(`${host}${url.pathname}${url.search}`);
    const answer = current({ host, path: url.pathname, query: url.searchParams });
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(answer.body);
  };
  const server = createHttpsServer(selfSignedCertificate(), serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (host, path) => `https://${host}:${port}${path}`,
    setHandler: (h) => (current = h),
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

