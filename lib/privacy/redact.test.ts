import { describe, expect, it } from 'vitest';
import { luhnValid, redact, redactOptional } from './redact';

describe('redact', () => {
  it.each([
    ['Write to dana.ortiz@northwind.example please', 'Write to [email] please'],
    ['<dana+sales@mail.northwind.co.uk>', '<[email]>'],
    ['CC: a_b-c%d@x-y.io, and j@k.de.', 'CC: [email], and [email].'],
    ['mailto:SAM.RIVERA@ACME.COM?subject=hi', 'mailto:[email]?subject=hi'],
  ])('blanks email addresses: %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    ['Call me on +44 20 7946 0958 tomorrow', 'Call me on [phone] tomorrow'],
    ['+44 (0)20 7946 0958', '[phone]'],
    ['+1-555-123-4567', '[phone]'],
    ['+1 (555) 123-4567.', '[phone].'],
    ['+49 30 1234567', '[phone]'],
    ['+33 1 42 68 53 00', '[phone]'],
    ['+4915112345678', '[phone]'],
    ['ring +44 20 7946 0958 2024 edition', 'ring [phone] 2024 edition'],
    ['(555) 123-4567', '[phone]'],
    ['my cell is 555-123-4567, thanks', 'my cell is [phone], thanks'],
    ['555.123.4567', '[phone]'],
    ['1-800-555-0199', '[phone]'],
    ['555 123 4567', '[phone]'],
    ['UK office 020 7946 0958', 'UK office [phone]'],
    ['0161 496 0000', '[phone]'],
    ['01632 960001', '[phone]'],
    ['mobile 07700 900123!', 'mobile [phone]!'],
    ['07700900123', '[phone]'],
  ])('blanks phone numbers: %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    ['card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27'],
    ['5500-0000-0000-0004', '[card]'],
    ['Amex 378282246310005.', 'Amex [card].'],
    ['6011111111111117', '[card]'],
    ['4012 8888 8888 1881 and 2 more', '[card] and 2 more'],
    ['ref 99 4111 1111 1111 1111', 'ref 99 [card]'],
  ])('blanks Luhn-valid card numbers: %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'We signed in 2024 and renewed in 2025.',
    'Call me next quarter, maybe Q3 2025.',
    'The meeting is on 2024-05-12 at 10:30.',
    'Dates: 12/05/2024, 12.05.2024, 5 May 2024.',
    'It costs $1,299.00 a month, or €12.500,00 a year.',
    'That is 1,000,000 units at 0.35 each.',
    'Order #123456789 shipped; invoice INV-2024-000123.',
    'Order number 4821-7733-1190 is late.',
    'Tracking 1234567890123456 is not a card.',
    'Account 1234 5678 9012 3456 (fails Luhn).',
    'Room 101, extension 4521, call 911.',
    'Version 3.2.1 on 192.168.1.10.',
    'We have 15-20 users and 3 - 5 teams.',
    'Price per seat is 49.99 with 10% off +20% uplift.',
    'Twitter @dana and the email inbox is full.',
    'Just send me some information.',
    '',
  ])('leaves ordinary text alone: %s', (input) => {
    expect(redact(input)).toBe(input);
  });

  it('keeps the brush-off around the redacted parts', () => {
    expect(redact('Just send me some information at dana@northwind.example or 555-123-4567.')).toBe(
      'Just send me some information at [email] or [phone].',
    );
  });

  it('checks Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('41x1')).toBe(false);
  });

  it('passes null and undefined through', () => {
    expect(redactOptional(null)).toBeNull();
    expect(redactOptional(undefined)).toBeUndefined();
    expect(redactOptional('dana@northwind.example')).toBe('[email]');
    expect(redactOptional('Dana Ortiz')).toBe('Dana Ortiz');
  });

  it('stays fast on hostile text (long runs of letters, digits and separators)', () => {
    const hostile = ['a'.repeat(100_000), '1'.repeat(50_000), '1 '.repeat(25_000), '+1'.repeat(10_000), 'a.'.repeat(20_000) + '@'].join(' ');
    const started = performance.now();
    redact(hostile);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
