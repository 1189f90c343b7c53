import type { Paper } from '../../data/schema';
import type { ReadingLanguage } from '../../lib/reading-language';

export interface LocalizedText {
  text: string;
  lang: 'ko' | 'en';
  /** True when the reader asked for the other language but the source lacks it. */
  fallback: boolean;
}

const present = (text: string) => text.trim() !== '';

/** The title to show first and the one beneath it (null when there is no different second title). */
export function paperTitles(
  paper: Pick<Paper, 'titleKo' | 'titleEn' | 'id'>,
  language: ReadingLanguage,
): { primary: LocalizedText; secondary: LocalizedText | null } {
  const ko: LocalizedText = { text: paper.titleKo, lang: 'ko', fallback: false };
  const en: LocalizedText = { text: paper.titleEn, lang: 'en', fallback: false };
  const [first, second] = language === 'en' ? [en, ko] : [ko, en];
  if (!present(first.text)) {
    if (!present(second.text))
      return { primary: { text: paper.id, lang: 'en', fallback: true }, secondary: null };
    return { primary: { ...second, fallback: true }, secondary: null };
  }
  if (!present(second.text) || second.text.trim() === first.text.trim())
    return { primary: first, secondary: null };
  return { primary: first, secondary: second };
}

/**
 * The abstracts a card carries: those the source has, Korean first. Which of them shows in each reading
 * language (and the note when the one asked for is missing) is the card's styles' business
 * (paper-card.tsx, paper-card-language.css).
 */
export function paperAbstracts(paper: Pick<Paper, 'abstractKo' | 'abstractEn'>): LocalizedText[] {
  const all: LocalizedText[] = [
    { text: paper.abstractKo, lang: 'ko', fallback: false },
    { text: paper.abstractEn, lang: 'en', fallback: false },
  ];
  return all.filter((item) => present(item.text));
}

/** A short readable label for a link: its preview label, else its host and path. */
export function linkLabel(link: { url: string; label?: string }): string {
  if (link.label && link.label.trim() !== '') return link.label.trim();
  try {
    const url = new URL(link.url);
    const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
    return `${url.host.replace(/^www\./, '')}${path}`;
  } catch {
    return link.url;
  }
}

/** The DOM id of a paper's card on its issue page (prefixed so it never clashes with other ids). */
export function paperAnchorId(paperId: string): string {
  return `paper-${paperId}`;
}

/**
 * Where a paper can be read when it is on arXiv: its abstract and PDF, and two reading sites keyed by
 * the same id (the ingest reads the id from the paper's link). Hugging Face's paper pages exist only
 * for new-style ids (2510.13928), not for old ones (hep-th/9901001).
 */
export function arxivLinks(paper: Pick<Paper, 'arxiv' | 'arxivId'>) {
  const id = paper.arxivId ?? paper.arxiv?.id;
  if (!id) return null;
  return {
    abs: `https://arxiv.org/abs/${id}`,
    pdf: `https://arxiv.org/pdf/${id}`,
    huggingFace: id.includes('/') ? null : `https://huggingface.co/papers/${id}`,
    alphaXiv: `https://www.alphaxiv.org/abs/${id}`,
  };
}
