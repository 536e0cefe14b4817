import { readFileSync } from 'node:fs';
import { ExtractPool } from '../import/extract-pool';
import { Library } from '../library/library';
import { openConfBackend, confSettingsFile } from '../settings/conf-backend';
import { openSettingsBackend, SettingsService, type SettingsBackend } from '../settings/settings-service';
import { resolveLibraryDir, userDataDir } from '../settings/user-data-dir';
import type { ParallaxApi } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { createApi } from './create-api';
import { EventBus } from './event-bus';
import { JobRegistry } from './jobs';
import { SearchService } from './search-service';

export interface OpenServicesOptions {
  shell: ServiceContext['shell'];
  /** `--library DIR`; otherwise PARALLAX_LIBRARY, the settings, then the default. */
  libraryDir?: string;
  userData?: string;
  /** Electron passes electron-store; browser mode and the CLI use conf on the same file. */
  openSettings?: () => SettingsBackend;
  settingsFile?: string;
}

export interface Services {
  api: ParallaxApi;
  ctx: ServiceContext;
  /** Problems found and repaired while opening (damaged settings, quarantined records), for a notice. */
  notices: string[];
  close: () => Promise<void>;
}

/** Builds the whole service layer for one process: settings, library, search, jobs, events. */
export async function openServices(opts: OpenServicesOptions): Promise<Services> {
  const userData = opts.userData ?? userDataDir();
  const settingsFile = opts.settingsFile ?? confSettingsFile(userData);
  const opened = await openSettingsBackend(opts.openSettings ?? (() => openConfBackend(userData)), settingsFile);
  const settings = new SettingsService(opened.backend, opened.repaired);
  const notices: string[] = [];
  if (settings.repaired.length > 0) {
    notices.push(`Settings were damaged and have been repaired (${settings.repaired.join(', ')})${opened.backedUp ? `; the old file was kept as ${opened.backedUp}` : ''}.`);
  }

  const libraryDir = resolveLibraryDir({ flag: opts.libraryDir, fromSettings: settings.get().libraryPath, userData });
  const library = await Library.open(libraryDir);
  for (const q of library.quarantined) notices.push(`A damaged record was moved aside: ${q.file} (${q.problem}); it is kept in ${q.movedTo}.`);

  const events = new EventBus();
  const search = await SearchService.open(library, events);
  const indexProblem = search.status().lastError;
  if (indexProblem) notices.push(`The search index could not be used (${indexProblem}); it is being rebuilt from your articles — search shows what is ready meanwhile.`);
  const extractor = new ExtractPool();
  const ctx: ServiceContext = { shell: opts.shell, version: appVersion(), library, settings, events, jobs: new JobRegistry(events), search, extractor };
  const close = async () => {
    await extractor.close();
    await search.close();
  };
  return { api: createApi(ctx), ctx, notices, close };
}

let cachedVersion: string | undefined;
function appVersion(): string {
  if (cachedVersion) return cachedVersion;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    cachedVersion = pkg.version ?? '0.0.0';
  } catch {
    cachedVersion = '0.0.0';
  }
  return cachedVersion;
}
