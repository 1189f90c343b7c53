import type { Block } from '../blocks';
import { cleanDigestText, cleanInlineText } from '../clean-text';
import type { ProblemLog } from './problem-log';

/** A Markdown field from its blocks: every text field goes through the shared clean-up, and its
 * warnings keep the block's position. */
export function cleanMarkdown(blocks: readonly Block[], log: ProblemLog): string {
  return blocks
    .map((block) => {
      try {
        const result = cleanDigestText(block.text);
        for (const warning of result.warnings) log.warn(block, 'clean-up', warning);
        return result.markdown.trim();
      } catch (error) {
        log.warn(
          block,
          'clean-up',
          `text clean-up failed (${String(error)}); kept the text as it is`,
        );
        return block.text;
      }
    })
    .filter((markdown) => markdown !== '')
    .join('\n\n');
}

/** Titles are plain text in the schema: the clean-up's reader-visible text, not its Markdown. */
export function cleanPlainText(text: string, block: Block | undefined, log: ProblemLog): string {
  if (text === '') return '';
  try {
    const result = cleanInlineText(text);
    for (const warning of result.warnings) log.warn(block, 'clean-up', warning);
    return result.text.trim();
  } catch (error) {
    log.warn(block, 'clean-up', `text clean-up failed (${String(error)}); kept the text as it is`);
    return text;
  }
}
