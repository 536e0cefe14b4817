// Bundles the Node side with esbuild: the Electron main process and preload, browser mode's
// server, the CLI and worker entries. Type checking is `npm run typecheck`; this only bundles.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // pdfjs loads its own worker and font files by path; electron is provided by the runtime.
  external: ['electron', 'pdfjs-dist'],
};
// Bundled CommonJS dependencies call require(); give ESM bundles a real one.
const esmBanner = { js: "import { createRequire as __parallaxCreateRequire } from 'node:module'; const require = __parallaxCreateRequire(import.meta.url);" };

const esmEntries = {
  'electron-main': 'main/electron/electron-main.ts',
  'web': 'main/web/web-main.ts',
  'cli': 'main/cli/cli-main.ts',
};
for (const [name, file] of Object.entries({ 'import-worker': 'main/import/import-worker.ts', 'engine-worker': 'main/engines/engine-worker.ts', 'segment-worker': 'main/search/segment-worker.ts' })) {
  if (existsSync(file)) esmEntries[name] = file;
}

// Start clean so workers of earlier builds cannot linger under stale names.
rmSync('dist/main', { recursive: true, force: true });
await build({ ...common, entryPoints: esmEntries, outdir: 'dist/main', format: 'esm', banner: esmBanner, outExtension: { '.js': '.js' } });
// Sandboxed preloads must be CommonJS and self-contained.
await build({ ...common, entryPoints: { preload: 'main/electron/preload.ts' }, outdir: 'dist/main', format: 'cjs', outExtension: { '.js': '.cjs' } });
console.log('built dist/main');
