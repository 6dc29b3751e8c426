/**
 * The staff member a service acts for: who did it (the audit trail's actor) and in which municipality (the tenant
 * every query is scoped to). A signed-in user's principal (`staffOf(request)`) is one.
 */
export interface Staff {
  id: string;
  municipalityId: string;
}
