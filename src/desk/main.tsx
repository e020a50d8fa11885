// The claims desk's page (desk.html): a separate entry, so nothing of it loads with the dashboard.

import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './desk.css';
import bundled from 'virtual:claimed-ground-desk-dataset';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deskDatasetSchema } from './dataset';
import { Desk } from './Desk';

const root = document.getElementById('root');
if (!root) throw new Error('desk.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Desk bundled={deskDatasetSchema.parse(bundled)} />
  </StrictMode>,
);
