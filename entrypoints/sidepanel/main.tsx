import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import { CustomizationsProvider } from '@/components/moments/customizations';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CustomizationsProvider>
      <SidePanelApp />
    </CustomizationsProvider>
  </StrictMode>,
);
