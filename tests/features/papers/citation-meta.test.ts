// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { citationMeta } from '../../../src/features/papers/citation-meta';
import { arxivLinks } from '../../../src/features/papers/paper-text';
import { makePaper } from '../library/fixtures';

const synced = makePaper('llms-can-get-brain-rot', {
  titleEn: 'LLMs Can Get "Brain Rot"!',
  paperUrl: 'https://arxiv.org/abs/2510.13928',
  arxivId: '2510.13928',
  arxiv: {
    id: '2510.13928',
    authors: ['Shuo Xing', 'Junyuan Hong'],
    published: '2025-10-15',
    primaryCategory: 'cs.CL',
    pdfUrl: 'https://arxiv.org/pdf/2510.13928v1',
  },
});

describe('the citation_* tags a reference manager reads', () => {
  it('names every author and the exact date once arXiv has been asked', () => {
    expect(citationMeta(synced)).toEqual([
      ['citation_title', 'LLMs Can Get "Brain Rot"!'],
      ['citation_author', 'Shuo Xing'],
      ['citation_author', 'Junyuan Hong'],
      ['citation_publication_date', '2025/10/15'],
      ['citation_arxiv_id', '2510.13928'],
      ['citation_pdf_url', 'https://arxiv.org/pdf/2510.13928v1'],
      ['citation_abstract_html_url', 'https://arxiv.org/abs/2510.13928'],
    ]);
  });

  it('invents no author from a link alone, and takes the month from the arXiv id', () => {
    const tags = citationMeta({ ...synced, arxiv: undefined });
    expect(tags.filter(([name]) => name === 'citation_author')).toEqual([]);
    expect(tags).toContainEqual(['citation_publication_date', '2025/10']);
    expect(tags).toContainEqual(['citation_pdf_url', 'https://arxiv.org/pdf/2510.13928']);
  });

  it('reads the month of an old-style id', () => {
    const old = makePaper('string-theory', { arxivId: 'hep-th/9901001' });
    expect(citationMeta(old)).toContainEqual(['citation_publication_date', '1999/01']);
  });

  it('gives only the title for a paper that is not on arXiv', () => {
    const blog = makePaper('a-blog-post', { paperUrl: 'https://example.org/post' });
    expect(citationMeta(blog)).toEqual([['citation_title', 'A Blog Post']]);
  });

  it('falls back to the Korean title, and says nothing without any title', () => {
    const korean = makePaper('korean-only', { titleEn: '', arxivId: undefined });
    expect(citationMeta(korean)[0]).toEqual(['citation_title', 'Korean Only (한국어 제목)']);
    expect(citationMeta(makePaper('none', { titleEn: '', titleKo: '' }))).toEqual([]);
  });
});

describe('where a paper on arXiv can be read', () => {
  it('links arXiv, the PDF, Hugging Face and alphaXiv by the id', () => {
    expect(arxivLinks({ arxivId: '2510.13928' })).toEqual({
      abs: 'https://arxiv.org/abs/2510.13928',
      pdf: 'https://arxiv.org/pdf/2510.13928',
      huggingFace: 'https://huggingface.co/papers/2510.13928',
      alphaXiv: 'https://www.alphaxiv.org/abs/2510.13928',
    });
  });

  it('has no Hugging Face page for an old-style id, and nothing without an id', () => {
    expect(arxivLinks({ arxivId: 'hep-th/9901001' })?.huggingFace).toBeNull();
    expect(arxivLinks({})).toBeNull();
  });
});
