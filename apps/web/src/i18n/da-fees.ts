/** The warning about next year's missing fee tables (leads and administrators, from 1 December). */
export const daFees = {
  'fees.warning.title': 'Gebyrtabel for {year} mangler',
  'fees.warning.what':
    'Der er ingen gebyrtabel for {products} i {year}. Fra 1. januar {year} kan de ikke bestilles ved skranken, før tabellen findes.',
  'fees.warning.who': 'Landstabellen indlæses af Skrankes driftsansvarlige. Bed dem indlæse den med kommandoen',
  'fees.warning.meanwhile': 'Indtil da kan en administrator oprette kommunens egen tabel for {year} under Administration → Gebyrer.',
  'fees.warning.link': 'Gå til Gebyrer',
  'fees.warning.product.passport': 'pas',
  'fees.warning.product.drivingLicence': 'kørekort',
  'fees.warning.product.healthCard': 'sundhedskort',
  'fees.warning.and': ' og ',
} as const;
