/** Ports for the servers the tests and the bench start. */
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now, so that two test runs or benches on one machine never answer each other's requests. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => res(port));
    });
  });
}
