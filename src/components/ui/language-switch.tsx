import type { ReadingLanguage } from '../../lib/reading-language';
import type { InterfaceText } from '../../lib/interface-text';
import { SegmentedRadio } from './segmented-radio';
import type { ReactNode } from 'react';
import { interfaceText } from '../../lib/interface-text';
import { Bilingual } from './bilingual';

const english = interfaceText('en');

interface LanguageSwitchProps {
  value: ReadingLanguage;
  onChange: (language: ReadingLanguage) => void;
  text: InterfaceText;
  legend?: ReactNode;
  /** The label of "both", when it must not follow `text` (a card's, written in both languages). */
  bothLabel?: ReactNode;
  hideLegend?: boolean;
  className?: string;
}

/** 한국어 / English / both, as a radio group. */
export function LanguageSwitch({
  value,
  onChange,
  text,
  legend,
  bothLabel,
  hideLegend,
  className,
}: LanguageSwitchProps) {
  return (
    <SegmentedRadio
      legend={legend ?? <Bilingual en={english.readingLanguage}>{text.readingLanguage}</Bilingual>}
      hideLegend={hideLegend}
      className={className}
      value={value}
      onChange={onChange}
      options={[
        { value: 'ko', label: text.languageKo, lang: 'ko' },
        { value: 'en', label: text.languageEn, lang: 'en' },
        {
          value: 'both',
          label: bothLabel ?? <Bilingual en={english.languageBoth}>{text.languageBoth}</Bilingual>,
          // (A tooltip is an attribute, which styles cannot put in the shown language.)
          title: bothLabel ? undefined : text.languageBothLong,
        },
      ]}
    />
  );
}
