export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = 'too-short' | 'too-long' | 'same-as-username';

/** Checks a new password against the house policy; returns the problems found (none = acceptable). */
export function checkNewPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Count code points, not UTF-16 units, so "æøå" passwords are measured as people see them.
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) problems.push('too-short');
  if (length > 256) problems.push('too-long');
  if (username && password.toLowerCase() === username.toLowerCase()) problems.push('same-as-username');
  return problems;
}
