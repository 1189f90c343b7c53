import type { Block } from '../blocks';
import { htmlToBlocks } from '../html-blocks';
import { textToBlocks } from '../text-blocks';
import type { ParseOptions } from './parse-options';
import type { ProblemLog } from './problem-log';
import { parseTitleLine } from './title-line';

export interface InputBlocks {
  blocks: Block[];
  /** What a saved page or the forum topic says of itself (the text form has neither). */
  pageSource: string | null;
  pageLikes: number | null;
}

/** The digest, text copy or HTML, as one list of blocks; for a page, its title line goes first. */
export function readInputBlocks(
  input: string,
  options: ParseOptions,
  log: ProblemLog,
): InputBlocks {
  if (options.format !== 'html')
    return { blocks: textToBlocks(input), pageSource: null, pageLikes: null };
  const forumPost = options.forumPost;
  const page = htmlToBlocks(input, { postBody: forumPost !== undefined });
  if (forumPost !== undefined)
    page.titles.push({
      kind: 'heading',
      text: forumPost.title,
      links: [],
      element: 'topic title',
    });
  if (page.usedWholeDocument) {
    log.warn(
      undefined,
      'ignored',
      "no post body ('.cooked' or '[itemprop=text]') found; read the whole document",
    );
  }
  const pageTitle = page.titles.find((block) => parseTitleLine(block.text) !== undefined);
  return {
    blocks: pageTitle ? [pageTitle, ...page.blocks] : page.blocks,
    pageSource: forumPost?.source ?? page.source,
    pageLikes: forumPost?.likes ?? page.likes,
  };
}
