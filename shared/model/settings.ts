/**
 * User settings: small, per-user, kept by electron-store in the app and by `conf`
 * (what electron-store is built on) in browser mode and the CLI — same schema, same file.
 * Articles never live here; they live in the library folder.
 */
export const SETTINGS_VERSION = 1;

export type ThemePreference = 'system' | 'light' | 'dark';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Settings {
  settingsVersion: number;
  theme: ThemePreference;
  windowState: WindowState;
  /** Story ids, most recent first. */
  recentStories: string[];
  /** The user's term-alias table: each group names one thing ("Kiev", "Kyiv"). */
  aliases: string[][];
  /** Library folder; null means the default inside the app's user-data folder. */
  libraryPath: string | null;
  /** Automatic grouping: articles within this many days can belong to one event. */
  groupingWindowDays: number;
  /** Outlet names merged by the user: lower-cased variant → the name to use ("reuters.com" → "Reuters"). Applied to new imports too. */
  outletAliases: Record<string, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  settingsVersion: SETTINGS_VERSION,
  theme: 'system',
  windowState: { width: 1280, height: 820, maximized: false },
  recentStories: [],
  aliases: [],
  libraryPath: null,
  groupingWindowDays: 3,
  outletAliases: {},
};

/** The part of the settings a user (or the UI) may change through the API. */
export type SettingsPatch = Partial<Omit<Settings, 'settingsVersion'>>;

/** JSON Schema given to electron-store / conf so a bad write is refused at the source. */
export const SETTINGS_JSON_SCHEMA = {
  settingsVersion: { type: 'integer', minimum: 1 },
  theme: { type: 'string', enum: ['system', 'light', 'dark'] },
  windowState: {
    type: 'object',
    properties: {
      x: { type: 'number' },
      y: { type: 'number' },
      width: { type: 'number', minimum: 400 },
      height: { type: 'number', minimum: 300 },
      maximized: { type: 'boolean' },
    },
    required: ['width', 'height', 'maximized'],
  },
  recentStories: { type: 'array', items: { type: 'string' }, maxItems: 20 },
  aliases: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
  libraryPath: { type: ['string', 'null'] },
  groupingWindowDays: { type: 'integer', minimum: 0, maximum: 60 },
  outletAliases: { type: 'object', additionalProperties: { type: 'string' } },
} as const;
