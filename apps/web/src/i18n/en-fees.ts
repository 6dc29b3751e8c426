import type { daFees } from './da-fees.ts';

export const enFees: Record<keyof typeof daFees, string> = {
  'fees.warning.title': 'The {year} fee table is missing',
  'fees.warning.what':
    'There is no fee table for {products} for {year}. From 1 January {year} they cannot be ordered at the counter until the table exists.',
  'fees.warning.who': "The national table is loaded by Skranke's platform operator. Ask them to load it with the command",
  'fees.warning.meanwhile': "Until then an administrator can create the municipality's own table for {year} under Administration → Fees.",
  'fees.warning.link': 'Go to Fees',
  'fees.warning.product.passport': 'passports',
  'fees.warning.product.drivingLicence': 'driving licences',
  'fees.warning.product.healthCard': 'health cards',
  'fees.warning.and': ' and ',
};
