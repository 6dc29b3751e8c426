/**
 * Anything shaped like a CPR number: six digits, an optional dash or space, four digits, standing on its own (not
 * inside a longer run of letters or digits, such as a uuid's hex). Deliberately wider than valid CPR numbers: a log
 * line must not leak a mistyped one either.
 */
const CPR_SHAPED = /(?<![0-9A-Za-z])(\d{6})[- ]?(\d{4})(?![0-9A-Za-z])/g;

export const CPR_REDACTION = '[CPR]';

/** Replaces every CPR-shaped value in free text (log lines, error messages) with a marker. */
export function redactCprShaped(text: string): string {
  return text.replace(CPR_SHAPED, CPR_REDACTION);
}
