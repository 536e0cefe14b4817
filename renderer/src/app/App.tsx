import { useCallback, useEffect, useState } from 'react';
import type { Settings, ThemePreference } from '../../../shared/model/settings';
import { ArticleView } from '../views/ArticleView';
import { ImportView } from '../views/ImportView';
import { LibraryView } from '../views/LibraryView';
import { SearchView } from '../views/SearchView';
import { StoriesView } from '../views/StoriesView';
import { StoryView } from '../views/StoryView';
import { ComparisonView } from '../views/compare/ComparisonView';
import { useApi, useEvents } from './api-context';
import { useNotices } from './notices';
import { hrefOf, navigate, useRoute, type Route } from './router';
import { useShortcuts } from './shortcuts';
import { useTheme } from './theme';

const NAV: Array<{ route: Route; label: string; key: string; icon: string }> = [
  { route: { view: 'library' }, label: 'Library', key: '1', icon: '▤' },
  { route: { view: 'search', q: '' }, label: 'Search', key: 'K', icon: '⌕' },
  { route: { view: 'stories' }, label: 'Stories', key: '2', icon: '◫' },
  { route: { view: 'import' }, label: 'Import', key: '3', icon: '⇪' },
];

/** The app frame: navigation, theme, shortcuts, and the current view. */
export function App() {
  const api = useApi();
  const { showError } = useNotices();
  const route = useRoute();
  const [settings, setSettings] = useState<Settings | undefined>();

  useEffect(() => {
    api.getSettings({}).then(setSettings, (e) => showError(e, 'Could not read settings'));
  }, [api, showError]);
  useTheme(settings?.theme ?? 'system');
  useShortcuts();
  useEvents((e) => {
    if (e.type === 'command') {
      if (e.command === 'go-library') navigate({ view: 'library' });
      if (e.command === 'go-stories' || e.command === 'new-story') navigate({ view: 'stories' });
      if (e.command === 'go-import' || e.command === 'import') navigate({ view: 'import' });
      if (e.command === 'search') navigate({ view: 'search', q: '' });
    }
  });

  const setTheme = useCallback(
    (theme: ThemePreference) => api.updateSettings({ patch: { theme } }).then(setSettings, (e) => showError(e, 'Could not save the theme')),
    [api, showError],
  );
  const section = route.view === 'story' || route.view === 'compare' ? 'stories' : route.view === 'article' ? 'library' : route.view;

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Main">
        <div className="brand" aria-label="Parallax">
          <span className="brand-mark" aria-hidden>
            ∥
          </span>
          Parallax
        </div>
        <ul>
          {NAV.map((n) => (
            <li key={n.label}>
              <a href={hrefOf(n.route)} className={section === n.route.view ? 'active' : ''} aria-current={section === n.route.view ? 'page' : undefined}>
                <span className="nav-icon" aria-hidden>
                  {n.icon}
                </span>
                {n.label}
                <kbd className="nav-key">Ctrl+{n.key}</kbd>
              </a>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <label htmlFor="theme-select">Theme</label>
          <select id="theme-select" value={settings?.theme ?? 'system'} onChange={(e) => void setTheme(e.target.value as ThemePreference)}>
            <option value="system">Follow system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </div>
      </nav>
      <main className="content" id="main">
        <CurrentView route={route} />
      </main>
    </div>
  );
}

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case 'library':
      return <LibraryView />;
    case 'search':
      return <SearchView initialQuery={route.q} />;
    case 'stories':
      return <StoriesView />;
    case 'story':
      return <StoryView id={route.id} />;
    case 'compare':
      return <ComparisonView key={route.id} id={route.id} />;
    case 'import':
      return <ImportView />;
    case 'article':
      return <ArticleView id={route.id} at={route.at} />;
    default: {
      const never: never = route;
      return never;
    }
  }
}
