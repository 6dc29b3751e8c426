import { useI18n } from '../../../../i18n/i18n.tsx';

/** Numbers as the reader writes them (da: 1.234,5), a dash where a figure is undefined. */
export function useFormat() {
  const { formatNumber } = useI18n();
  return {
    number: (value: number | null | undefined, digits = 1) =>
      value === null || value === undefined ? '–' : formatNumber(value, { maximumFractionDigits: digits }),
    percent: (share: number | null | undefined) =>
      share === null || share === undefined ? '–' : formatNumber(share, { style: 'percent', maximumFractionDigits: 1 }),
  };
}
