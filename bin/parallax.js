#!/usr/bin/env node
// The `parallax` command. The CLI is built into dist/ by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  console.error('parallax: the CLI is not built yet. Run `npm run build` in the Parallax folder first.');
  process.exit(1);
}
const { main } = await import(new URL('../dist/main/cli.js', import.meta.url).href);
await main();
