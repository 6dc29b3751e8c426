export type Role = 'counter' | 'lead' | 'admin';

/** Roles ordered by reach: a lead may do what counter staff may, an admin what a lead may. */
const RANK: Record<Role, number> = { counter: 1, lead: 2, admin: 3 };

export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
