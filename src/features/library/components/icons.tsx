/** Small inline icons (decorative: every control that uses one carries its own text). */
import type { ReactNode } from 'react';

interface IconProps {
  filled?: boolean;
}

/** The frame every icon shares: a 24-unit square, hidden from assistive technology. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="library-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A single outlined shape, filled in when its mark is on. */
function MarkIcon({ d, filled = false }: IconProps & { d: string }) {
  return (
    <Icon>
      <path
        d={d}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </Icon>
  );
}

export function HeartIcon({ filled = false }: IconProps) {
  return (
    <MarkIcon
      filled={filled}
      d="M12 20.5s-7.5-4.6-7.5-10.1A4.4 4.4 0 0 1 12 7.6a4.4 4.4 0 0 1 7.5 2.8c0 5.5-7.5 10.1-7.5 10.1z"
    />
  );
}

export function BookmarkIcon({ filled = false }: IconProps) {
  return <MarkIcon filled={filled} d="M6.5 3.5h11v17l-5.5-4-5.5 4z" />;
}

export function CheckIcon({ filled = false }: IconProps) {
  return (
    <Icon>
      <circle
        cx="12"
        cy="12"
        r="8.5"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.8"
      />
      <path
        d="M8.2 12.3l2.6 2.6 5-5.3"
        fill="none"
        stroke={filled ? 'var(--library-on-accent, Canvas)' : 'currentColor'}
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </Icon>
  );
}
