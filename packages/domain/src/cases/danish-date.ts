const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** A civil date (YYYY-MM-DD) as Danish letters and receipts write it: "22. november 2026". */
export function formatDanishDate(civilDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(civilDate);
  const month = match && MONTHS[Number(match[2]) - 1];
  if (!match || !month) throw new Error(`not a civil date: ${civilDate}`);
  return `${Number(match[3])}. ${month} ${match[1]}`;
}
