// Plays a scripted Google Meet call into a fixture page: the DOM changes Meet makes, not Meet's code.
// /work/shared/research/dom-selectors.md §2.3: one block per speaker turn (the same speaker keeps talking in the same
// block), the text node edited in place word by word (characterData), earlier words corrected in place, the whole
// region removed when captions are turned off and a new one built when they come back (optionally re-showing the
// last blocks, as Meet's scrollable caption history does).
// Installed with page.addScriptTag; driven from Node through window.callReplay (see call.ts). Players that keep their
// own script in the page (the caption flood in load.ts, the long call) build their blocks with callReplay.addBlock.
// Replayed blocks are read back from the page, not kept: a player that does not use startLine leaves nothing behind
// in the driver (the long call measures the page's heap).
(() => {
  const state = { on: false, continueFrom: null, lines: [], history: null, vanished: null };

  /** The CC button: Meet's jsname, else the label ("Turn on captions (c)" / "Turn off captions (c)"). */
  function ccButton() {
    return (
      document.querySelector('button[jsname="r8qRAd"]') ||
      Array.from(document.querySelectorAll('button[aria-label]')).find((b) => /^turn (on|off) captions/i.test(b.getAttribute('aria-label')))
    );
  }
  function setButton(on) {
    const b = ccButton();
    if (!b) return;
    b.setAttribute('aria-label', on ? 'Turn off captions (c)' : 'Turn on captions (c)');
    b.setAttribute('aria-pressed', on ? 'true' : 'false');
    const glyph = b.querySelector('.google-symbols');
    if (glyph) glyph.textContent = on ? 'closed_caption' : 'closed_caption_off';
  }
  function region() {
    return document.querySelector('[role="region"][aria-label="Captions"]');
  }
  function buildRegion() {
    const host = document.querySelector('[jsname="dsyhDe"]') || document.body.appendChild(Object.assign(document.createElement('div'), { className: 'iOzk7' }));
    host.setAttribute('jsname', 'dsyhDe');
    const r = document.createElement('div');
    r.setAttribute('role', 'region');
    r.setAttribute('aria-label', 'Captions');
    r.setAttribute('tabindex', '0');
    r.className = 'vNKgIf UDinHf';
    const trailer = document.createElement('div');
    trailer.setAttribute('aria-hidden', 'true');
    r.append(trailer);
    host.append(r);
    return r;
  }
  /** The blocks on screen as they stand, oldest first. */
  function shownBlocks() {
    return Array.from(region()?.querySelectorAll(':scope > .nMcdL') ?? []).map((el) => ({
      speaker: el.querySelector('.NWpY1d').textContent,
      text: el.querySelector('.ygicle').textContent,
    }));
  }
  /**
   * A new block: avatar + name header, then the caption text div holding one text node, which the speaker's words
   * edit in place. The oldest blocks beyond `keep` scroll away (removed). Whoever speaks next after it, through
   * startLine, starts a new block unless startLine made this one.
   */
  function addBlock(speaker, text = '', keep = Infinity) {
    const r = region();
    const block = document.createElement('div');
    block.className = 'nMcdL bj4p3b';
    const header = document.createElement('div');
    header.className = 'adE6rb';
    const img = document.createElement('img');
    img.alt = '';
    img.setAttribute('data-iml', performance.now().toFixed(1));
    img.src = 'https://example.invalid/avatar/' + encodeURIComponent(speaker) + '.png';
    const nameWrap = document.createElement('div');
    nameWrap.className = 'KcIKyf jxFHg';
    const name = document.createElement('span');
    name.className = 'NWpY1d';
    name.textContent = speaker;
    nameWrap.append(name);
    header.append(img, nameWrap);
    const textDiv = document.createElement('div');
    textDiv.className = 'ygicle VbkSUe';
    textDiv.append(document.createTextNode(text));
    block.append(header, textDiv);
    r.insertBefore(block, r.querySelector(':scope > [aria-hidden="true"]'));
    let removed = 0;
    if (keep < Infinity) {
      const blocks = r.querySelectorAll(':scope > .nMcdL');
      for (; removed < blocks.length - keep; removed++) blocks[removed].remove();
    }
    state.continueFrom = null;
    return { speaker, node: textDiv.firstChild, text, removed };
  }

  function captionsOn(replay = 0) {
    if (state.on) return;
    state.on = true;
    const history = replay > 0 && state.history ? state.history.slice(-replay) : [];
    state.history = null;
    buildRegion();
    // Replayed history comes back in one go, with the words as they last stood; whoever speaks next starts a new
    // block, even the last speaker of the history.
    for (const old of history) addBlock(old.speaker, old.text);
    state.continueFrom = null;
    setButton(true);
  }
  function captionsOff() {
    if (!state.on) return;
    state.on = false;
    state.history = shownBlocks();
    state.continueFrom = null;
    region()?.remove();
    setButton(false);
  }
  /** A new spoken line. The same speaker as the last block keeps talking in that block. */
  function startLine(speaker) {
    if (!state.on) throw new Error('captions are off: turn them on before speaking');
    const last = state.continueFrom;
    const continues = last && last.speaker === speaker;
    const block = continues ? last : addBlock(speaker);
    state.continueFrom = block;
    state.lines.push({ block, prefix: continues ? block.text : '' });
    return state.lines.length - 1;
  }
  function setText(line, value) {
    const { block, prefix } = state.lines[line];
    block.text = prefix ? prefix + ' ' + value : value;
    block.node.data = block.text; // Meet edits the text node in place
    return Date.now();
  }
  /** The region vanishes while captions stay on (the CC button still says so): a layout change under way. */
  function vanish() {
    if (!state.on || !region()) return;
    state.vanished = shownBlocks().slice(-3);
    state.continueFrom = null;
    region().remove();
  }
  /** The new layout's region, re-showing the last blocks; whoever speaks next starts a new block. */
  function restore() {
    if (!state.on || region()) return;
    buildRegion();
    for (const old of state.vanished || []) addBlock(old.speaker, old.text);
    state.vanished = null;
    state.continueFrom = null;
  }
  /** A layout change (pinning, a side panel, a window resize) replaces the region in one go. */
  function relayout() {
    vanish();
    restore();
  }
  window.callReplay = { platform: 'meet', captionsOn, captionsOff, startLine, setText, vanish, restore, relayout, addBlock };
})();
