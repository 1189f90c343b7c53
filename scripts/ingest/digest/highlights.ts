import type { Highlight, SummaryItem } from '../../../src/data/schema';
import { plainText, type Block } from '../blocks';
import { findMentions, PaperMatcher, quotedNames } from '../mentions';
import { cleanMarkdown, cleanPlainText } from './clean-fields';
import type { HighlightDraft } from './front-matter';
import type { PaperDraft } from './paper-sections';
import type { ProblemLog } from './problem-log';

/** `\textbf{Title}: text` or `Title: text`; the colon only counts near the start. */
function splitHighlight(rest: string): { title: string; body: string } {
  const bold = /^\\textbf\{([^{}]+)\}\s*[:：]?\s*/.exec(rest);
  if (bold?.[1] !== undefined)
    return { title: bold[1].replace(/\s*[:：]$/, ''), body: rest.slice(bold[0].length) };
  const colon = /[:：]\s/.exec(rest);
  if (colon && colon.index > 0 && colon.index <= 120) {
    return { title: rest.slice(0, colon.index), body: rest.slice(colon.index + colon[0].length) };
  }
  return { title: '', body: rest };
}

/** Matches names in the front matter to the week's papers (by their titles as written). */
export function paperMatcher(drafts: readonly PaperDraft[], ids: readonly string[]): PaperMatcher {
  return new PaperMatcher(
    drafts.map((draft, index) => ({
      id: ids[index] as string,
      titleKo: draft.titleKo,
      titleEn: draft.titleEn,
    })),
  );
}

/** Each highlight's title and body, with the papers its body names. */
export function buildHighlights(
  drafts: readonly HighlightDraft[],
  matcher: PaperMatcher,
  log: ProblemLog,
): Highlight[] {
  return drafts.map((draft) => {
    const { title: rawTitle, body: rawBody } = splitHighlight(draft.rest);
    if (rawTitle === '')
      log.warn(draft.block, 'missing-part', `highlight ${draft.number}: expected 'title: text'`);
    const body = cleanMarkdown([{ ...draft.block, text: rawBody }, ...draft.extra], log);
    const { paperIds, mentions } = findMentions(body, matcher);
    return {
      number: draft.number,
      title: cleanPlainText(rawTitle, draft.block, log),
      body,
      paperIds,
      mentions,
    };
  });
}

/** Each line of the summary list, with the paper it is about when its quoted name or lead names one. */
export function buildSummaries(
  blocks: readonly Block[],
  matcher: PaperMatcher,
  log: ProblemLog,
): SummaryItem[] {
  return blocks.map((block) => {
    const text = cleanMarkdown([block], log);
    const lead = plainText(block.text).split(/\s*[:：]\s|\s[-–—]\s/)[0] ?? '';
    const paperId = [...quotedNames(text), lead]
      .map((name) => matcher.match(name))
      .find((id) => id !== undefined);
    return { text, paperId: paperId ?? null };
  });
}
