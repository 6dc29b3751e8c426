import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_CSS_FILE, THEME_CSS_HEADER, themeCssVariables } from './theme-css.tsx';

describe('src/theme-variables.gen.css', () => {
  it("is what Mantine's provider would write for the theme (regenerate with `pnpm --filter @skranke/web theme:css`)", () => {
    const css = themeCssVariables();
    // The theme's own choices are in it: primary shade 9 for filled buttons, the darker dimmed text, the heading weight.
    expect(css).toContain('--mantine-color-blue-filled: var(--mantine-color-blue-9)');
    expect(css).toContain('--mantine-color-dimmed: var(--mantine-color-gray-7)');
    expect(css).toContain('--mantine-heading-font-weight: 650');
    expect(readFileSync(THEME_CSS_FILE, 'utf8')).toBe(`${THEME_CSS_HEADER}${css}\n`);
  });
});
