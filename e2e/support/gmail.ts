import type { Page } from 'playwright-core';
import { routeHost, type ExtensionBrowser } from './extension';

export const GMAIL_URL = 'https://mail.google.com/mail/u/0/';

/** Serves a stored Gmail fixture at mail.google.com and opens it, so the real Gmail content script runs. */
export async function openGmailFixture(browser: ExtensionBrowser, fixture: string, hash = '#inbox'): Promise<Page> {
  await routeHost(browser.context, 'https://mail.google.com/**', `sites/gmail/fixtures/${fixture}.html`);
  return openGmail(browser, hash);
}

/** Serves generated Gmail markup (see sites/gmail/test-fixtures.ts) at mail.google.com and opens it. */
export async function openGmailHtml(browser: ExtensionBrowser, html: string, hash = '#inbox'): Promise<Page> {
  await browser.context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return openGmail(browser, hash);
}

async function openGmail(browser: ExtensionBrowser, hash: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(GMAIL_URL + hash);
  return page;
}

export interface StoredMoment {
  id: string;
  kind: string;
  conversationId: string;
  categories: string[];
  speaker: string | null;
  composeKey: string | null;
  updatedAt: number;
  text: string;
}

/**
 * The moments the background stored, read straight from the extension's IndexedDB through an extension page
 * (the side panel), optionally for one conversation. Uses the raw IndexedDB API so it needs nothing bundled.
 */
export async function storedMoments(extensionPage: Page, conversationId?: string): Promise<StoredMoment[]> {
  return extensionPage.evaluate(async (conversation) => {
    // Opening a database that does not exist would create an empty one under Dexie's feet.
    if (!(await indexedDB.databases()).some((d) => d.name === 'truth-serum')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('truth-serum');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('moments')) return [];
      const all = await new Promise<StoredMoment[]>((resolve, reject) => {
        const request = db.transaction('moments', 'readonly').objectStore('moments').getAll();
        request.onsuccess = () => resolve(request.result as StoredMoment[]);
        request.onerror = () => reject(request.error);
      });
      return all
        .filter((m) => conversation === undefined || m.conversationId === conversation)
        .map(({ id, kind, conversationId, categories, speaker, composeKey, updatedAt, text }) => ({ id, kind, conversationId, categories, speaker, composeKey, updatedAt, text }));
    } finally {
      db.close();
    }
  }, conversationId);
}
