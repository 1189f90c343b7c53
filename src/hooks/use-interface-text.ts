import { interfaceText, type InterfaceText } from '../lib/interface-text';
import { interfaceLanguageOf, type InterfaceLanguage } from '../lib/reading-language';
import { useReadingLanguage } from './use-reading-language';

/** The interface labels in the language the reader chose, plus that language (for `lang=`). */
export function useInterfaceText(): [InterfaceText, InterfaceLanguage] {
  const [language] = useReadingLanguage();
  const uiLanguage = interfaceLanguageOf(language);
  return [interfaceText(uiLanguage), uiLanguage];
}
