import type { ReadingLanguage } from '../../lib/reading-language';
import type { InterfaceText } from '../../lib/interface-text';
import { SegmentedRadio } from './segmented-radio';

interface LanguageSwitchProps {
  value: ReadingLanguage;
  onChange: (language: ReadingLanguage) => void;
  text: InterfaceText;
  legend?: string;
  hideLegend?: boolean;
  className?: string;
}

/** 한국어 / English / both, as a radio group. */
export function LanguageSwitch({
  value,
  onChange,
  text,
  legend,
  hideLegend,
  className,
}: LanguageSwitchProps) {
  return (
    <SegmentedRadio
      legend={legend ?? text.readingLanguage}
      hideLegend={hideLegend}
      className={className}
      value={value}
      onChange={onChange}
      options={[
        { value: 'ko', label: text.languageKo, lang: 'ko' },
        { value: 'en', label: text.languageEn, lang: 'en' },
        { value: 'both', label: text.languageBoth, title: text.languageBothLong },
      ]}
    />
  );
}
