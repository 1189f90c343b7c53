import { useId, type ReactNode } from 'react';

export interface SegmentOption<T extends string> {
  value: T;
  label: ReactNode;
  /** Tooltip. */
  title?: string;
  /** The accessible name when the label is only an icon. */
  ariaLabel?: string;
  lang?: string;
}

interface SegmentedRadioProps<T extends string> {
  legend: ReactNode;
  /** Hide the legend visually (it still names the group for assistive tech). */
  hideLegend?: boolean;
  value: T;
  options: readonly SegmentOption<T>[];
  onChange: (value: T) => void;
  className?: string;
}

/** A native radio group styled as a segmented control: arrow keys, focus and names come for free. */
export function SegmentedRadio<T extends string>({
  legend,
  hideLegend = false,
  value,
  options,
  onChange,
  className,
}: SegmentedRadioProps<T>) {
  const name = useId();
  return (
    <fieldset className={className ? `segmented ${className}` : 'segmented'}>
      <legend className={hideLegend ? 'visually-hidden' : 'segmented__legend'}>{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label
            key={option.value}
            className="segmented__option"
            title={option.title}
            lang={option.lang}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              aria-label={option.ariaLabel}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
