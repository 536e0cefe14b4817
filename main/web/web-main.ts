import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { warmUpEngines } from '../engines/run-engine';
import { openServices } from '../services/open-services';
import { openInBrowser } from './open-browser';
import { startWebServer } from './web-server';

/**
 * `npm run web`: browser mode. The same services and renderer as the desktop app, over HTTP on
 * 127.0.0.1 with a per-run token. Prints the URL (the token travels in the fragment, which the
 * browser never sends to any server) and opens it when a desktop is present.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      library: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
      token: { type: 'string' },
    },
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const services = await openServices({ shell: 'web', libraryDir: values.library });
  warmUpEngines();
  const token = values.token ?? process.env.PARALLAX_TOKEN ?? randomBytes(24).toString('hex');
  const server = await startWebServer({
    api: services.api,
    events: services.ctx.events,
    rendererDir: path.resolve(here, '..', 'renderer'),
    token,
    port: values.port ? Number(values.port) : 0,
    startupNotices: services.notices,
  });
  console.log(`Parallax (browser mode) is running at:\n\n  ${server.url}\n`);
  console.log(`Library: ${services.ctx.library.dir}`);
  for (const n of services.notices) console.warn(`notice: ${n}`);
  if (!values['no-open']) openInBrowser(server.url);

  const stop = async () => {
    await server.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err) => {
  console.error(`parallax web: ${(err as Error).message}`);
  process.exit(1);
});
