import type { ReactNode } from 'react';

/**
 * Colours chosen for text contrast of at least 4.5:1 at small sizes (Mantine's light badge tints do not reach it).
 * Every tag carries words, so the colour is never the only signal.
 */
const TONES = {
  green: { background: '#e6f6ea', color: '#1a5d2a', border: '#a9dcb5' },
  greenSolid: { background: '#1a5d2a', color: '#ffffff', border: '#1a5d2a' },
  yellow: { background: '#ffe066', color: '#3d2e00', border: '#e6b800' },
  red: { background: '#b02525', color: '#ffffff', border: '#b02525' },
  blue: { background: '#e7f1fb', color: '#0b4a8b', border: '#a6c8ec' },
  gray: { background: '#f1f3f5', color: '#343a40', border: '#ced4da' },
  grape: { background: '#f6e9f8', color: '#6b1f7a', border: '#dcb3e3' },
} as const;

export type StatusTone = keyof typeof TONES;

const SIZES = { sm: 13, md: 15, lg: 18, xl: 22 } as const;

interface StatusTagProps {
  tone: StatusTone;
  icon?: ReactNode;
  size?: keyof typeof SIZES;
  children: ReactNode;
}

/** A small coloured label with words (a state, a load light); it never truncates its text. */
export function StatusTag({ tone, icon, size = 'md', children }: StatusTagProps) {
  const { background, color, border } = TONES[tone];
  return (
    <span
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '0.15em 0.7em',
        borderRadius: 999,
        border: `1px solid ${border}`,
        background,
        color,
        fontSize: SIZES[size],
        fontWeight: 650,
        lineHeight: 1.5,
        whiteSpace: 'nowrap',
      }}
    >
      {icon}
      {children}
    </span>
  );
}
