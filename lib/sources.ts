/** Where a moment came from. Also the value of `data-source` in the side panel: keep stable. */
export const SOURCES = ['gmail', 'meet', 'zoom', 'teams'] as const;
export type Source = (typeof SOURCES)[number];

export const SOURCE_LABELS: Record<Source, string> = {
  gmail: 'Gmail',
  meet: 'Google Meet',
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
};

export type CaptionSource = Exclude<Source, 'gmail'>;
