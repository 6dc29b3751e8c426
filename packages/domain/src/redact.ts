/**
 * Anything shaped like a CPR number: six digits, an optional separator, four digits, not inside a longer run of
 * digits. Deliberately wider than valid CPR numbers: a log line must not leak a mistyped one either. The separator
 * takes every spelling a URL, a form or a copy-paste produces: dash, space, `+`, `.`, `/`, `_`, the dashes of
 * Unicode (en dash, minus sign …) and their percent-encodings (`%2D`, `%20`, `%2B`, `%2E`, `%2F`, `%E2%80%93`).
 * Letters next to the digits do not protect them (`cpr0101901234`), so ids that hold digit runs are set aside first:
 * a uuid is never a CPR number.
 */
const SEPARATOR = String.raw`(?:[-\s+./_\u2010-\u2015\u2212]|%2[DdBbEeFf0]|%E2%80%9[0-5]|%e2%80%9[0-5]|%C2%A0|%c2%a0|%E2%88%92|%e2%88%92)`;
const CPR_SHAPED = new RegExp(String.raw`(?<!\d)(\d{6})${SEPARATOR}?(\d{4})(?!\d)`, 'g');
const UUID = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g;

export const CPR_REDACTION = '[CPR]';

/** Replaces every CPR-shaped value in free text (log lines, error messages) with a marker. */
export function redactCprShaped(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(UUID)) {
    result += text.slice(last, match.index).replace(CPR_SHAPED, CPR_REDACTION) + match[0];
    last = match.index + match[0].length;
  }
  return result + text.slice(last).replace(CPR_SHAPED, CPR_REDACTION);
}
