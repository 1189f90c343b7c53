import { createHash } from 'node:crypto';
import { minifySync } from 'rolldown/experimental';
import { storageKeys } from '../src/config/storage-keys.ts';
import {
  EARLY_CLICKS_GLOBAL,
  EN_PLACEHOLDER_ATTRIBUTE,
  ROOT_ID,
} from '../src/config/prerender-contract.ts';
import { applyReaderSettings, type ReaderSettingsKeys } from '../src/app/reader-settings-script.ts';

/**
 * The inline script at the top of every page's <head>: src/app/reader-settings-script.ts, called, and
 * minified by Vite's own bundler (every page carries it, and a paper page must fit the first round trip).
 */
export const HEAD_SCRIPT = minifySync(
  'reader-settings-script.js',
  `(${applyReaderSettings.toString()})(${JSON.stringify({
    theme: storageKeys.theme,
    language: storageKeys.language,
    root: ROOT_ID,
    earlyClicks: EARLY_CLICKS_GLOBAL,
    enPlaceholder: EN_PLACEHOLDER_ATTRIBUTE,
  } satisfies ReaderSettingsKeys)});`,
).code.trim();

/** Its source expression for the Content-Security-Policy: `'sha256-…'`. */
export const HEAD_SCRIPT_HASH = `'sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}'`;
