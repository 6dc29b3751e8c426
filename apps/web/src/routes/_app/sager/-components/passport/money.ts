import type { I18n } from '../../../../../i18n/i18n.tsx';

/** An amount in øre as the language writes kroner: "1.786,00 kr." in Danish. */
export const formatOre = (formatNumber: I18n['formatNumber'], amountOre: number) =>
  formatNumber(amountOre / 100, { style: 'currency', currency: 'DKK', minimumFractionDigits: 2 });
