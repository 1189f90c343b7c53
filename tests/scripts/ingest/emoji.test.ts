// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replaceShortcodes } from '../../../scripts/ingest/emoji';

describe('replaceShortcodes', () => {
  it.each([
    [':one:', '1️⃣'],
    [':two:', '2️⃣'],
    [':three:', '3️⃣'],
    [':fire:', '🔥'],
    [':south_korea:', '🇰🇷'],
    [':thinking:', '🤔'],
    [':thought_balloon:', '💭'],
    [':love_letter:', '💌'],
    [':wrapped_gift:', '🎁'],
    [':down_right_arrow:', '↘️'],
    [':heart:', '❤️'],
    [':hugs:', '🤗'],
    [':+1:', '👍️'],
    [':100:', '💯'],
    [':thumbsup_tone2:', '👍🏼'],
  ])('%s becomes %s', (shortcode, emoji) => {
    expect(replaceShortcodes(shortcode)).toEqual({ text: emoji, warnings: [] });
  });

  it('converts the seed digest lines, glued to words and to each other', () => {
    expect(replaceShortcodes('PyTorchKR:fire::south_korea: :thinking::thought_balloon:').text).toBe(
      'PyTorchKR🔥🇰🇷 🤔💭',
    );
    expect(
      replaceShortcodes(
        ':wrapped_gift: 아래:down_right_arrow:쪽에 좋아요:heart:를 눌러주시면 :hugs:',
      ).text,
    ).toBe('🎁 아래↘️쪽에 좋아요❤️를 눌러주시면 🤗');
    expect(replaceShortcodes('이메일:love_letter:로').text).toBe('이메일💌로');
  });

  it('keeps an unknown shortcode as written and names it in a warning', () => {
    expect(replaceShortcodes('a :no_such_emoji_here: b :fire:')).toEqual({
      text: 'a :no_such_emoji_here: b 🔥',
      warnings: ['unknown emoji shortcode :no_such_emoji_here: kept as written'],
    });
  });

  it('finds a shortcode right after an unknown one', () => {
    expect(replaceShortcodes(':nope::fire:').text).toBe(':nope:🔥');
    expect(replaceShortcodes('ratio:nope:fire:').text).toBe('ratio:nope🔥');
  });

  it.each([
    ['a time', 'at 12:30:45 sharp'],
    ['a URL', 'see https://example.com:8080/a:b and http://x'],
    ['a ratio of letters', 'a:b:c and x:o:y'],
    ['a C++ scope', 'std::vector::push_back and a::fire::b'],
    ['a lone colon', 'Note: fire: here'],
    ['capitals', ':Fire: and :FIRE:'],
  ])('leaves %s alone, without warnings', (_name, text) => {
    expect(replaceShortcodes(text)).toEqual({ text, warnings: [] });
  });

  it('never throws, leaves colon-free text as it is and is idempotent', () => {
    const piece = fc.constantFrom(
      ':',
      '::',
      'fire',
      'one',
      'x',
      'a',
      '1',
      '_',
      ' ',
      '가',
      ':fire:',
      ':nope:',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
          fc.string(),
        ),
        (text) => {
          const once = replaceShortcodes(text);
          if (!text.includes(':')) expect(once.text).toBe(text);
          expect(replaceShortcodes(once.text).text).toBe(once.text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('builds its table once: a 2,600-paper archive worth of lines is fast', () => {
    replaceShortcodes(':fire:');
    const started = performance.now();
    for (let i = 0; i < 26_000; i++)
      replaceShortcodes(`PyTorchKR:fire::south_korea: line ${i}: done`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
