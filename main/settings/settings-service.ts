import { promises as fs } from 'node:fs';
import type { Settings, SettingsPatch } from '../../shared/model/settings';
import { restoreSettings } from '../../shared/model/settings-restore';
import { writeFileAtomic } from '../library/atomic-write';

/**
 * What both electron-store (in the app) and conf (browser mode, CLI) give us: the whole store
 * as an object, and the file it lives in. Both validate writes against SETTINGS_JSON_SCHEMA.
 */
export interface SettingsBackend {
  store: Record<string, unknown>;
  readonly path: string;
}

/**
 * Settings with repair: on open, every field is checked; a damaged field falls back to its
 * default and a damaged file is backed up beside itself before being rewritten, so the user
 * is told (notice) and nothing is silently lost.
 */
export class SettingsService {
  private current: Settings;

  constructor(
    private readonly backend: SettingsBackend,
    readonly repaired: string[] = [],
  ) {
    const { settings, repaired: fixed } = restoreSettings(backend.store);
    this.current = settings;
    this.repaired.push(...fixed);
    if (fixed.length > 0) this.backend.store = { ...settings };
  }

  get path(): string {
    return this.backend.path;
  }

  get(): Settings {
    return structuredClone(this.current);
  }

  update(patch: SettingsPatch): Settings {
    const next: Settings = { ...this.current, ...patch };
    this.backend.store = { ...next };
    this.current = next;
    return this.get();
  }

  /** Moves a story to the front of the recent list. */
  touchStory(id: string): void {
    const recent = [id, ...this.current.recentStories.filter((s) => s !== id)].slice(0, 20);
    this.update({ recentStories: recent });
  }

  forgetStory(id: string): void {
    if (this.current.recentStories.includes(id)) this.update({ recentStories: this.current.recentStories.filter((s) => s !== id) });
  }
}

/**
 * Opens a settings backend. electron-store and conf refuse a file that is not JSON or breaks the
 * schema; then the file is backed up as `config.json.damaged-<time>`, repaired field by field
 * (valid fields kept, bad ones reset) and opened again. Nothing is silently lost.
 */
export async function openSettingsBackend(
  open: () => SettingsBackend,
  filePath: string,
): Promise<{ backend: SettingsBackend; backedUp?: string; repaired: string[] }> {
  try {
    return { backend: open(), repaired: [] };
  } catch {
    const backedUp = `${filePath}.damaged-${Date.now()}`;
    let raw: unknown;
    try {
      raw = JSON.parse(await fs.readFile(filePath, 'utf8'));
    } catch {
      raw = undefined;
    }
    await fs.copyFile(filePath, backedUp).catch(() => undefined);
    const { settings, repaired } = restoreSettings(raw);
    await writeFileAtomic(filePath, JSON.stringify(settings, null, '\t'));
    return { backend: open(), backedUp, repaired: repaired.length > 0 ? repaired : ['settings file'] };
  }
}
