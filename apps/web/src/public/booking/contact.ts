/** The citizen's contact details as typed, and the rules the page checks before sending them (the API checks again). */
export interface ContactDraft {
  name: string;
  phone: string;
  email: string;
  birthDay: string;
  birthMonth: string;
  birthYear: string;
}

export const EMPTY_CONTACT: ContactDraft = { name: '', phone: '', email: '', birthDay: '', birthMonth: '', birthYear: '' };

export type ContactField = 'name' | 'phone' | 'email' | 'birthDate';
export type ContactProblem = 'nameMissing' | 'reachMissing' | 'phoneInvalid' | 'emailInvalid' | 'birthDateInvalid';

export interface Contact {
  name: string;
  phone?: string;
  email?: string;
  birthDate?: string;
}

/** A Danish number: 8 digits, optionally after +45 or 0045; spaces and dashes as people write them. */
export function normalisePhone(typed: string): string | null {
  const compact = typed.replace(/[\s-]/g, '');
  const match = /^(?:\+45|0045)?(\d{8})$/.exec(compact);
  return match ? `+45${match[1]}` : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** 'YYYY-MM-DD' from three fields, or null when they do not make a real date on or before today. */
export function birthDateOf(day: string, month: string, year: string, today: string): string | null {
  const [d, m, y] = [day, month, year].map((v) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN)) as [number, number, number];
  if (Number.isNaN(d) || Number.isNaN(m) || Number.isNaN(y) || y < 1900) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  const civil = date.toISOString().slice(0, 10);
  return civil <= today ? civil : null;
}

/** The contact to send, or the problems by field (in the order the fields stand). */
export function checkContact(
  draft: ContactDraft,
  today: string,
): { contact: Contact } | { problems: Array<[ContactField, ContactProblem]> } {
  const problems: Array<[ContactField, ContactProblem]> = [];
  const name = draft.name.trim();
  if (!name) problems.push(['name', 'nameMissing']);
  const phoneTyped = draft.phone.trim();
  const email = draft.email.trim();
  const phone = phoneTyped ? normalisePhone(phoneTyped) : undefined;
  if (!phoneTyped && !email) problems.push(['phone', 'reachMissing']);
  if (phone === null) problems.push(['phone', 'phoneInvalid']);
  if (email && !EMAIL.test(email)) problems.push(['email', 'emailInvalid']);
  const anyBirth = [draft.birthDay, draft.birthMonth, draft.birthYear].some((v) => v.trim());
  const birthDate = anyBirth ? birthDateOf(draft.birthDay, draft.birthMonth, draft.birthYear, today) : undefined;
  if (birthDate === null) problems.push(['birthDate', 'birthDateInvalid']);
  if (problems.length > 0) return { problems };
  return {
    contact: {
      name,
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      ...(birthDate ? { birthDate } : {}),
    },
  };
}
