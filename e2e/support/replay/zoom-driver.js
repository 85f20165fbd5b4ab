// Plays a scripted Zoom web-client call into a fixture page: the DOM changes Zoom makes, not Zoom's code.
// /work/shared/research/dom-selectors.md §3.2, §3.3, §3.5: one `#live-transcription-subtitle` root per speaker turn in
// the draggable overlay (Zoom REPEATS the id), no names in the overlay: each root starts with the speaker's avatar,
// their photo or, without one (guests here), a disc with their initials, and the name is only on their video tile
// (the reader matches the two), a rolling window (old words drop off the front as new ones
// arrive, the span's text replaced wholesale), a finished speaker's root hidden with display:none but kept mounted,
// the overlay removed when captions are hidden and rebuilt (replaying the last turns) when they are shown again. The
// toolbar control `#captions[data-feature-type=captions] button` says what a click will do: "Show/Hide Captions".
// Installed with page.addScriptTag; driven from Node through window.callReplay (see call.ts).
(() => {
  /** Characters of one turn the overlay shows before words start dropping off the front (about two lines). */
  const WINDOW_CHARS = 40;
  /** At most this many roots are visible at once (two people talking over each other); older ones are hidden. */
  const MAX_VISIBLE = 2;
  /** Hidden roots are kept mounted up to this many, then removed. */
  const MAX_MOUNTED = 4;
  const state = { on: false, overlay: null, turns: [], lines: [] };

  function ccButton() {
    return (
      document.querySelector('#captions[data-feature-type="captions"] button') ||
      Array.from(document.querySelectorAll('button[aria-label]')).find((b) => /^(show|hide) captions/i.test(b.getAttribute('aria-label')))
    );
  }
  function setButton(on) {
    const b = ccButton();
    if (!b) return;
    const label = on ? 'Hide Captions' : 'Show Captions';
    b.setAttribute('aria-label', label);
    const span = b.querySelector('span');
    if (span) span.textContent = label;
  }
  function buildOverlay() {
    const overlay = document.createElement('div');
    overlay.className = 'live-transcription-subtitle__overlay-container react-draggable';
    const frame = document.createElement('div');
    frame.className = 'live-transcription-subtitle__frame';
    const settings = document.createElement('button');
    settings.className = 'live-transcription-subtitle__settings-btn';
    settings.setAttribute('aria-label', 'Caption Language');
    settings.innerHTML = '<span>Settings</span>';
    const content = document.createElement('div');
    content.className = 'live-transcription-subtitle__content';
    frame.append(settings, content);
    overlay.append(frame);
    const wrap = document.querySelector('.lt-subtitle-wrap');
    if (wrap?.parentElement) wrap.parentElement.insertBefore(overlay, wrap);
    else document.body.append(overlay);
    state.overlay = overlay;
    return content;
  }
  function content() {
    return state.overlay.querySelector('.live-transcription-subtitle__content');
  }
  /** The words of a turn the overlay shows: once a word scrolled off the front it stays off. */
  function windowOf(turn) {
    const words = turn.text.split(' ').filter(Boolean);
    while (words.slice(turn.dropped).join(' ').length > WINDOW_CHARS && turn.dropped < words.length - 1) turn.dropped++;
    turn.dropped = Math.min(turn.dropped, Math.max(0, words.length - 1));
    return words.slice(turn.dropped).join(' ');
  }
  function render(turn) {
    turn.span.textContent = windowOf(turn); // React replaces the text node: a childList mutation
  }
  const photoOf = (speaker) => 'https://example.invalid/avatar/' + encodeURIComponent(speaker) + '.png';
  const hasPhoto = (speaker) => !/\(guest\)/i.test(speaker);
  /** Everyone who speaks has a video tile with their name, and their photo if they have one. */
  function ensureTile(speaker) {
    const gallery = document.querySelector('.gallery-video-container__main-view') || document.body;
    const names = Array.from(gallery.querySelectorAll('.video-avatar__avatar-name')).map((n) => n.textContent);
    if (names.includes(speaker)) return;
    const tile = document.createElement('div');
    tile.className = 'video-avatar__avatar';
    if (hasPhoto(speaker)) {
      const img = document.createElement('img');
      img.className = 'video-avatar__avatar-img';
      img.src = photoOf(speaker);
      img.alt = '';
      tile.append(img);
    }
    const name = document.createElement('div');
    name.className = 'video-avatar__avatar-name';
    name.textContent = speaker;
    tile.append(name);
    gallery.append(tile);
    // The participants panel is open in these calls: it lists everyone, so a one-letter initials disc can be matched.
    let panel = document.querySelector('.participants-section-container__participants');
    if (!panel) {
      panel = document.createElement('ul');
      panel.className = 'participants-section-container__participants';
      document.body.append(panel);
    }
    const row = document.createElement('li');
    row.className = 'participants-item';
    const rowName = document.createElement('span');
    rowName.className = 'participants-item__display-name';
    rowName.textContent = speaker;
    row.append(rowName);
    panel.append(row);
  }
  function avatarFor(speaker) {
    if (hasPhoto(speaker)) {
      const img = document.createElement('img');
      img.className = 'zmu-data-selector-item__icon';
      img.src = photoOf(speaker);
      img.alt = '';
      img.setAttribute('aria-hidden', 'true');
      return img;
    }
    const disc = document.createElement('div');
    disc.className = 'zmu-data-selector-item__icon';
    disc.style.backgroundColor = 'rgb(39, 174, 96)';
    disc.textContent = speaker.trim().charAt(0).toUpperCase();
    return disc;
  }
  function mountRoot(turn) {
    ensureTile(turn.speaker);
    const root = document.createElement('div');
    root.id = 'live-transcription-subtitle';
    root.setAttribute('style', 'display:flex');
    const span = document.createElement('span');
    span.className = 'live-transcription-subtitle__item';
    root.append(avatarFor(turn.speaker), span);
    content().append(root);
    turn.root = root;
    turn.span = span;
    render(turn);
  }
  /** Hides finished turns beyond the visible limit (display:none, still mounted) and unmounts the oldest hidden ones. */
  function tidy() {
    const mounted = state.turns.filter((t) => t.root && t.root.isConnected);
    const visible = mounted.filter((t) => t.root.style.display !== 'none');
    for (const t of visible.slice(0, Math.max(0, visible.length - MAX_VISIBLE))) t.root.style.display = 'none';
    for (const t of mounted.slice(0, Math.max(0, mounted.length - MAX_MOUNTED))) t.root.remove();
  }

  function captionsOn(replay = 0) {
    if (state.on) return;
    state.on = true;
    buildOverlay();
    // Zoom replays history when captions come back: the last turns reappear with the words they last showed.
    const history = replay > 0 ? state.turns.slice(-replay) : [];
    state.turns = [];
    for (const old of history) {
      const turn = { speaker: old.speaker, text: windowOf(old), dropped: 0 };
      state.turns.push(turn);
      mountRoot(turn);
    }
    state.continueFrom = null;
    tidy();
    setButton(true);
  }
  function captionsOff() {
    if (!state.on) return;
    state.on = false;
    state.overlay?.remove();
    state.overlay = null;
    setButton(false);
  }
  /** A new spoken line. The same speaker as the current turn keeps rolling in the same root. */
  function startLine(speaker) {
    if (!state.on) throw new Error('captions are off: turn them on before speaking');
    const last = state.continueFrom;
    const continues = last && last.speaker === speaker && last.root.isConnected && last.root.style.display !== 'none';
    let turn = last;
    if (!continues) {
      turn = { speaker, text: '', dropped: 0 };
      state.turns.push(turn);
      mountRoot(turn);
      tidy();
    }
    state.continueFrom = turn;
    state.lines.push({ turn, prefix: continues ? turn.text : '' });
    return state.lines.length - 1;
  }
  function setText(line, value) {
    const { turn, prefix } = state.lines[line];
    turn.text = prefix ? prefix + ' ' + value : value;
    render(turn);
    return Date.now();
  }
  /** The overlay vanishes while captions stay on (the toolbar still says "Hide Captions"): a layout change under way. */
  function vanish() {
    if (!state.on || !state.overlay) return;
    state.overlay.remove();
    state.overlay = null;
  }
  /** The new layout's overlay, re-showing the last turns; the toolbar is untouched. */
  function restore() {
    if (!state.on || state.overlay) return;
    state.on = false;
    captionsOn(2);
  }
  /** A layout change (speaker view, gallery, a side panel) re-mounts the overlay in one go. */
  function relayout() {
    vanish();
    restore();
  }
  window.callReplay = { platform: 'zoom', captionsOn, captionsOff, startLine, setText, vanish, restore, relayout };
})();
