import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where Debian's Chromium reads mandatory enterprise policy (JSON files, merged). Chrome proper uses
 * /etc/opt/chrome/policies/managed. CHROMIUM_POLICY_DIR points elsewhere for another build.
 */
export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

export interface PolicyFile {
  path: string;
  remove(): void;
}

/**
 * Writes a machine-wide policy file giving one extension these managed-storage values (the `3rdparty` form
 * documented in docs/team-policy.md). It applies to every Chromium started while it exists, so it is named after
 * the extension id (another build's id is untouched) and must be removed when the test ends.
 */
export function writeExtensionPolicy(extensionId: string, managed: Record<string, unknown>, name = `truth-serum-e2e-${extensionId}.json`): PolicyFile {
  const path = join(POLICY_DIR, name);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: managed } } }, null, 2));
  } catch (e) {
    throw new Error(
      `Cannot write the Chromium policy file ${path} (${(e as Error).message}). This test needs write access to ${POLICY_DIR}: run it as root (as CI does), or set CHROMIUM_POLICY_DIR to the policy directory of a Chromium you may configure.`,
    );
  }
  return { path, remove: () => rmSync(path, { force: true }) };
}
