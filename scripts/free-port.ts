// Asks the operating system for free TCP ports on 127.0.0.1, so the browser tests never collide with a running `npm start`.
import { createServer } from 'node:net';

/** True when nothing listens on the port at 127.0.0.1. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port the operating system says is free right now (it picks one when asked for port 0). */
function osFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The first of `count` consecutive free ports (the tests serve the root build on it and the sub-path build on the next).
 * @example await freePortRun(2) // 39811, with 39811 and 39812 both free
 */
export async function freePortRun(count: number, tries = 20): Promise<number> {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const first = await osFreePort();
    if (first + count - 1 > 65535) continue;
    const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => isPortFree(first + i + 1)));
    if (rest.every(Boolean)) return first;
  }
  throw new Error(`No run of ${count} free ports found on 127.0.0.1 after ${tries} tries; set E2E_PORT to choose one.`);
}
