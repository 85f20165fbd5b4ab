/**
 * Every Google Meet hook the caption reader uses. Semantic hooks first; obfuscated build classes only as
 * fallbacks, each dated. Sources: /work/shared/research/dom-selectors.md §2.
 */

/**
 * Accessible name of the captions region per UI language, compared case-insensitively.
 * Sourced: Captions, Субтитры, Untertitel (elsewise), Sottotitoli (TranscripTonic #31), Legendas, Subtítulos,
 * Sous-titres, Napisy (unattributed scrapers). The rest are Meet's translations of "Captions", unverified.
 */
export const CAPTION_REGION_LABELS: readonly string[] = [
  'Captions', 'Sous-titres', 'Untertitel', 'Subtítulos', 'Sottotitoli', 'Legendas', 'Napisy', 'Субтитры', 'Субтитри',
  'Ondertiteling', '字幕', '자막', 'Altyazılar', 'Titulky', 'Undertekster', 'Undertexter', 'Tekstitykset', 'Feliratok',
  'Phụ đề', 'Teks',
];

/** Any named ARIA region; kept only when its name is in CAPTION_REGION_LABELS. */
export const LABELLED_REGION = '[role="region"][aria-label]';

/** Language-independent fallback (TranscripTonic): the focusable region. Counts only with an avatar inside. */
export const FOCUSABLE_REGION = '[role="region"][tabindex="0"]';

/** Speaker avatar in a caption block: Meet's lazy-image marker or a Google profile photo. */
export const AVATAR_IMAGE = 'img[data-iml], img[src*="googleusercontent.com"]';

/** Last-resort region hooks, newest build first. Both sit on the region itself, which exists only while captions show. */
export const OBFUSCATED_REGION_SELECTORS: readonly string[] = [
  '.vNKgIf.UDinHf', // Meet 2026-08 build (region itself); obfuscated
  '[jscontroller="KPn5nb"]', // Meet 2025-02 build (region itself, TranscripTonic #31); obfuscated
];

/** One caption block per speaker turn. Meet 2025-26 build; obfuscated. Used only when blocks carry no avatar. */
export const OBFUSCATED_BLOCK = '.nMcdL';

/** Clickable controls; the CC toggle and the leave button are among them. */
export const BUTTON = 'button, [role="button"]';

/** Google icon-font glyphs. Their text is an icon name such as "call_end". */
export const ICON_GLYPH = '.google-symbols, .material-icons-extended, .material-icons, .material-symbols-outlined';

/** CC icon while captions are on. */
export const CAPTIONS_ON_GLYPH = 'closed_caption';

/** CC icon while captions are off (TranscripTonic clicks this one to turn captions on). */
export const CAPTIONS_OFF_GLYPH = 'closed_caption_off';

/** Hang-up icon: present only inside a call (TranscripTonic's meeting-started signal). */
export const CALL_END_GLYPH = 'call_end';

/**
 * CC button label while captions are ON (it offers to turn them off); Meet appends " (c)".
 * Sourced: en (attendee), de, ru (elsewise), ja (unattributed). Others unverified.
 */
export const TURN_OFF_CAPTIONS_LABELS: readonly string[] = [
  'Turn off captions', 'Untertitel deaktivieren', 'Выключить субтитры', '字幕をオフにする', 'Désactiver les sous-titres',
  'Desactivar subtítulos', 'Disattiva sottotitoli', 'Desativar legendas', 'Wyłącz napisy',
];

/** CC button label while captions are OFF. Same sources as TURN_OFF_CAPTIONS_LABELS. */
export const TURN_ON_CAPTIONS_LABELS: readonly string[] = [
  'Turn on captions', 'Untertitel aktivieren', 'Включить субтитры', '字幕をオンにする', 'Activer les sous-titres',
  'Activar subtítulos', 'Attiva sottotitoli', 'Ativar legendas', 'Włącz napisy',
];

/** Leave button label per UI language, matched as a prefix ("Leave call"). Non-English ones unverified. */
export const LEAVE_CALL_LABELS: readonly string[] = [
  'Leave call', 'Anruf verlassen', 'Покинуть видеовстречу', 'Покинуть звонок', "Quitter l'appel", 'Salir de la llamada',
  'Abbandona la chiamata', 'Sair da chamada', 'Opuść rozmowę', '通話から退出',
];
