import * as sel from './selectors';
import { readableText } from './text';

export interface ThreadMessage {
  id: string;
  element: Element;
  senderName: string | null;
  senderEmail: string | null;
  /** Null when the message is collapsed: Gmail renders no body for it. */
  text: string | null;
}

export interface ThreadView {
  threadId: string | null;
  subject: string;
  messages: ThreadMessage[];
}

function sender(messageEl: Element): { name: string | null; email: string | null } {
  const candidates = Array.from(messageEl.querySelectorAll(sel.messageSender)).filter((el) => !el.closest(sel.recipientsLine));
  const el = candidates[0];
  if (!el) return { name: null, email: null };
  return { name: el.getAttribute('name') || el.textContent?.trim() || null, email: el.getAttribute('email') };
}

export function readThread(root: ParentNode): ThreadView {
  const heading = root.querySelector(sel.threadSubject);
  const threadId = heading?.getAttribute('data-legacy-thread-id') ?? heading?.getAttribute('data-thread-perm-id') ?? null;
  const messages: ThreadMessage[] = [];
  for (const el of Array.from(root.querySelectorAll(sel.message))) {
    // Gmail nests elements carrying the id in some builds; the outermost one is the message.
    if (el.parentElement?.closest(sel.message)) continue;
    const id = el.getAttribute('data-legacy-message-id') || el.getAttribute('data-message-id')!.replace(/^#/, '');
    const body = el.querySelector(sel.messageBody);
    const { name, email } = sender(el);
    messages.push({ id, element: el, senderName: name, senderEmail: email, text: body ? readableText(body, `${sel.signature}, ${sel.quotedHistory}`) : null });
  }
  return { threadId, subject: heading?.textContent?.trim() ?? '', messages };
}

/**
 * The message a reply draft answers: the message just before its inline reply box, else the last expanded
 * message from someone other than the rep.
 */
export function messageAnsweredBy(thread: ThreadView, composeBody: Element, repEmail: string | null): ThreadMessage | null {
  const replyBox = composeBody.closest(sel.replyContainer);
  if (replyBox) {
    const before = thread.messages.filter((m) => m.element.compareDocumentPosition(replyBox) & 4 /* FOLLOWING */);
    const last = before[before.length - 1];
    if (last && last.text !== null) return last;
  }
  const fromOthers = thread.messages.filter((m) => m.text !== null && (!repEmail || m.senderEmail?.toLowerCase() !== repEmail.toLowerCase()));
  return fromOthers[fromOthers.length - 1] ?? null;
}

/** Gmail's title reads "Subject - rep@example.com - Gmail" in every language: the rep's address is in it. */
export function repEmailFromTitle(title: string): string | null {
  // Why the last one: the subject comes first and may hold an address of its own ("Intro to lee@… - sam@… - Gmail").
  return title.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)?.at(-1) ?? null;
}
