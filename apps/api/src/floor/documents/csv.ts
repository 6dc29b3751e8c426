/**
 * CSV for Excel with Danish conventions: UTF-8 with a byte order mark (so Excel reads æøå), semicolons between
 * fields, CRLF line ends.
 */
export const BOM = '\uFEFF';

/**
 * One CSV field. Quoted when it holds the separator, a quote or a line break (quotes doubled, RFC 4180). A leading
 * =, +, - or @ would make Excel read the field as a formula; an apostrophe in front keeps it text.
 */
export function csvField(value: string | null): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line: the fields quoted as needed, joined by semicolons, ended by CRLF. */
export const csvLine = (fields: string[]) => fields.map(csvField).join(';') + '\r\n';
