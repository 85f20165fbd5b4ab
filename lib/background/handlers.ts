import * as v from 'valibot';
import type { Detector } from '../detection/engine';
import type { TruthSerumDB } from '../storage/db';
import type { Settings } from '../settings/settings';
import { recordReport } from '../storage/moments';
import { AdapterStatusSchema, InsertRequestSchema, OpenPanelRequestSchema, TextReportSchema, type InsertCommand, type InsertResult, type OpenPanelResult } from '../messaging/schemas';
import { TOOLBAR_HINT } from './browser-quirks';
import { contentSenderSource, isExtensionPage, type SenderInfo } from './sender';

export interface BackgroundDeps {
  db: TruthSerumDB;
  detector: () => Detector;
  /** The rep's current settings (sites read, redaction), read per report so a change applies at once. */
  settings: () => Promise<Settings>;
  extensionId: string;
  extensionOrigin: string;
  /** Sends an insert command to one tab's Gmail adapter. */
  sendInsert: (tabId: number, command: InsertCommand) => Promise<InsertResult>;
  /** Opens the side panel for a tab (browser-quirks.ts); called before anything is awaited, see openPanel below. */
  openPanel?: (tabId: number) => Promise<OpenPanelResult>;
  /** Tells the toolbar how many unseen moments a tab has. */
  updateBadge?: (tabId: number) => void;
  /** Told when a moment could not be written, and when writing works (again): a visible warning (storage-health.ts). */
  health?: { failed(error: unknown): unknown; stored(): unknown };
  now?: () => number;
}

export class RejectedMessage extends Error {
  // The name crosses the messaging boundary: the content script stops retrying a report the background refused.
  override name = 'RejectedMessage';
}

export function createHandlers(deps: BackgroundDeps) {
  const now = deps.now ?? Date.now;

  async function reportText(data: unknown, sender: SenderInfo): Promise<{ momentId: string | null }> {
    const source = contentSenderSource(sender, deps.extensionId);
    if (!source) throw new RejectedMessage('report from an unexpected sender');
    const report = v.parse(TextReportSchema, data);
    if (report.source !== source) throw new RejectedMessage(`a ${source} page cannot report for ${report.source}`);
    const settings = await deps.settings();
    // A site the rep switched off is not read: its reports are dropped, never stored.
    if (!settings.activeSources.includes(report.source)) return { momentId: null };
    const tabId = sender.tab?.id ?? null;
    let momentId: string | null;
    const detector = deps.detector();
    let analysisFailed = false;
    // The same text would fail the same way every time: refuse it (the page stops re-sending) instead of calling it
    // a storage failure, which would be retried forever and tell the rep to free disk space.
    const guarded: Detector = Object.assign(Object.create(detector) as Detector, {
      analyze: (...args: Parameters<Detector['analyze']>) => {
        try {
          return detector.analyze(...args);
        } catch (error) {
          analysisFailed = true;
          throw error;
        }
      },
    });
    try {
      momentId = await recordReport(deps.db, guarded, report, tabId, now(), { redact: settings.redact });
    } catch (error) {
      if (analysisFailed) {
        console.error('Truth Serum: a report could not be analysed', error instanceof Error ? error.name : typeof error);
        throw new RejectedMessage('the text could not be analysed');
      }
      // Rejecting keeps the report in the content script's retry queue; the warning tells the rep meanwhile.
      void deps.health?.failed(error);
      throw error;
    }
    void deps.health?.stored();
    if (momentId && tabId !== null) deps.updateBadge?.(tabId);
    return { momentId };
  }

  async function reportStatus(data: unknown, sender: SenderInfo): Promise<void> {
    const source = contentSenderSource(sender, deps.extensionId);
    const tabId = sender.tab?.id;
    if (!source || tabId === undefined) throw new RejectedMessage('status from an unexpected sender');
    const status = v.parse(AdapterStatusSchema, data);
    if (status.source !== source) throw new RejectedMessage(`a ${source} page cannot report for ${status.source}`);
    await deps.db.adapters.put({ key: `${tabId}:${source}`, tabId, ...status, updatedAt: now() });
  }

  async function insertIntoDraft(data: unknown, sender: SenderInfo): Promise<InsertResult> {
    if (!isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) throw new RejectedMessage('insert from an unexpected sender');
    const request = v.parse(InsertRequestSchema, data);
    const moment = await deps.db.moments.get(request.momentId);
    if (!moment) return { ok: false, reason: 'That moment is no longer in your history.' };
    if (moment.source !== 'gmail' || moment.tabId === null || !moment.composeKey) {
      return { ok: false, reason: 'Open a reply in Gmail first, then insert.' };
    }
    try {
      const result = await deps.sendInsert(moment.tabId, { composeKey: moment.composeKey, text: request.text });
      // A closed tab or a reloaded page answers with nothing at all.
      return result ?? { ok: false, reason: 'The Gmail tab is closed or was reloaded. Open the draft again.' };
    } catch {
      return { ok: false, reason: 'The Gmail tab is closed or was reloaded. Open the draft again.' };
    }
  }

  /** Content scripts read the settings through here (see sites/active-settings.ts). */
  async function siteSettings(sender: SenderInfo): Promise<Settings> {
    if (!contentSenderSource(sender, deps.extensionId)) throw new RejectedMessage('settings asked by an unexpected sender');
    return deps.settings();
  }

  /**
   * The in-page chip was clicked. Deliberately not async and nothing awaited before `openPanel`: Chrome opens the
   * panel only while the click's user gesture, carried by the message, is still active.
   */
  function openPanel(data: unknown, sender: SenderInfo): Promise<OpenPanelResult> {
    const source = contentSenderSource(sender, deps.extensionId);
    const tabId = sender.tab?.id;
    if (!source || tabId === undefined) throw new RejectedMessage('open request from an unexpected sender');
    const request = v.parse(OpenPanelRequestSchema, data);
    if (request.source !== source) throw new RejectedMessage(`a ${source} page cannot ask for ${request.source}`);
    if (!deps.openPanel) return Promise.resolve({ ok: false, reason: TOOLBAR_HINT });
    return deps.openPanel(tabId);
  }

  async function forgetTab(tabId: number): Promise<void> {
    await deps.db.adapters.where('tabId').equals(tabId).delete();
  }

  return { reportText, reportStatus, insertIntoDraft, siteSettings, openPanel, forgetTab };
}
