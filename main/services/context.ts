import type { ExtractPool } from '../import/extract-pool';
import type { Library } from '../library/library';
import type { SettingsService } from '../settings/settings-service';
import type { EventBus } from './event-bus';
import type { JobRegistry } from './jobs';
import type { SearchService } from './search-service';

/** Everything a service method needs; built once per process by `openServices`. */
export interface ServiceContext {
  shell: 'electron' | 'web' | 'cli';
  version: string;
  library: Library;
  settings: SettingsService;
  events: EventBus;
  jobs: JobRegistry;
  search: SearchService;
  extractor: ExtractPool;
}

export const nowIso = (): string => new Date().toISOString();
