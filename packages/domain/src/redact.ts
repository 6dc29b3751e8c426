/**
 * Anything shaped like a CPR number: six digits, an optional dash or space, four digits, not part of a longer
 * run of digits. Deliberately wider than valid CPR numbers: a log line must not leak a mistyped one either.
 */
const CPR_SHAPED = /(?<!\d)(\d{6})[- ]?(\d{4})(?!\d)/g;

export const CPR_REDACTION = '[CPR]';

/** Replaces every CPR-shaped value in free text (log lines, error messages) with a marker. */
export function redactCprShaped(text: string): string {
  return text.replace(CPR_SHAPED, CPR_REDACTION);
}
