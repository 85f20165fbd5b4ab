// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composeKeyOf, composeRootOf, findComposeBodies, findComposeByKey, readCompose, readDraftText } from './compose';
import { loadGmailFixture } from './test-fixtures';

const bodiesOf = (doc: Document) => findComposeBodies(doc);
const onlyBody = (doc: Document) => {
  const [body, ...rest] = bodiesOf(doc);
  if (!body || rest.length) throw new Error(`expected one compose, found ${rest.length + (body ? 1 : 0)}`);
  return body;
};

/** What Chrome leaves in a Gmail body after typing: one <div> per line, <div><br></div> for an empty line. */
function typeLines(body: HTMLElement, lines: string[]): void {
  const doc = body.ownerDocument;
  const first = body.firstElementChild!;
  for (const line of lines) {
    const div = doc.createElement('div');
    if (line) div.textContent = line;
    else div.appendChild(doc.createElement('br'));
    body.insertBefore(div, first);
  }
  first.remove(); // the empty <div><br></div> Gmail starts with
}

describe('findComposeBodies', () => {
  it('finds the inline reply, the pop-up, and both at once in the German UI', () => {
    expect(bodiesOf(loadGmailFixture('thread-inline-reply')).map((b) => b.id)).toEqual([':r1']);
    expect(bodiesOf(loadGmailFixture('compose-popup')).map((b) => b.id)).toEqual([':p7']);
    expect(bodiesOf(loadGmailFixture('thread-two-composes-de'))).toHaveLength(2);
  });

  it('counts an editable nested inside a compose body as the same compose', () => {
    const doc = loadGmailFixture('thread-inline-reply');
    const body = onlyBody(doc);
    body.insertAdjacentHTML('afterbegin', '<div contenteditable="true" role="textbox">nested</div>');
    expect(bodiesOf(doc)).toEqual([body]);
  });

  it('scopes each compose to its own root', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    const [inline, popup] = bodiesOf(doc);
    expect(composeRootOf(inline!)).not.toBe(composeRootOf(popup!));
    expect(composeRootOf(inline!).contains(popup!)).toBe(false);
    expect(composeRootOf(popup!).contains(inline!)).toBe(false);
  });
});

describe('readDraftText', () => {
  it('is empty for a fresh reply: signature and quoted history are not the rep’s words', () => {
    expect(readDraftText(onlyBody(loadGmailFixture('thread-inline-reply')))).toBe('');
    expect(readDraftText(onlyBody(loadGmailFixture('compose-popup')))).toBe('');
  });

  it('reads the new words only, without the signature or the quoted email', () => {
    const body = onlyBody(loadGmailFixture('thread-inline-reply'));
    typeLines(body, ['Hi Dana,', '', "Sure, I'll send over some info!"]);
    const text = readDraftText(body);
    expect(text).toBe("Hi Dana,\n\nSure, I'll send over some info!");
    expect(text).not.toMatch(/Account Executive|Sam Rivera|wrote:|take a look/);
  });

  it('keeps line breaks as Gmail renders them: one per <div> line or <br>, a blank line for an empty <div>', () => {
    const body = onlyBody(loadGmailFixture('compose-popup'));
    typeLines(body, ['Hi Lee,', 'Two quick questions.', '', 'Best']);
    expect(readDraftText(body)).toBe('Hi Lee,\nTwo quick questions.\n\nBest');

    body.firstElementChild!.innerHTML = 'Hi Lee,<br>on a new line';
    expect(readDraftText(body)).toBe('Hi Lee,\non a new line\nTwo quick questions.\n\nBest');
  });

  it('reads plain text typed straight into the body (no wrapping <div>) and turns &nbsp; into spaces', () => {
    const body = onlyBody(loadGmailFixture('compose-popup'));
    body.insertBefore(body.ownerDocument.createTextNode('We are\u00a0all set, thanks'), body.firstChild);
    expect(readDraftText(body)).toBe('We are all set, thanks');
  });

  it('leaves out a quote the rep left in the middle of the draft, and the German signature', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    const [inline, popup] = bodiesOf(doc);
    expect(readDraftText(popup!)).toBe('Hallo Jonas,');
    inline!.innerHTML = '<div>Danke, Jonas.</div><blockquote>zu teuer</blockquote><div>Wer entscheidet noch?</div>' + inline!.innerHTML;
    expect(readDraftText(inline!)).toBe('Danke, Jonas.\nWer entscheidet noch?');
  });
});

describe('composeKeyOf', () => {
  it('uses the draft id from the compose’s own form', () => {
    expect(composeKeyOf(onlyBody(loadGmailFixture('thread-inline-reply')))).toBe('draft-msg-a:r-1001');
  });

  it('falls back to the compose id while the draft is unsaved', () => {
    // compose-popup.html has an empty draft input.
    expect(composeKeyOf(onlyBody(loadGmailFixture('compose-popup')))).toBe('draft-c-popup-7');
  });

  it('treats Gmail’s "undefined"/"null" placeholder draft values as unsaved, so two new composes never share a key', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    const inputs = doc.querySelectorAll<HTMLInputElement>('input[name="draft"]');
    inputs[0]!.value = 'undefined';
    inputs[1]!.value = 'null';
    const [inline, popup] = bodiesOf(doc);
    expect(composeKeyOf(inline!)).toBe('draft-c-inline-de');
    expect(composeKeyOf(popup!)).toBe('draft-c-popup-de');
  });

  it('is stable: repeated calls, a later draft save and Gmail re-rendering the body all keep the key', () => {
    const doc = loadGmailFixture('thread-inline-reply');
    const body = onlyBody(doc);
    const key = composeKeyOf(body);
    expect(composeKeyOf(body)).toBe(key);

    // Gmail replaces the body element (e.g. after switching formatting); the new element has no cached key.
    const rerendered = body.cloneNode(true) as HTMLElement;
    rerendered.removeAttribute('data-truth-serum-compose');
    body.replaceWith(rerendered);
    expect(composeKeyOf(rerendered)).toBe(key);

    // A compose that only had a compose id keeps its key after Gmail fills in the draft id on first save.
    const popupDoc = loadGmailFixture('compose-popup');
    const popup = onlyBody(popupDoc);
    const before = composeKeyOf(popup);
    popupDoc.querySelector<HTMLInputElement>('input[name="draft"]')!.value = '#msg-a:r-9999';
    expect(composeKeyOf(popup)).toBe(before);
  });

  it('gives two composes open at once distinct keys', () => {
    const [inline, popup] = bodiesOf(loadGmailFixture('thread-two-composes-de'));
    expect(composeKeyOf(inline!)).toBe('draft-msg-a:r-2001');
    expect(composeKeyOf(popup!)).toBe('draft-msg-a:r-2002');
  });

  it('gives composes without any id distinct generated keys', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    for (const form of Array.from(doc.querySelectorAll('form'))) form.remove();
    const [a, b] = bodiesOf(doc);
    const keys = [composeKeyOf(a!), composeKeyOf(b!)];
    expect(keys[0]).toMatch(/^compose-\d+$/);
    expect(keys[1]).toMatch(/^compose-\d+$/);
    expect(keys[0]).not.toBe(keys[1]);
    expect(composeKeyOf(a!)).toBe(keys[0]);
  });
});

describe('findComposeByKey', () => {
  it('finds each compose by its key, and nothing for a closed one', () => {
    const doc = loadGmailFixture('thread-two-composes-de');
    const [inline, popup] = bodiesOf(doc);
    expect(findComposeByKey(doc, 'draft-msg-a:r-2001')).toBe(inline);
    expect(findComposeByKey(doc, 'draft-msg-a:r-2002')).toBe(popup);
    expect(findComposeByKey(doc, 'draft-msg-a:r-1001')).toBeNull();
    composeRootOf(popup!).remove();
    expect(findComposeByKey(doc, 'draft-msg-a:r-2002')).toBeNull();
  });

  it('finds a compose Gmail re-rendered since the key was handed out', () => {
    const doc = loadGmailFixture('thread-inline-reply');
    const body = onlyBody(doc);
    const key = composeKeyOf(body);
    const fresh = doc.createElement('div');
    for (const attr of Array.from(body.attributes)) if (attr.name !== 'data-truth-serum-compose') fresh.setAttribute(attr.name, attr.value);
    body.replaceWith(fresh);
    expect(findComposeByKey(doc, key)).toBe(fresh);
  });
});

describe('readCompose', () => {
  it('reads key, subject and text of each compose from its own form only', () => {
    const reply = readCompose(onlyBody(loadGmailFixture('thread-inline-reply')));
    expect(reply).toMatchObject({ key: 'draft-msg-a:r-1001', subject: 'Re: Fleet tracking for Northwind', text: '' });

    expect(readCompose(onlyBody(loadGmailFixture('compose-popup')))).toMatchObject({ key: 'draft-c-popup-7', subject: 'Following up' });

    const [inline, popup] = bodiesOf(loadGmailFixture('thread-two-composes-de')).map(readCompose);
    // The inline reply has no subject field of its own: it must not borrow the pop-up's "Unterlagen".
    expect(inline).toMatchObject({ key: 'draft-msg-a:r-2001', subject: '', text: '' });
    expect(popup).toMatchObject({ key: 'draft-msg-a:r-2002', subject: 'Unterlagen', text: 'Hallo Jonas,' });
  });
});
