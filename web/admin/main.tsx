import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUnauthorizedHandler } from '../common/api.js';
import '../common/global.css';
import '../common/messages.js';
import './messages.js';
import { App } from './App.js';

// A session that ends mid-work (expired, logged out elsewhere) sends the user back to the login page.
setUnauthorizedHandler((path) => {
  if (path.startsWith('/auth/')) return;
  const here = window.location.pathname;
  if (here === '/login') return;
  window.location.assign(`/login?next=${encodeURIComponent(here + window.location.search)}`);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
