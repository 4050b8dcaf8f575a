import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { I18nProvider } from './i18n';
import { hashForPagePath } from './lib/routes';
import { SessionProvider } from './session';
import './styles.css';

// Opened from a document's QR code at /verify/…: the same screen under the hash, at `/`.
const verification = hashForPagePath(window.location.pathname, window.location.hash);
if (verification) window.history.replaceState(null, '', `/${verification}`);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
