import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeApp } from '@/components/practice/PracticeApp';
import { db } from '@/lib/storage/db';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PracticeApp db={db} />
  </StrictMode>,
);
