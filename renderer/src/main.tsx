// Styles first, so later (view) stylesheets win ties over the base rules.
import './styles/base.css';
import './styles/views.css';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { electronTransport } from './api/electron-transport';
import { httpTransport, takeToken } from './api/http-transport';
import { App } from './app/App';
import { ApiProvider } from './app/api-context';
import { NoticeProvider } from './app/notices';

/** Picks the transport once: the Electron preload's bridge if present, else browser mode over HTTP. */
function boot(): void {
  const root = createRoot(document.getElementById('root')!);
  const bridge = window.parallax;
  const token = bridge ? undefined : takeToken();
  if (!bridge && !token) {
    root.render(
      <main className="fatal" role="alert">
        <h1>Parallax needs its access token</h1>
        <p>
          Open the full address printed by <code>npm run web</code> — it ends with <code>#token=…</code>. The token keeps other
          web pages from reading your library.
        </p>
      </main>,
    );
    return;
  }
  const client = createClient(bridge ? electronTransport(bridge) : httpTransport(token!));
  root.render(
    <ApiProvider client={client}>
      <NoticeProvider>
        <App />
      </NoticeProvider>
    </ApiProvider>,
  );
}

boot();
