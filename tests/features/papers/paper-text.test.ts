// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { linkLabel, paperAbstracts, paperTitles } from '../../../src/features/papers/paper-text';

const paper = {
  id: 'p',
  titleKo: '한국어 제목',
  titleEn: 'English title',
  abstractKo: '한국어 초록',
  abstractEn: 'English abstract',
};

describe('choosing what a card shows in each language', () => {
  it.each([
    ['ko', '한국어 제목', 'English title'],
    ['en', 'English title', '한국어 제목'],
    ['both', '한국어 제목', 'English title'],
  ] as const)('titles in %s', (language, primary, secondary) => {
    const titles = paperTitles(paper, language);
    expect(titles.primary.text).toBe(primary);
    expect(titles.secondary?.text).toBe(secondary);
  });

  it('falls back to the other title, or the id, and never repeats the same title', () => {
    expect(paperTitles({ ...paper, titleEn: '' }, 'en')).toEqual({
      primary: { text: '한국어 제목', lang: 'ko', fallback: true },
      secondary: null,
    });
    expect(paperTitles({ ...paper, titleKo: ' ', titleEn: '' }, 'ko').primary.text).toBe('p');
    expect(paperTitles({ ...paper, titleKo: 'Same', titleEn: 'Same' }, 'ko').secondary).toBeNull();
  });

  it.each([
    [paper, ['ko', 'en']],
    [{ ...paper, abstractEn: '' }, ['ko']],
    [{ ...paper, abstractKo: '\n' }, ['en']],
    [{ ...paper, abstractEn: ' ', abstractKo: '' }, []],
  ] as const)('the abstracts a card carries for %j, Korean first', (input, expected) => {
    expect(paperAbstracts(input).map((item) => item.lang)).toEqual(expected);
  });

  it.each([
    [{ url: 'https://github.com/x/y', label: ' GitHub - x/y ' }, 'GitHub - x/y'],
    [{ url: 'https://www.example.com/' }, 'example.com'],
    [{ url: 'https://huggingface.co/papers/2510.12712/' }, 'huggingface.co/papers/2510.12712'],
  ])('labels a link %j as %s', (link, label) => {
    expect(linkLabel(link)).toBe(label);
  });
});
