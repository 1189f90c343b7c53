import type { InterfaceText } from '../../lib/interface-text';
import type { ThemeChoice } from '../../lib/theme';
import { SegmentedRadio } from './segmented-radio';
import { interfaceText } from '../../lib/interface-text';
import { Bilingual } from './bilingual';

const english = interfaceText('en');

/** Light / system / dark; 'system' follows prefers-color-scheme. */
export function ThemeSwitch({
  value,
  onChange,
  text,
}: {
  value: ThemeChoice;
  onChange: (choice: ThemeChoice) => void;
  text: InterfaceText;
}) {
  return (
    <SegmentedRadio
      legend={<Bilingual en={english.theme}>{text.theme}</Bilingual>}
      hideLegend
      className="theme-switch"
      value={value}
      onChange={onChange}
      options={[
        {
          value: 'light',
          label: <span aria-hidden="true">☀</span>,
          title: text.themeLight,
          ariaLabel: text.themeLight,
        },
        {
          value: 'system',
          label: <span aria-hidden="true">◐</span>,
          title: text.themeSystem,
          ariaLabel: text.themeSystem,
        },
        {
          value: 'dark',
          label: <span aria-hidden="true">☾</span>,
          title: text.themeDark,
          ariaLabel: text.themeDark,
        },
      ]}
    />
  );
}
