import type { Page } from 'playwright-core';
import { withDerivedFields, type MomentRecord, type StoredMoment } from '../../lib/storage/db';
import { fakeMoment } from '../../lib/storage/test-moments';
import type { ExtensionBrowser } from './extension';

/** The words every seeded moment's text contains, highlighted as its detection. */
const SEND_INFO = 'send me some information';

/**
 * A moment as the extension stores it (schema v4: derived fields filled), a customer asking for information: its
 * text must contain "send me some information", which is highlighted as a detection of the moment's last category
 * (a test may put another category first). Seen; fields not given are fakeMoment's.
 */
export function seededMoment(fields: Partial<MomentRecord> & Pick<MomentRecord, 'id' | 'createdAt' | 'text'>): StoredMoment {
  const start = fields.text.indexOf(SEND_INFO);
  if (start < 0) throw new Error(`a seeded moment says "${SEND_INFO}": ${fields.text}`);
  const categories = fields.categories ?? ['info_brushoff'];
  return withDerivedFields(
    fakeMoment({
      updatedAt: fields.createdAt,
      seen: 1,
      detections: [{ category: categories.at(-1)!, trigger: 'seeded', start, end: start + SEND_INFO.length, text: SEND_INFO, speakers: 'customer' }],
      ...fields,
      categories,
    }),
  );
}

/**
 * Creates the extension's database at the current schema, for a seed to write into: nothing else opens it before
 * the first moment is stored, and a plain indexedDB.open would create an empty one under Dexie's feet.
 */
export async function createDatabase(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/history-page.html`);
  await page.getByTestId('history-count').filter({ hasText: '0 moments' }).waitFor();
  await page.close();
}

const BATCH = 10_000;

/**
 * Writes moments straight into the extension's IndexedDB from one of its pages (plain IndexedDB: nothing bundled is
 * needed), one transaction per 10,000; `clear` empties the store first. The database must exist (see createDatabase).
 */
export async function seedMoments(page: Page, moments: readonly StoredMoment[], { clear = false } = {}): Promise<void> {
  for (let i = 0; i < moments.length || (clear && i === 0); i += BATCH) {
    await page.evaluate(
      async ({ batch, clear }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('truth-serum');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction('moments', 'readwrite');
        const store = tx.objectStore('moments');
        if (clear) store.clear();
        for (const m of JSON.parse(batch) as unknown[]) store.put(m);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      // One string, not 10,000 objects: Playwright serialises objects value by value, several times slower.
      { batch: JSON.stringify(moments.slice(i, i + BATCH)), clear: clear && i === 0 },
    );
  }
}

/** Every stored moment, whole, read through an extension page. */
export async function readMoments(page: Page): Promise<StoredMoment[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('truth-serum');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<StoredMoment[]>((resolve, reject) => {
        const request = db.transaction('moments', 'readonly').objectStore('moments').getAll();
        request.onsuccess = () => resolve(request.result as StoredMoment[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}
