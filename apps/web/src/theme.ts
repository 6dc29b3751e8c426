import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 9 keeps white-on-primary and primary-on-tint text above the WCAG AA 4.5:1 contrast ratio; Mantine's
  // default shade 6 reaches only 3.3:1 on white.
  primaryShade: 9,
  autoContrast: true,
  defaultRadius: 'md',
  focusRing: 'auto',
  headings: { fontWeight: '650' },
  components: {
    // A dialog's title is its heading; Mantine draws it as body text. A plain object, not Modal.extend(): naming the
    // component here would put the whole Modal (focus trap, overlay, scroll lock) into the entry chunk.
    Modal: { styles: { title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 650 } } },
  },
});

/** Mantine's "dimmed" text (gray 6) is 3.3:1 on white; gray 7 is 8:1. Its error red (red 6) is 3.6:1; red 9 is 5.6:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
