// Serves a built folder (dist/) on 127.0.0.1 under the base path, like a plain static host: index.html for folders, 404.html otherwise.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { baseOfBuiltPage, normaliseBase } from './built-base.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** The value of the last `--name value` on the command line (so `npm run preview -- --port 5000` wins over the script's own). */
function option(name: string, fallback: string): string {
  const index = process.argv.lastIndexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const root = path.resolve(option('dir', process.env.OUT_DIR || 'dist'));
const port = Number(option('port', '4321'));

/** BASE_PATH when set; otherwise the base the folder was built for, so a sub-path build previews under its sub-path. */
function servedBase(): string {
  if (process.env.BASE_PATH?.trim()) return normaliseBase(process.env.BASE_PATH);
  try {
    return baseOfBuiltPage(readFileSync(path.join(root, 'index.html'), 'utf8'));
  } catch {
    console.error(`Nothing to serve: ${root} has no index.html. Run \`npm run build\` first.`);
    process.exit(1);
  }
}
const base = servedBase();

/** The file a URL path maps to inside root, or undefined when it is outside the base or root. */
async function resolveFile(urlPath: string): Promise<string | undefined> {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === base.slice(0, -1) && base !== '/') {
    response.writeHead(301, { Location: base }).end();
    return;
  }
  const file = await resolveFile(url.pathname).catch(() => undefined);
  const target = file ?? path.join(root, '404.html');
  const body = await readFile(target).catch(() => Buffer.from('Not found'));
  response.writeHead(file ? 200 : 404, {
    'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is already in use (is \`npm start\` running in another terminal?). Stop that server, or pick another port: npm run preview -- --port ${port + 10}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
