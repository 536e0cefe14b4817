import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (this file lives in scripts/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `../shared` beside the repository (corpora and scorers for benchmarks and evaluations). A user's
 * clone has none: then the script says so and exits successfully, as CI and users expect.
 */
export function sharedDirOrSkip(): string {
  const dir = path.resolve(repoRoot, '..', 'shared');
  if (!existsSync(dir)) {
    console.log('skipped: ../shared not found');
    process.exit(0);
  }
  return dir;
}
