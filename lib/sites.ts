import type { Source } from './sources';

/** Which page URLs each site adapter may report from. The background rejects reports from anywhere else. */
export function sourceForUrl(url: string | undefined): Source | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname;
  if (host === 'mail.google.com') return 'gmail';
  if (host === 'meet.google.com') return 'meet';
  if (host === 'app.zoom.us' || (host.endsWith('.zoom.us') && parsed.pathname.startsWith('/wc/'))) return 'zoom';
  if (host === 'teams.microsoft.com' || host === 'teams.live.com') return 'teams';
  return null;
}
