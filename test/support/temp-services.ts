import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openServices, type Services } from '../../main/services/open-services';

/** A fresh user-data folder and library on disk, with the real services over them. */
export async function tempServices(shell: 'web' | 'electron' | 'cli' = 'web'): Promise<Services & { root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'parallax-test-'));
  const services = await openServices({ shell, userData: path.join(root, 'user-data'), libraryDir: path.join(root, 'library') });
  return {
    ...services,
    root,
    cleanup: async () => {
      await services.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
