import { describe, expect, it, vi } from 'vitest';
import { da } from './da.ts';
import { en } from './en.ts';

// The English dictionary is not part of the entry chunk: it is loaded on first use, Danish standing in meanwhile.
describe('English on demand', () => {
  it('translates into Danish until English is loaded, then into English', async () => {
    vi.resetModules();
    const fresh = await import('./i18n.tsx');
    expect(fresh.isLanguageLoaded('da')).toBe(true);
    expect(fresh.isLanguageLoaded('en')).toBe(false);
    expect(fresh.translate('en', 'kiosk.pageTitle')).toBe(da['kiosk.pageTitle']);
    await fresh.loadLanguage('en');
    expect(fresh.isLanguageLoaded('en')).toBe(true);
    expect(fresh.translate('en', 'kiosk.pageTitle')).toBe(en['kiosk.pageTitle']);
    expect(en['kiosk.pageTitle']).not.toBe(da['kiosk.pageTitle']);
  });
});

describe('the administration’s Danish on demand', () => {
  it('is loaded with its routes, not before', async () => {
    vi.resetModules();
    const fresh = await import('./i18n.tsx');
    const { daAdmin } = await import('./da-admin.ts');
    expect(fresh.translate('da', 'admin.subnav.label')).toBe('admin.subnav.label');
    await fresh.loadMessages('admin');
    expect(fresh.translate('da', 'admin.subnav.label')).toBe(daAdmin['admin.subnav.label']);
  });
});
