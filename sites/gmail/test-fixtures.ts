/**
 * Test-only helpers for the Gmail adapter: the stored fixtures, and a generated long thread for timing.
 * Not imported by the extension.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolve by path: happy-dom replaces the global URL class, which mangles `new URL(relative, 'file://…')`.
const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export const GMAIL_FIXTURES = ['thread-inline-reply', 'compose-popup', 'thread-two-composes-de'] as const;
export type GmailFixture = (typeof GMAIL_FIXTURES)[number];

export function gmailFixtureHtml(name: GmailFixture): string {
  return readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');
}

/** A fresh, detached document parsed from a fixture (needs a DOM test environment such as happy-dom). */
export function loadGmailFixture(name: GmailFixture): Document {
  return parseHtml(gmailFixtureHtml(name));
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Puts a fixture (or any Gmail-shaped page) into the live test `document`, so a MutationObserver on
 * `document.body` sees later edits. Returns the document.
 */
export function showInDocument(html: string, doc: Document = document): Document {
  const parsed = parseHtml(html);
  doc.title = parsed.title;
  doc.body.innerHTML = parsed.body.innerHTML;
  return doc;
}

/** The `[role=main]` markup of a fixture, for simulating Gmail's in-place (SPA) navigation to another thread. */
export function mainContentOf(html: string): string {
  const main = parseHtml(html).querySelector('[role="main"]');
  if (!main) throw new Error('fixture has no [role=main]');
  return main.innerHTML;
}

export interface GeneratedThreadOptions {
  messages: number;
  /** How many of the last messages are expanded (the rest are collapsed, as Gmail shows long threads). */
  expanded?: number;
  repEmail?: string;
  customerEmail?: string;
  customerName?: string;
  threadId?: string;
  subject?: string;
  /** With an inline reply open under the last message. */
  inlineReply?: boolean;
}

/**
 * A Gmail thread page with `messages` messages alternating customer and rep, in the shapes of
 * thread-inline-reply.html. The last message is the customer's brush-off. Deterministic.
 */
export function generateThreadHtml({
  messages,
  expanded = messages,
  repEmail = 'sam.rivera@acme.example',
  customerEmail = 'dana.ortiz@northwind.example',
  customerName = 'Dana Ortiz',
  threadId = '18f00000000f0050',
  subject = 'Re: Long thread',
  inlineReply = true,
}: GeneratedThreadOptions): string {
  const items: string[] = [];
  for (let i = 1; i <= messages; i++) {
    // Count back from the end so the last message is always the customer's.
    const fromCustomer = (messages - i) % 2 === 0;
    const [email, name] = fromCustomer ? [customerEmail, customerName] : [repEmail, 'Sam Rivera'];
    const [toEmail, toName] = fromCustomer ? [repEmail, 'Sam Rivera'] : [customerEmail, customerName];
    const id = `gen${String(i).padStart(4, '0')}`;
    const isLast = i === messages;
    const text = isLast
      ? 'Could you just send me some information and I will take a look when things calm down?'
      : `Message ${i} about route planning for the Northwind fleet. We compared the depots and the drivers' schedules.`;
    const open = i > messages - expanded;
    const body = open
      ? `<div class="gs">
            <table class="cf"><tbody><tr><td class="gF gK"><h3 class="iw">
              <span class="gD" email="${email}" name="${name}">${name}</span></h3></td></tr></tbody></table>
            <div class="iw"><span class="hb">to <span class="g2" email="${toEmail}" name="${toName}">${toName}</span></span></div>
            <div class="ii gt"><div class="a3s aiL">
              <div dir="ltr">Hi,</div><div dir="ltr"><br></div>
              <div dir="ltr">${text}</div><div dir="ltr"><br></div><div dir="ltr">${name}</div>
              <div class="gmail_signature" data-smartmail="gmail_signature">${name}</div>
              <div class="gmail_quote"><blockquote class="gmail_quote">Earlier words ${i - 1}</blockquote></div>
            </div></div>
          </div>`
      : `<span class="gD" email="${email}" name="${name}">${name}</span><span class="y2">${text.slice(0, 40)}…</span>`;
    const reply =
      isLast && inlineReply
        ? `<div class="gA gt"><div class="adB"><div class="M9">
            <form><input type="hidden" name="composeid" value="c-gen"><input type="hidden" name="draft" value="#msg-a:r-gen"></form>
            <div class="Ap"><div class="Ar"><div class="Am Al editable" contenteditable="true" g_editable="true" role="textbox" aria-label="Message Body"><div><br></div><div class="gmail_signature" data-smartmail="gmail_signature">—<br>Sam Rivera</div></div></div></div>
          </div></div></div>`
        : '';
    items.push(
      `<div class="${open ? 'h7' : 'kv'}" role="listitem">
        <div class="adn${open ? ' ads' : ''}" data-message-id="#msg-f:${id}" data-legacy-message-id="${id}">${body}</div>${reply}
      </div>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${subject} - ${repEmail} - Acme Mail</title></head><body>
<div role="main"><div class="nH a98 iY">
  <div class="nH"><div class="ha"><h2 class="hP" data-legacy-thread-id="${threadId}">${subject}</h2></div></div>
  <div role="list">${items.join('\n')}</div>
</div></div></body></html>`;
}
