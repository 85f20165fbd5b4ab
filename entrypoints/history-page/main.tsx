import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HistoryApp } from '@/components/history/HistoryApp';
import { db } from '@/lib/storage/db';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HistoryApp db={db} />
  </StrictMode>,
);
