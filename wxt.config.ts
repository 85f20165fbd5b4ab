import { defineConfig } from 'wxt';

// Only the sites whose text we read. Nothing else, ever.
export const HOST_PERMISSIONS = [
  'https://mail.google.com/*',
  'https://meet.google.com/*',
  'https://app.zoom.us/*',
  'https://*.zoom.us/wc/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Parallel work trees (and their e2e runs) can build side by side: WXT_OUT_DIR=.output-x npm run build.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // Explicit imports only: a reader should see where every name comes from.
  imports: false,
  webExt: {
    // `npm run dev` opens this browser; set CHROME_PATH to use another one.
    binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  },
  manifest: ({ browser, command }) => ({
    name: 'Truth Serum',
    description: 'Spots brush-offs and tough moments in Gmail and meeting captions, and suggests honest, customer-focused answers. Nothing leaves your browser.',
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage'] : ['storage', 'unlimitedStorage', 'sidePanel'],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: 'Open Truth Serum' },
    // A team pack an administrator sets through browser policy (docs/team-policy.md). Firefox reads policies without it.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
    // No network from extension pages. Dev mode needs its reload socket, so the lock is for builds.
    ...(command === 'build' && {
      content_security_policy: {
        // Nothing loads from the web either: a remote image in page text could leak that it was seen.
        extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'",
      },
    }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'truth-serum@truthserum.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
