import './public.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, loadEnglish, readStoredLanguage } from './i18n/i18n.tsx';
import { PublicApp } from './PublicApp.tsx';

// The citizens' public pages (public.html): React and plain CSS, no Mantine, no router or query library.
const container = document.getElementById('root');
if (!container) throw new Error('public.html has no #root element');
const language = readStoredLanguage();
// Danish needs nothing more; a phone that chose English waits for its texts rather than flash Danish first.
const ready = language === 'en' ? loadEnglish().catch(() => {}) : Promise.resolve();
void ready.then(() =>
  createRoot(container).render(
    <StrictMode>
      <I18nProvider initial={language}>
        <PublicApp />
      </I18nProvider>
    </StrictMode>,
  ),
);
