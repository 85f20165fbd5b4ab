import * as sel from './selectors';
import { readableText } from './text';

export interface ComposeInfo {
  body: HTMLElement;
  /** Stable for the life of the draft: Gmail's draft id when it has one. */
  key: string;
  subject: string;
  /** The rep's new words: no signature, no quoted history. */
  text: string;
}

const KEY_ATTRIBUTE = 'data-truth-serum-compose';
let nextKey = 1;

export function findComposeBodies(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(sel.composeBody)).filter(
    // A body nested in another match (Gmail wraps editables in some layouts) is the same compose.
    (el) => !el.parentElement?.closest(sel.composeBody),
  );
}

export function composeRootOf(body: Element): Element {
  return body.closest(sel.composeRoot) ?? body.parentElement ?? body;
}

/** The root that holds the compose's hidden inputs: Gmail puts the form beside the body, inside `.M9`. */
function formScope(body: Element): Element {
  return body.closest('.M9, [role="dialog"]') ?? composeRootOf(body);
}

export function composeKeyOf(body: HTMLElement): string {
  const existing = body.getAttribute(KEY_ATTRIBUTE);
  if (existing) return existing;
  const scope = formScope(body);
  // Why the placeholder check: until its first save Gmail's draft input holds the literal "undefined" (or "null"),
  // which would give every new compose the same key.
  const rawDraftId = scope.querySelector<HTMLInputElement>(sel.draftIdInput)?.value.replace(/^#/, '');
  const draftId = rawDraftId === 'undefined' || rawDraftId === 'null' ? '' : rawDraftId;
  const composeId = scope.querySelector<HTMLInputElement>(sel.composeIdInput)?.value;
  const key = draftId || composeId ? `draft-${draftId || composeId}` : `compose-${nextKey++}`;
  body.setAttribute(KEY_ATTRIBUTE, key);
  return key;
}

export function findComposeByKey(root: ParentNode, key: string): HTMLElement | null {
  return findComposeBodies(root).find((b) => composeKeyOf(b) === key) ?? null;
}

export function readDraftText(body: Element): string {
  return readableText(body, `${sel.signature}, ${sel.quotedHistory}`);
}

export function readCompose(body: HTMLElement): ComposeInfo {
  const subject = formScope(body).querySelector<HTMLInputElement>(sel.composeSubjectInput)?.value ?? '';
  return { body, key: composeKeyOf(body), subject, text: readDraftText(body) };
}
