import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolve by path: happy-dom replaces the global URL class, which mangles `new URL(relative, 'file://…')`.
const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export type FixtureSite = 'meet' | 'zoom' | 'teams';

/** Raw HTML of sites/<site>/fixtures/<name>.html. Test-only helper. */
export function fixtureHtml(site: FixtureSite, name: string): string {
  return readFileSync(join(SITES_DIR, site, 'fixtures', `${name}.html`), 'utf8');
}

/** A fresh, detached document parsed from a fixture (needs a DOM test environment such as happy-dom). */
export function loadFixture(site: FixtureSite, name: string): Document {
  return parseHtml(fixtureHtml(site, name));
}

/** A fresh document from an HTML snippet or page. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
