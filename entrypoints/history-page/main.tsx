import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HistoryApp } from '@/components/history/HistoryApp';
import { db } from '@/lib/storage/db';
import { CustomizationsProvider } from '@/components/moments/customizations';
import '@/components/theme.css';

// The page's code is loaded and run (for the e2e's figures).
performance.mark?.('history:script');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CustomizationsProvider>
      <HistoryApp db={db} />
    </CustomizationsProvider>
  </StrictMode>,
);
