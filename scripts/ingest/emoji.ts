/**
 * Discourse-style emoji shortcodes (`:fire:`, `:south_korea:`) to Unicode, through emojibase's maintained
 * tables. No single preset knows every name Discourse prints (`:south_korea:` is only in emojibase's,
 * `:down_right_arrow:` only in CLDR's), so the lookup is the union of presets, earlier ones winning.
 */
import type { CompactEmoji, ShortcodesDataset } from 'emojibase';
import compact from 'emojibase-data/en/compact.json' with { type: 'json' };
import github from 'emojibase-data/en/shortcodes/github.json' with { type: 'json' };
import emojibase from 'emojibase-data/en/shortcodes/emojibase.json' with { type: 'json' };
import joypixels from 'emojibase-data/en/shortcodes/joypixels.json' with { type: 'json' };
import iamcal from 'emojibase-data/en/shortcodes/iamcal.json' with { type: 'json' };
import cldr from 'emojibase-data/en/shortcodes/cldr.json' with { type: 'json' };

export interface ShortcodeResult {
  text: string;
  warnings: string[];
}

const PRESETS_BY_PRIORITY: readonly ShortcodesDataset[] = [
  github,
  emojibase,
  joypixels,
  iamcal,
  cldr,
];

const SHORTCODE = /:([a-z0-9_+-]+):/g;
const ALPHANUMERIC = /[A-Za-z0-9]/;

/** What a real, if unknown, shortcode looks like: not `12:30:45`, not `a:b:c`. */
const PLAUSIBLE_NAME = /^(?=.*[a-z])[a-z0-9_+-]{2,}$/;

let lookup: Map<string, string> | undefined;

function shortcodeLookup(): Map<string, string> {
  if (lookup) return lookup;
  const unicodeByHexcode = new Map<string, string>();
  const addEmoji = (emoji: Pick<CompactEmoji, 'hexcode' | 'unicode'>) =>
    unicodeByHexcode.set(emoji.hexcode, emoji.unicode);
  for (const emoji of compact as CompactEmoji[]) {
    addEmoji(emoji);
    for (const skin of emoji.skins ?? []) addEmoji(skin);
  }
  const table = new Map<string, string>();
  for (const preset of PRESETS_BY_PRIORITY) {
    for (const [hexcode, names] of Object.entries(preset)) {
      const unicode = unicodeByHexcode.get(hexcode);
      if (unicode === undefined) continue;
      for (const name of Array.isArray(names) ? names : [names]) {
        if (!table.has(name)) table.set(name, unicode);
      }
    }
  }
  lookup = table;
  return table;
}

/** Replaces every known `:shortcode:`; an unknown but plausible one stays as written, with a warning. */
export function replaceShortcodes(text: string): ShortcodeResult {
  if (!text.includes(':')) return { text, warnings: [] };
  const table = shortcodeLookup();
  const warnings: string[] = [];
  let out = '';
  let copied = 0;
  let previousEnd = -1;
  SHORTCODE.lastIndex = 0;
  for (let match = SHORTCODE.exec(text); match; match = SHORTCODE.exec(text)) {
    const [whole, name = ''] = match;
    const start = match.index;
    const end = start + whole.length;
    // `std::vector::` is a scope, not a shortcode; `:fire::south_korea:` is two shortcodes.
    const scoped = text[start - 1] === ':' && start !== previousEnd;
    // `a:b:c` is a ratio or a path more often than the 🅱️ emoji.
    const sandwiched =
      name.length === 1 &&
      ALPHANUMERIC.test(text[start - 1] ?? '') &&
      ALPHANUMERIC.test(text[end] ?? '');
    previousEnd = end;
    const unicode = scoped || sandwiched ? undefined : table.get(name);
    if (unicode !== undefined) {
      out += text.slice(copied, start) + unicode;
      copied = end;
      continue;
    }
    if (!scoped && PLAUSIBLE_NAME.test(name))
      warnings.push(`unknown emoji shortcode :${name}: kept as written`);
    // Let the closing `:` start the next candidate: `a:b:fire:` still finds `:fire:`.
    SHORTCODE.lastIndex = end - 1;
  }
  return { text: copied === 0 ? text : out + text.slice(copied), warnings };
}
