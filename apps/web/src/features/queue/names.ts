import type { Language } from '../../i18n/i18n.tsx';

/** Services and priority classes carry a Danish and an English name; the interface language picks one. */
export function localName(named: { nameDa: string; nameEn: string }, language: Language): string {
  return language === 'en' ? named.nameEn : named.nameDa;
}

export function ticketServiceName(ticket: { serviceNameDa: string; serviceNameEn: string }, language: Language): string {
  return language === 'en' ? ticket.serviceNameEn : ticket.serviceNameDa;
}
