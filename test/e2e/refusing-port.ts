// A port on 127.0.0.1 that refuses connections (nothing listens on it) until a test opens
// it, after which it forwards every connection to another local port: a server that is
// down for the first attempt of a call and up for its retry.
import { createServer, connect, type Server, type Socket } from "node:net";
import { freePort } from "./free-port.js";

export interface RefusingPort {
  readonly port: number;
  /** From now on, connections are accepted and piped to `targetPort` (no-op when open). */
  open(targetPort: number): Promise<void>;
  /** Refuses connections again; open ones are dropped. */
  close(): Promise<void>;
}

export async function refusingPort(): Promise<RefusingPort> {
  const port = await freePort();
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  return {
    port,
    async open(targetPort) {
      if (server) return;
      server = createServer((client) => {
        const upstream = connect(targetPort, "127.0.0.1");
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => undefined);
        }
        client.on("close", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
        client.pipe(upstream).pipe(client);
      });
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.once("error", reject);
        listening.listen(port, "127.0.0.1", () => resolve());
      });
    },
    async close() {
      for (const s of sockets) s.destroy();
      const listening = server;
      server = undefined;
      if (listening) await new Promise<void>((resolve) => listening.close(() => resolve()));
    },
  };
}
