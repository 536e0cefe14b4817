import Conf from 'conf';
import path from 'node:path';
import { DEFAULT_SETTINGS, SETTINGS_JSON_SCHEMA } from '../../shared/model/settings';
import type { SettingsBackend } from './settings-service';

/** The settings file for browser mode and the CLI: the same `config.json` electron-store uses in the app. */
export function confSettingsFile(userData: string): string {
  return path.join(userData, 'config.json');
}

export function openConfBackend(userData: string): SettingsBackend {
  // conf is what electron-store wraps; with the same cwd, name and schema both read one file.
  const conf = new Conf<Record<string, unknown>>({
    cwd: userData,
    configName: 'config',
    projectSuffix: '',
    defaults: { ...DEFAULT_SETTINGS },
    schema: SETTINGS_JSON_SCHEMA as never,
    clearInvalidConfig: false,
  });
  return conf as unknown as SettingsBackend;
}
