import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

// electron-builder's own schema validation, offline (packaging itself needs the Electron download).
const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration: (c: unknown, l: unknown) => Promise<void> };
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form YAML
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;

  it('passes electron-builder\'s schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('targets Linux (AppImage, deb), Windows (nsis) and macOS (dmg) with an existing icon', () => {
    expect(config.appId).toBe('org.parallax.app');
    expect(config.productName).toBe('Parallax');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const os of ['linux', 'win', 'mac']) expect(existsSync(config[os].icon)).toBe(true);
  });

  it('packages the built app and points at its main entry', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(config.files).toContain('dist/**/*');
    expect(config.extraMetadata.main).toBe(pkg.main);
  });

  it('rejects a broken configuration (the check can fail)', async () => {
    await expect(validateConfiguration({ ...config, compression: 'hyper' }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });
});
