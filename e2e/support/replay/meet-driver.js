// Plays a scripted Google Meet call into a fixture page: the DOM changes Meet makes, not Meet's code.
// Blocks per speaker turn, text growing word by word in place (characterData), the whole region replaced on a
// captions toggle. Installed into the page with page.addScriptTag; driven from Node through window.meetReplay.
(() => {
  const state = { blocks: [] };
  const ccButton = () => document.querySelector('button[aria-label$="captions"]');
  function region() {
    return document.querySelector('[role="region"][aria-label="Captions"]');
  }
  function ensureRegion() {
    let r = region();
    if (r) return r;
    const host = document.querySelector('[jsname="dsyhDe"]') || document.body.appendChild(Object.assign(document.createElement('div'), { className: 'iOzk7' }));
    host.setAttribute('jsname', 'dsyhDe');
    r = document.createElement('div');
    r.setAttribute('role', 'region');
    r.setAttribute('aria-label', 'Captions');
    r.setAttribute('tabindex', '0');
    r.className = 'vNKgIf UDinHf';
    const trailer = document.createElement('div');
    trailer.setAttribute('aria-hidden', 'true');
    r.append(trailer);
    host.append(r);
    const b = ccButton();
    if (b) b.setAttribute('aria-label', 'Turn off captions');
    state.blocks = [];
    return r;
  }
  function addBlock(speaker) {
    const r = ensureRegion();
    const block = document.createElement('div');
    block.className = 'nMcdL bj4p3b';
    const header = document.createElement('div');
    header.className = 'adE6rb';
    const img = document.createElement('img');
    img.alt = '';
    img.setAttribute('data-iml', String(performance.now().toFixed(1)));
    img.src = 'https://example.invalid/avatar/' + encodeURIComponent(speaker) + '.png';
    const nameWrap = document.createElement('div');
    nameWrap.className = 'KcIKyf jxFHg';
    const name = document.createElement('span');
    name.className = 'NWpY1d';
    name.textContent = speaker;
    nameWrap.append(name);
    header.append(img, nameWrap);
    const text = document.createElement('div');
    text.className = 'ygicle VbkSUe';
    text.append(document.createTextNode(''));
    block.append(header, text);
    r.insertBefore(block, r.querySelector('[aria-hidden="true"]'));
    state.blocks.push(text);
    return state.blocks.length - 1;
  }
  function setText(index, value) {
    const text = state.blocks[index];
    text.firstChild.data = value; // Meet edits the text node in place
    return Date.now();
  }
  function captionsOff() {
    region()?.remove();
    state.blocks = [];
    const b = ccButton();
    if (b) b.setAttribute('aria-label', 'Turn on captions');
  }
  function captionsOn() {
    ensureRegion();
  }
  window.meetReplay = { ensureRegion, addBlock, setText, captionsOff, captionsOn, blockCount: () => state.blocks.length };
})();
