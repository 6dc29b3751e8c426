/**
 * The CSS variables Mantine's provider would compute from Skranke's theme on every page load (MantineCssVariables:
 * merging the theme, dropping the defaults, writing a <style>; about 10 ms of the first screen's main thread, 40 ms
 * on a 4x-throttled phone), computed here once and kept in src/theme-variables.gen.css. The provider runs with
 * `withCssVariables={false}`, and theme-css.test.ts fails when the file differs from what Mantine would write.
 *
 * After a change to src/theme.ts: `pnpm --filter @skranke/web theme:css`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { cssVariablesResolver, theme } from '../src/theme.ts';

export const THEME_CSS_FILE = path.join(import.meta.dirname, '../src/theme-variables.gen.css');
export const THEME_CSS_HEADER =
  '/* Generated from src/theme.ts by build/theme-css.tsx (`pnpm --filter @skranke/web theme:css`); do not edit. */\n';

/** Exactly the CSS of the provider's own <style data-mantine-styles="true">, as the SPA's provider is configured. */
export function themeCssVariables(): string {
  const markup = renderToStaticMarkup(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <span />
    </MantineProvider>,
  );
  const css = /<style data-mantine-styles="true"[^>]*>([^<]*)<\/style>/.exec(markup)?.[1];
  if (!css) throw new Error(`Mantine rendered no CSS variables: ${markup.slice(0, 200)}`);
  return css;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(THEME_CSS_FILE, `${THEME_CSS_HEADER}${themeCssVariables()}\n`);
  console.log(`wrote ${THEME_CSS_FILE}`);
}
