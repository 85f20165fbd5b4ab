import { sourceForUrl } from '../sites';
import type { Source } from '../sources';

/** The part of `runtime.MessageSender` we rely on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** A report must come from our own content script, on a site we read, claiming that same site. */
export function contentSenderSource(sender: SenderInfo, extensionId: string): Source | null {
  if (sender.id !== extensionId) return null;
  // Frames (Zoom's web client iframe) report with their own URL; the tab URL is the fallback.
  return sourceForUrl(sender.url) ?? sourceForUrl(sender.tab?.url);
}

/** Panel actions must come from one of our own extension pages. */
export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
