import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { restoreSettings } from '../../../shared/model/settings-restore';
import { confSettingsFile, openConfBackend } from '../../../main/settings/conf-backend';
import { openSettingsBackend, SettingsService } from '../../../main/settings/settings-service';
import { resolveLibraryDir, userDataDir } from '../../../main/settings/user-data-dir';
import { tempDir } from '../../support/temp-dir';

describe('settings', () => {
  let t: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => (t = await tempDir()));
  afterEach(async () => t.cleanup());

  it('restores field by field: bad fields fall back, good ones stay', () => {
    const { settings, repaired } = restoreSettings({ theme: 'neon', aliases: [['Kiev', 'Kyiv']], windowState: { width: 10 } });
    expect(settings.theme).toBe('system');
    expect(settings.aliases).toEqual([['Kiev', 'Kyiv']]);
    expect(settings.windowState).toEqual(DEFAULT_SETTINGS.windowState);
    expect(repaired.sort()).toEqual(['theme', 'windowState']);
  });

  it('persists through conf in the same config.json electron-store uses', async () => {
    const file = confSettingsFile(t.dir);
    const s = new SettingsService((await openSettingsBackend(() => openConfBackend(t.dir), file)).backend);
    s.update({ theme: 'dark' });
    s.touchStory('s1');
    s.touchStory('s2');
    s.touchStory('s1');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ theme: 'dark', recentStories: ['s1', 's2'] });
    expect(path.basename(file)).toBe('config.json');
  });

  it('backs up a damaged settings file and repairs it instead of crashing', async () => {
    const file = confSettingsFile(t.dir);
    await writeFile(file, '{"theme": "dark", "recentStories": 7,');
    const opened = await openSettingsBackend(() => openConfBackend(t.dir), file);
    const s = new SettingsService(opened.backend, opened.repaired);
    expect(opened.backedUp).toMatch(/config\.json\.damaged-\d+$/);
    expect(s.get().theme).toBe('system');
    expect((await readdir(t.dir)).some((n) => n.startsWith('config.json.damaged-'))).toBe(true);
    expect(s.repaired.length).toBeGreaterThan(0);
  });

  it('keeps valid fields of a file that breaks the schema', async () => {
    const file = confSettingsFile(t.dir);
    await writeFile(file, JSON.stringify({ theme: 'dark', groupingWindowDays: -4 }));
    const opened = await openSettingsBackend(() => openConfBackend(t.dir), file);
    const s = new SettingsService(opened.backend, opened.repaired);
    expect(s.get()).toMatchObject({ theme: 'dark', groupingWindowDays: 3 });
    expect(s.repaired).toContain('groupingWindowDays');
  });

  it('finds the same user-data folder as Electron and lets flags override the library', () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe('/x/config/Parallax');
    expect(userDataDir({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32')).toContain('Parallax');
    expect(userDataDir({ PARALLAX_USER_DATA: '/tmp/ud' }, 'linux')).toBe('/tmp/ud');
    expect(resolveLibraryDir({ flag: '/a', env: { PARALLAX_LIBRARY: '/b' }, fromSettings: '/c', userData: '/u' })).toBe('/a');
    expect(resolveLibraryDir({ env: { PARALLAX_LIBRARY: '/b' }, fromSettings: '/c', userData: '/u' })).toBe('/b');
    expect(resolveLibraryDir({ env: {}, fromSettings: '/c', userData: '/u' })).toBe('/c');
    expect(resolveLibraryDir({ env: {}, fromSettings: null, userData: '/u' })).toBe('/u/Library');
  });
});
