// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findWordRanges,
  foldPlural,
  indexTerms,
  parseQuery,
  TermCollector,
  stripParticle,
} from '../../../src/features/search/tokenize';

describe('stripParticle', () => {
  it.each([
    ['모델이', '모델'],
    ['모델을', '모델'],
    ['모델의', '모델'],
    ['캐시를', '캐시'],
    ['캐시는', '캐시'],
    ['파이프라인으로', '파이프라인'],
    ['데이터셋에서', '데이터셋'],
    ['학습까지', '학습'],
    ['추론부터', '추론'],
    ['모델과', '모델'],
    ['캐시와', '캐시'],
    ['모델들을', '모델'],
    ['뇌에서', '뇌'],
    ['LLM의', 'LLM'],
    ['KV를', 'KV'],
    ['GPT-4로', 'GPT-4'],
  ])('%s -> %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });

  it.each([
    // Nouns that merely end like a particle stay whole.
    '길이',
    '차이',
    '평가',
    '재평가',
    '결과',
    '실험결과',
    '정확도',
    '주의',
    '디퓨전',
    '모델',
    // A bare particle, and a one-syllable stem before a one-syllable particle.
    '에서',
    '이',
    '뇌를',
    'pipeline',
  ])('%s stays whole', (word) => {
    expect(stripParticle(word)).toBe(word);
  });
});

describe('foldPlural', () => {
  it.each([
    ['models', 'model'],
    ['model', 'model'],
    ['caches', 'cach'],
    ['cache', 'cach'],
    ['policies', 'policy'],
    ['policy', 'policy'],
    ['processes', 'process'],
    ['process', 'process'],
    ['llms', 'llm'],
    ['analysis', 'analysis'],
    ['status', 'status'],
    ['kv', 'kv'],
  ])('%s -> %s', (word, folded) => {
    expect(foldPlural(word)).toBe(folded);
  });
});

describe('indexTerms', () => {
  it('indexes Hangul as overlapping bigrams plus the last syllable', () => {
    expect(indexTerms('언어모델을')).toEqual(['언어', '어모', '모델', '델을', '을']);
    expect(indexTerms('뇌')).toEqual(['뇌']);
  });

  it('indexes words lowercased and plural-folded, with camel-case parts', () => {
    expect(indexTerms('Fast-dLLM caches KV')).toEqual(['fast', 'dllm', 'llm', 'cach', 'kv']);
    expect(indexTerms('ChunkLLM')).toEqual(['chunkllm', 'chunk', 'llm']);
  });

  it('splits mixed Korean and Latin text into both kinds of terms, without repeats', () => {
    expect(indexTerms('LLM의 KV 캐시, KV 캐시')).toEqual(['llm', '의', 'kv', '캐시', '시']);
  });

  it('matches decomposed (NFD) Hangul like composed text', () => {
    expect(indexTerms('모델'.normalize('NFD'))).toEqual(indexTerms('모델'));
  });
});

describe('parseQuery', () => {
  it('turns a mixed query into words that must all match', () => {
    expect(parseQuery('KV 캐시를 ')).toEqual([
      { kind: 'word', text: 'kv', terms: ['kv'], prefix: false },
      { kind: 'hangul', text: '캐시', terms: ['캐시'], prefix: false },
    ]);
  });

  it('prefix-matches only the Latin word still being typed', () => {
    expect(parseQuery('pipeline parall').map((word) => word.prefix)).toEqual([false, true]);
    expect(parseQuery('pipeline parall ').map((word) => word.prefix)).toEqual([false, false]);
  });

  it('uses every bigram of a long Hangul word and a prefix for one syllable', () => {
    expect(parseQuery('언어모델이')[0]).toMatchObject({
      text: '언어모델',
      terms: ['언어', '어모', '모델'],
    });
    expect(parseQuery('뇌')[0]).toMatchObject({ terms: ['뇌'], prefix: true });
  });

  it('ignores punctuation, stray jamo and empty input', () => {
    expect(parseQuery('  ')).toEqual([]);
    expect(parseQuery('ㄷ ... !')).toEqual([]);
  });
});

describe('findWordRanges', () => {
  const word = (query: string) => {
    const [first] = parseQuery(`${query} `);
    if (!first) throw new Error(`no word in ${query}`);
    return first;
  };

  it.each([
    ['모델', '언어모델을 학습한다', [[2, 4]]],
    ['캐시를', 'KV 캐시 압축', [[3, 5]]],
    [
      'models',
      'A Model of models',
      [
        [2, 7],
        [11, 17],
      ],
    ],
    [
      'LLM',
      'Fast-dLLM and ChunkLLM',
      [
        [5, 9],
        [14, 22],
      ],
    ],
    ['policy', 'Policies differ', [[0, 8]]],
    ['cat', 'concatenate cats', [[12, 16]]],
  ] as const)('%s in %s', (query, text, expected) => {
    expect(findWordRanges(text, word(query))).toEqual(expected);
  });
});

describe('properties', () => {
  const syllables = fc.constantFrom('모', '델', '캐', '시', '을', '이', '언', '어');
  const hangul = fc.array(syllables, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

  it('every syllable bigram of a text is among its index terms', () => {
    fc.assert(
      fc.property(hangul, (text) => {
        const terms = new Set(indexTerms(text));
        for (let i = 0; i + 1 < text.length; i++)
          expect(terms.has(text.slice(i, i + 2))).toBe(true);
        expect(terms.has(text.slice(-1))).toBe(true);
      }),
    );
  });

  it('one collector over many texts finds what indexTerms finds in each', () => {
    const mixed = fc
      .array(fc.oneof(hangul, fc.constantFrom('KV', 'Caches', 'LLMs', 'ChunkLLM', ' ', '.')), {
        maxLength: 6,
      })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(fc.array(mixed, { maxLength: 6 }), (texts) => {
        const collector = new TermCollector();
        for (const text of texts) expect(collector.collect(text)).toEqual(indexTerms(text));
      }),
    );
  });

  it('stripping only ever removes a suffix', () => {
    fc.assert(
      fc.property(hangul, (word) => {
        expect(word.startsWith(stripParticle(word))).toBe(true);
      }),
    );
  });
});
