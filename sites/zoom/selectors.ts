/**
 * Every Zoom web client hook the caption reader uses. Zoom's BEM-style classes are readable and have been
 * steadier than Meet's, but they are still build output. Sources: /work/shared/research/dom-selectors.md §3.
 */

/** Same-origin frame that may hold the whole meeting UI (TranscripTonic waits for it). */
export const WEBCLIENT_FRAME = 'iframe#webclient';

/**
 * Full-transcript side panel ("View full transcript"), preferred because it shows display names.
 * The aria-label is English-only; the id and classes cover other UI languages (unattributed, verified 2026-07-27).
 */
export const TRANSCRIPT_PANEL_SELECTORS: readonly string[] = [
  '[aria-label="Live Transcription List"]',
  '.lt-full-transcript__list',
  '#full-transcription',
];

/** One transcript row. Rows are recycled by the virtualized list. */
export const TRANSCRIPT_ROW = '.lt-full-transcript__item';

/** Speaker name, present only on the first row of a run by the same speaker. */
export const TRANSCRIPT_NAME = '.lt-full-transcript__display-name';

/** The words of one transcript row. */
export const TRANSCRIPT_MESSAGE = '.lt-full-transcript__message';

/**
 * One caption root per simultaneous speaker in the overlay. Zoom REPEATS this id, so always use
 * querySelectorAll, never getElementById (elsewise two-speakers fixture, 2026-08-16).
 */
export const SUBTITLE_ROOT = '#live-transcription-subtitle';

/** The caption words inside a subtitle root. */
export const SUBTITLE_TEXT = '.live-transcription-subtitle__item';

/** The draggable caption overlay holding the subtitle roots (elsewise, 2026-08). */
export const OVERLAY_CONTAINER = '.live-transcription-subtitle__overlay-container';

/** Older caption container whose children are per-speaker rows, avatar or name first, text last (TranscripTonic, 2026-02). */
export const SUBTITLE_BOX = '.live-transcription-subtitle__box';

/**
 * The speaker's avatar at the start of each subtitle root: an IMG with the profile photo (elsewise live capture,
 * 2026-08-16), or a DIV showing initials on a coloured disc when there is no photo ("B"; unattributed Zoom adapter
 * test fixture and scrapers noting "Zoom only exposes initials, not full names, in the caption box").
 * The overlay shows no name, so the reader matches this avatar against the participant tiles and the participants panel.
 */
export const SUBTITLE_AVATAR = '.zmu-data-selector-item__icon';

/** A participant's video tile in the gallery or speaker view, holding their avatar image and name (aws-samples LMA). */
export const PARTICIPANT_TILE = '.video-avatar__avatar';

/** The display name inside a video tile. */
export const PARTICIPANT_TILE_NAME = '.video-avatar__avatar-name';

/** A row of the participants panel ("Participants" in the toolbar), with avatar and name (many roster scrapers). */
export const PARTICIPANT_ROW = '.participants-item';

/** The display name inside a participants-panel row. */
export const PARTICIPANT_ROW_NAME = '.participants-item__display-name';

/** Attribute a MAIN-world helper may set on a subtitle root (or an ancestor) with the speaker's display name. */
export const SPEAKER_NAME_ATTRIBUTE = 'data-speaker-name';

/** The toolbar CC button. Its aria-label says what a click will do ("Show Captions" while captions are off). */
export const CAPTIONS_BUTTON = '#captions[data-feature-type="captions"] button';

/** Any labelled button; searched for the CC labels when the toolbar wrapper is missing (narrow window). */
export const LABELLED_BUTTON = 'button[aria-label]';

/** CC label while captions are ON. Sourced: en (elsewise), ru (elsewise), de (brief). Others unverified. */
export const HIDE_CAPTIONS_LABELS: readonly string[] = [
  'Hide Captions', 'Untertitel ausblenden', 'Скрыть субтитры', 'Masquer les sous-titres', 'Ocultar subtítulos',
  'Nascondi sottotitoli', 'Ocultar legendas', '字幕を非表示',
];

/** CC label while captions are OFF. Same sources as HIDE_CAPTIONS_LABELS. */
export const SHOW_CAPTIONS_LABELS: readonly string[] = [
  'Show Captions', 'Untertitel anzeigen', 'Показать субтитры', 'Afficher les sous-titres', 'Mostrar subtítulos',
  'Mostra sottotitoli', 'Mostrar legendas', '字幕を表示',
];

/** In-meeting markers (TranscripTonic): the leave button's wrapper and the audio options menu. */
export const IN_MEETING_MARKERS = '.footer__leave-btn-container, #audioOptionMenu';

/** Leave button labels, matched as substrings of aria-label. Non-English ones unverified. */
export const LEAVE_LABELS: readonly string[] = ['Leave', 'Verlassen', 'Quitter', 'Salir', 'Sair', 'Esci', 'Покинуть', '退出'];
