import { createServer, type Server, type Socket, connect as tcpConnect } from "node:net";

/**
 * A TCP proxy between the app and PostgreSQL, for outage tests and benchmarks. It can go silent
 * (connections stay open but nothing is forwarded: a network that stops answering), and it can
 * go away (every connection is cut and new ones are refused: a database that has stopped).
 */
export interface TcpProxy {
  readonly port: number;
  /** `databaseUrl` with its host and port pointed at the proxy. */
  urlFor(databaseUrl: string): string;
  /** Stop forwarding in both directions; connections stay open, new ones are accepted. */
  pause(): void;
  /** Forward again, with everything held back while paused. */
  resume(): void;
  /** Cut every connection and refuse new ones. */
  refuse(): Promise<void>;
  /** Accept connections again after `refuse()`. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let paused = false;
  const connections = new Set<{ client: Socket; upstream: Socket; flush: () => void }>();

  const onConnection = (client: Socket) => {
    const upstream = tcpConnect(target.port, target.host);
    const held: { to: Socket; chunk: Buffer }[] = [];
    const forward = (to: Socket) => (chunk: Buffer) => {
      if (paused) held.push({ to, chunk });
      else to.write(chunk);
    };
    const connection = {
      client,
      upstream,
      flush: () => {
        for (const { to, chunk } of held.splice(0)) to.write(chunk);
      },
    };
    connections.add(connection);
    client.on("data", forward(upstream));
    upstream.on("data", forward(client));
    const cut = () => {
      connections.delete(connection);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", cut);
    upstream.on("close", cut);
    client.on("error", cut);
    upstream.on("error", cut);
  };

  let server: Server = createServer(onConnection);
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });
  const port = await listen(0);
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const cutAll = () => {
    for (const { client, upstream } of connections) {
      client.destroy();
      upstream.destroy();
    }
    connections.clear();
  };

  return {
    port,
    urlFor(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      return url.toString();
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      for (const connection of connections) connection.flush();
    },
    async refuse() {
      const closed = stopListening();
      cutAll();
      await closed;
    },
    async restore() {
      server = createServer(onConnection);
      await listen(port);
    },
    async close() {
      paused = false;
      const closed = server.listening ? stopListening() : Promise.resolve();
      cutAll();
      await closed;
    },
  };
}
