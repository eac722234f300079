import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A file's bytes, or a handler that answers the request itself (stall, cut off, redirect...). */
export type Route = Uint8Array | ((req: IncomingMessage, res: ServerResponse) => void);

/** A loopback HTTP server laid out like a release mirror; every request path is recorded. */
export interface ReleaseServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  routes: Map<string, Route>;
  requests: string[];

  close(): Promise<void>;
}

/** `host`: where it listens; a forward proxy is never used for loopback, so tests of one need another address. */
export async function startReleaseServer(host = "127.0.0.1"): Promise<ReleaseServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push(path);
    const route = routes.get(path);
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    } else if (typeof route === "function") {
      route(req, res);
    } else {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": route.byteLength });
      res.end(route);
    }
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    routes,
    requests,
    close: () =>
      new Promise((done) => {
        // Stalled responses would otherwise keep the server open forever.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Answers with the headers and the first `sent` bytes of `body`, then never sends another byte. */
export function stallAfter(body: Uint8Array, sent: number): Route {
  return (_req, res) => {
    res.writeHead(200, { "content-length": body.byteLength });
    res.write(body.subarray(0, sent));
  };
}

/** Announces all of `body`, sends the first `sent` bytes, then drops the connection. */
export function cutOffAfter(body: Uint8Array, sent: number): Route {
  return (_req, res) => {
    res.writeHead(200, { "content-length": body.byteLength });
    res.write(body.subarray(0, sent), () => res.socket?.destroy());
  };
}
