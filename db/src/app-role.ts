/**
 * The database role the API connects as. Migrations and audit retention run as the owner; the API runs as
 * `skranke_app`, which may read and write every table except `audit_events`, where it may only read and insert.
 * So the application cannot edit or delete its own audit trail, whatever a bug or an attacker makes it do.
 * The same statements, for a DBA to run by hand, are in `db/sql/app-role.sql`.
 */
import pg from 'pg';

export const APP_ROLE = 'skranke_app';

/** Whether the user of `ownerUrl` may create roles (a superuser, or a role with CREATEROLE). */
export async function canCreateRoles(ownerUrl: string): Promise<boolean> {
  return withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ allowed: boolean }>(
      'select rolsuper or rolcreaterole as allowed from pg_roles where rolname = current_user',
    );
    return rows[0]?.allowed ?? false;
  });
}

/** Creates the role, or sets its password when it exists. Roles are cluster-wide: once per server is enough. */
export async function ensureAppRole(ownerUrl: string, password: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const secret = client.escapeLiteral(password);
    // A concurrent start may create it between the check and the create: duplicate_object is then fine.
    await client.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
        begin create role ${APP_ROLE} login; exception when duplicate_object then null; end;
      end if;
    end $$`);
    await client.query(`alter role ${APP_ROLE} with login nosuperuser nocreatedb nocreaterole password ${secret}`);
  });
}

/**
 * The privileges of the role in one database: plain data access everywhere, read and insert only on the audit
 * trail, and the same for tables and sequences later migrations create (default privileges of the owner).
 */
export const APP_ROLE_GRANTS = `
grant usage on schema public to ${APP_ROLE};
grant select, insert, update, delete on all tables in schema public to ${APP_ROLE};
grant usage, select on all sequences in schema public to ${APP_ROLE};
revoke update, delete, truncate, references, trigger on audit_events from ${APP_ROLE};
alter default privileges in schema public grant select, insert, update, delete on tables to ${APP_ROLE};
alter default privileges in schema public grant usage, select on sequences to ${APP_ROLE};
`;

export async function grantAppPrivileges(ownerUrl: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    await client.query(`do $$ begin execute format('grant connect on database %I to ${APP_ROLE}', current_database()); end $$`);
    await client.query(APP_ROLE_GRANTS);
  });
}

/** The owner's URL with the app role's credentials: same server and database. */
export function appRoleUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** Creates or updates the role, grants its privileges in the owner's database and returns its URL. */
export async function setUpAppRole(ownerUrl: string, password: string): Promise<string> {
  await ensureAppRole(ownerUrl, password);
  await grantAppPrivileges(ownerUrl);
  return appRoleUrl(ownerUrl, password);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
