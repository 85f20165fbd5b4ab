// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanSpeakerName, isSelfSpeaker, SELF_SPEAKER_LABELS, SPEAKER_QUALIFIERS } from './reader';

describe('isSelfSpeaker', () => {
  const required = ['You', 'Vous', 'Du', 'Tú', 'Tu', 'Você', 'Voi', 'Jij', 'Ty', 'Вы', 'Ви', 'あなた', '你', '您', '나', 'Sen', 'Anda', 'Bạn'];

  it('knows every required localized "You" label', () => {
    expect(required.filter((label) => !SELF_SPEAKER_LABELS.includes(label))).toEqual([]);
  });

  it.each(SELF_SPEAKER_LABELS)('recognizes %s', (label) => {
    expect(isSelfSpeaker(label)).toBe(true);
  });

  it.each(['YOU', 'you', 'вы', 'VOUS', 'tÚ', 'BẠN'])('ignores case: %s', (label) => {
    expect(isSelfSpeaker(label)).toBe(true);
  });

  it.each(['(You)', 'You:', ' You ', '« Vous »', '[Du]', '"あなた"', 'Вы.'])('ignores surrounding punctuation: %s', (label) => {
    expect(isSelfSpeaker(label)).toBe(true);
  });

  it('accepts decomposed Unicode (NFD) forms', () => {
    expect(isSelfSpeaker('Tú'.normalize('NFD'))).toBe(true);
  });

  it.each(['Your Presentation', 'Young Kim', 'Yo', 'Avery Chen', 'You Two', 'Tutu', '', '   '])('rejects %j', (label) => {
    expect(isSelfSpeaker(label)).toBe(false);
  });

  it('rejects null, with or without a rep name', () => {
    expect(isSelfSpeaker(null)).toBe(false);
    expect(isSelfSpeaker(null, 'Sam Rivera')).toBe(false);
  });

  it.each([
    ['Sam Rivera', 'Sam Rivera'],
    ['sam rivera', 'Sam Rivera'],
    ['Sam Rivera (Guest)', 'Sam Rivera'],
    ['Sam  Rivera', 'sam rivera (External)'],
    ['Sam Rivera (Unverified)', ' Sam Rivera '],
  ])('matches the rep name: %j vs %j', (speaker, repName) => {
    expect(isSelfSpeaker(speaker, repName)).toBe(true);
  });

  it.each([
    ['Sam Rivera 2', 'Sam Rivera'],
    ['Sam Rivers', 'Sam Rivera'],
    ['Avery Chen', 'Sam Rivera'],
    ['Sam Rivera', ''],
    ['Sam Rivera', '   '],
    ['Sam Rivera', undefined],
  ])('does not match %j against rep name %j', (speaker, repName) => {
    expect(isSelfSpeaker(speaker, repName)).toBe(false);
  });
});

describe('cleanSpeakerName', () => {
  it.each([
    ['Riley Park (Guest)', 'Riley Park'],
    ['Riley Park (Unverified)', 'Riley Park'],
    ['Riley Park (External)', 'Riley Park'],
    ['Lena Fischer (Gast)', 'Lena Fischer'],
    ['Chloé Martin (Invité)', 'Chloé Martin'],
    ['Chloé Martin (invitée)', 'Chloé Martin'],
    ['Ana Ruiz (Invitado)', 'Ana Ruiz'],
    ['Riley Park (GUEST)', 'Riley Park'],
    ['Riley Park [Guest]', 'Riley Park'],
    ['Riley Park (External) (Guest)', 'Riley Park'],
    ['Riley Park (Guest) ', 'Riley Park'],
    ['Riley Park(Guest)', 'Riley Park'],
    ['Riley Park ( Guest )', 'Riley Park'],
  ])('strips the qualifier: %j → %j', (raw, cleaned) => {
    expect(cleanSpeakerName(raw)).toBe(cleaned);
  });

  it.each([
    ['Avery Chen 2', 'Avery Chen 2'],
    ['Avery Chen 2 (Guest)', 'Avery Chen 2'],
    ['Avery Chen (Sales)', 'Avery Chen (Sales)'],
    ['Avery Chen (Guest) Jr', 'Avery Chen (Guest) Jr'],
    ['  Avery   Chen  ', 'Avery Chen'],
    ['You', 'You'],
  ])('keeps everything else: %j → %j', (raw, cleaned) => {
    expect(cleanSpeakerName(raw)).toBe(cleaned);
  });

  it.each(SPEAKER_QUALIFIERS)('strips every known qualifier: (%s)', (qualifier) => {
    expect(cleanSpeakerName(`Riley Park (${qualifier})`)).toBe('Riley Park');
  });

  it.each([null, '', '   ', '(Guest)'])('returns null for %j', (raw) => {
    expect(cleanSpeakerName(raw)).toBeNull();
  });
});
