import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../common/global.css';
import '../common/messages.js';
import './messages.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
