import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/index';
import './app/shell.css';
import { App } from './app/app';
import { initI18n } from './lib/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The messages of the chosen language are loaded before the first paint, so no text flickers.
void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
