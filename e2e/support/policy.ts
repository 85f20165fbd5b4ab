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
 * Writes a machine-wide policy file. It applies to every Chromium started while it exists: give it a unique name,
 * scope what it sets to one extension id, and remove it when the test ends.
 */
export function writePolicyFile(name: string, policy: unknown): PolicyFile {
  const path = join(POLICY_DIR, name);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(path, JSON.stringify(policy, null, 2));
  } catch (e) {
    throw new Error(
      `Cannot write the Chromium policy file ${path} (${(e as Error).message}). This test needs write access to ${POLICY_DIR}: run it as root (as CI does), or set CHROMIUM_POLICY_DIR to the policy directory of a Chromium you may configure.`,
    );
  }
  return { path, remove: () => rmSync(path, { force: true }) };
}

/** Gives one extension these managed-storage values (the `3rdparty` form documented in docs/team-policy.md). */
export function writeExtensionPolicy(extensionId: string, managed: Record<string, unknown>): PolicyFile {
  return writePolicyFile(`truth-serum-e2e-${extensionId}.json`, { '3rdparty': { extensions: { [extensionId]: managed } } });
}
