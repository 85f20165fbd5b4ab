// Plays a scripted Microsoft Teams (web) call into a fixture page: the DOM changes Teams makes, not Teams' code.
// /work/shared/research/dom-selectors.md §4.2, §4.3, §4.5 (host view): a list item appended per utterance holding the
// author and `closed-caption-text`, whose text node is refined in place (growing word by word, then re-cased and
// re-punctuated); a virtualized list that unmounts the oldest items; the captions wrapper removed when captions are
// turned off and the same wrapper re-inserted (with the items it still holds) when they are turned on again.
// Installed with page.addScriptTag; driven from Node through window.callReplay (see call.ts).
(() => {
  /** Items the virtualized list keeps mounted; older ones are unmounted. */
  const MAX_ITEMS = 8;
  const state = { on: false, wrapper: null, list: null, lines: [] };

  function setToggles(on) {
    const toggle = document.querySelector('[data-tid="cc-toggle-button"]');
    if (toggle) toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    const label = document.querySelector('[data-tid="closed-captions-button-label"]');
    if (label) label.textContent = on ? 'Turn off live captions' : 'Turn on live captions';
  }
  function buildWrapper() {
    const wrapper = document.createElement('div');
    wrapper.setAttribute('data-tid', 'closed-caption-renderer-wrapper');
    wrapper.setAttribute('aria-label', 'Live Captions');
    const windowWrapper = document.createElement('div');
    windowWrapper.setAttribute('data-tid', 'closed-caption-v2-window-wrapper');
    const listContent = document.createElement('div');
    listContent.setAttribute('data-tid', 'closed-caption-v2-virtual-list-content');
    const list = document.createElement('div');
    list.setAttribute('role', 'list');
    listContent.append(list);
    windowWrapper.append(listContent);
    wrapper.append(windowWrapper);
    state.wrapper = wrapper;
    state.list = list;
  }
  function initials(name) {
    return name
      .replace(/\(.*?\)/g, '')
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => part[0].toUpperCase())
      .slice(0, 2)
      .join('');
  }
  function addItem(speaker) {
    const item = document.createElement('div');
    item.setAttribute('role', 'listitem');
    const renderer = document.createElement('div');
    renderer.setAttribute('data-tid', 'closed-captions-v2-items-renderer');
    const message = document.createElement('div');
    message.className = 'fui-ChatMessageCompact';
    const avatar = document.createElement('div');
    avatar.className = 'fui-Avatar';
    avatar.setAttribute('aria-hidden', 'true');
    avatar.innerHTML = '<span></span>';
    avatar.firstChild.textContent = initials(speaker);
    const authorWrap = document.createElement('div');
    const author = document.createElement('span');
    author.setAttribute('data-tid', 'author');
    author.textContent = speaker;
    authorWrap.append(author);
    const textWrap = document.createElement('div');
    const text = document.createElement('span');
    text.setAttribute('data-tid', 'closed-caption-text');
    text.append(document.createTextNode(''));
    textWrap.append(text);
    message.append(avatar, authorWrap, textWrap);
    renderer.append(message);
    item.append(renderer);
    state.list.append(item);
    const extra = state.list.children.length - MAX_ITEMS;
    for (let i = 0; i < extra; i++) state.list.firstElementChild?.remove();
    return text.firstChild;
  }

  function captionsOn(replay = 0) {
    if (state.on) return;
    state.on = true;
    if (!state.wrapper) buildWrapper();
    // The same wrapper comes back with the last items it held (history replayed), the rest unmounted.
    const items = Array.from(state.list.children);
    for (const item of items.slice(0, Math.max(0, items.length - replay))) item.remove();
    (document.querySelector('main[data-tid="calling-screen"]') || document.body).append(state.wrapper);
    setToggles(true);
  }
  function captionsOff() {
    if (!state.on) return;
    state.on = false;
    state.wrapper?.remove();
    setToggles(false);
  }
  /** Every utterance gets its own list item, even from the same speaker. */
  function startLine(speaker) {
    if (!state.on) throw new Error('captions are off: turn them on before speaking');
    state.lines.push(addItem(speaker));
    return state.lines.length - 1;
  }
  function setText(line, value) {
    state.lines[line].data = value; // refined in place: characterData on the caption's text node
    return Date.now();
  }
  /** The caption window vanishes while captions stay on (the toggle stays pressed): a layout change under way. */
  function vanish() {
    if (!state.on || !state.wrapper?.isConnected) return;
    state.wrapper.remove();
  }
  /** A new caption window (React mounts new elements) re-showing the last items as they stood. */
  function restore() {
    if (!state.on || state.wrapper?.isConnected) return;
    const items = Array.from(state.list.children).slice(-3).map((item) => item.cloneNode(true));
    buildWrapper();
    state.list.append(...items);
    (document.querySelector('main[data-tid="calling-screen"]') || document.body).append(state.wrapper);
  }
  /** A layout change (the chat pane opening, a resize) replaces the caption window in one go. */
  function relayout() {
    vanish();
    restore();
  }
  window.callReplay = { platform: 'teams', captionsOn, captionsOff, startLine, setText, vanish, restore, relayout };
})();
