import { type AddressInfo, connect, createServer, type Server, type Socket } from "node:net";
import { networkInterfaces } from "node:os";
import { createServer as createTlsServer } from "node:tls";

/**
 * An address of this machine other than loopback, for servers that a proxy test must reach: the
 * actions toolkit, Go and our own clients never send loopback through a proxy.
 */
export function nonLoopbackIpv4(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
}

export interface TcpForwarder {
  host: string;
  port: number;
  /** Connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * Listens on `host` and passes every connection on to 127.0.0.1:`toPort`, byte for byte: a
 * loopback-only server (the test API server) seen at another address. With `tls`, it ends TLS
 * itself first (a TLS front for a plain proxy: an https:// proxy).
 */
export async function forwardTcp(options: {
  host: string;
  toPort: number;
  tls?: { cert: string; key: string };
}): Promise<TcpForwarder> {
  let accepted = 0;
  const sockets = new Set<Socket>();
  const pass = (client: Socket) => {
    accepted++;
    const upstream = connect(options.toPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    }
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.pipe(upstream).pipe(client);
  };
  const server: Server = options.tls ? createTlsServer(options.tls, pass) : createServer(pass);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, options.host, resolve);
  });
  return {
    host: options.host,
    port: (server.address() as AddressInfo).port,
    connections: () => accepted,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
