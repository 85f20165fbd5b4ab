/**
 * Every Gmail selector lives here, each tested against the stored fixtures in ./fixtures.
 * Language-independent hooks (roles, `g_editable`, `data-message-id`, `span[email]`, form `name`s) come first;
 * Gmail's obfuscated classes are fallbacks only, because Gmail renames them in A/B variants.
 */

/** The editable body of a compose window or inline reply. Not the subject, which some extensions make editable. */
export const composeBody = '[contenteditable="true"][g_editable="true"], div[contenteditable="true"][role="textbox"]:not([id="subject"])';

/** A compose's own root, so lookups never reach into another open draft. `.M9` is Gmail's compose root (2025–26). */
export const composeRoot = '.M9, [role="dialog"], form';

/** Hidden inputs that identify a draft; the draft id survives Gmail re-rendering the compose. */
export const draftIdInput = 'input[name="draft"]';
export const composeIdInput = 'input[name="composeid"]';
export const composeSubjectInput = 'input[name="subjectbox"], input[name="subject"]';

/** Parts of a compose or message body that are not the new words: the signature and quoted history. */
export const signature = '.gmail_signature, [data-smartmail="gmail_signature"]';
export const quotedHistory = '.gmail_quote, blockquote, .gmail_extra, .ajR';

/** The open conversation. */
export const threadSubject = 'h2[data-legacy-thread-id], h2[data-thread-perm-id], h2.hP';
export const message = '[data-message-id]';
/** An expanded message's body; collapsed messages have none in the DOM. `.a3s` is obfuscated (2025–26). */
export const messageBody = '.ii.gt .a3s, .ii.gt, .a3s';
/** The sender: `span[email]` in the header, not the recipients line (`.hb`). `.gD` is Gmail's sender class. */
export const messageSender = 'span[email].gD, h3 span[email], span[email]';
export const recipientsLine = '.hb';
/** The inline reply area that follows the message it answers. */
export const replyContainer = '.gA.gt, .adB';
