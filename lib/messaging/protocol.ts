import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Settings } from '../settings/settings';
import type { AdapterStatusReport, InsertCommand, InsertRequest, InsertResult, OpenPanelRequest, OpenPanelResult, TextReport } from './schemas';

/** One protocol per direction, so a context can only send what its direction allows. */

/** Site adapters (content scripts) → background. */
export interface ContentToBackground {
  reportText(report: TextReport): { momentId: string | null };
  reportStatus(status: AdapterStatusReport): void;
  /** The rep's settings, validated by the background (content scripts stay small without a validator). */
  getSiteSettings(): Settings;
  /** The in-page chip was clicked: open the side panel for the sender's tab. */
  openPanel(request: OpenPanelRequest): OpenPanelResult;
}

/** Side panel and options page → background. */
export interface PanelToBackground {
  insertIntoDraft(request: InsertRequest): InsertResult;
}

/** Background → a Gmail tab. */
export interface BackgroundToContent {
  insertText(command: InsertCommand): InsertResult;
}

export const contentToBackground = defineExtensionMessaging<ContentToBackground>();
export const panelToBackground = defineExtensionMessaging<PanelToBackground>();
export const backgroundToContent = defineExtensionMessaging<BackgroundToContent>();
