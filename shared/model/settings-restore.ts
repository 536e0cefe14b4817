import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings, type ThemePreference, type WindowState } from './settings';

/**
 * Turns whatever is on disk (an old version, a hand-edited or damaged file) into valid current
 * settings, field by field: a bad field falls back to its default and is reported, the rest is kept.
 */
export function restoreSettings(raw: unknown): { settings: Settings; repaired: string[] } {
  const repaired: string[] = [];
  const src = isRecord(raw) ? raw : (repaired.push('settings file was not an object'), {});
  const pick = <T>(key: keyof Settings, ok: (v: unknown) => v is T, fallback: T): T => {
    const v = src[key];
    if (v === undefined) return fallback;
    if (ok(v)) return v;
    repaired.push(key);
    return fallback;
  };
  const settings: Settings = {
    settingsVersion: SETTINGS_VERSION,
    theme: pick<ThemePreference>('theme', isTheme, DEFAULT_SETTINGS.theme),
    windowState: pick<WindowState>('windowState', isWindowState, DEFAULT_SETTINGS.windowState),
    recentStories: pick<string[]>('recentStories', isStringArray, []).slice(0, 20),
    aliases: pick<string[][]>('aliases', isAliasTable, []),
    libraryPath: pick<string | null>('libraryPath', (v): v is string | null => v === null || typeof v === 'string', null),
    groupingWindowDays: pick<number>(
      'groupingWindowDays',
      (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 60,
      DEFAULT_SETTINGS.groupingWindowDays,
    ),
    outletAliases: pick<Record<string, string>>('outletAliases', isStringMap, {}),
  };
  return { settings, repaired };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTheme = (v: unknown): v is ThemePreference => v === 'system' || v === 'light' || v === 'dark';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isAliasTable = (v: unknown): v is string[][] => Array.isArray(v) && v.every(isStringArray);
const isStringMap = (v: unknown): v is Record<string, string> => isRecord(v) && Object.values(v).every((s) => typeof s === 'string');
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
function isWindowState(v: unknown): v is WindowState {
  if (!isRecord(v)) return false;
  if (!isFiniteNumber(v.width) || !isFiniteNumber(v.height) || v.width < 400 || v.height < 300) return false;
  if (typeof v.maximized !== 'boolean') return false;
  return (v.x === undefined || isFiniteNumber(v.x)) && (v.y === undefined || isFiniteNumber(v.y));
}
