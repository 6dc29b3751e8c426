-- Skranke's application role, for a managed PostgreSQL where the owner may not create roles.
-- Run once as a role that may create roles (the DBA), connected to Skranke's database, AFTER the first migration
-- (start Skranke once with DATABASE_URL only, or run the migrations), replacing the password and the owner's name:
--   psql "$ADMIN_URL" -v app_password='…' -v owner=skranke -f db/sql/app-role.sql
-- Then start Skranke with SKRANKE_APP_DATABASE_URL=postgres://skranke_app:…@host/db. Keep this file in step with
-- APP_ROLE_GRANTS in db/src/app-role.ts.

create role skranke_app login password :'app_password';

grant usage on schema public to skranke_app;
grant select, insert, update, delete on all tables in schema public to skranke_app;
grant usage, select on all sequences in schema public to skranke_app;
-- The audit trail is append-only for the application: read and insert, never update, delete or truncate.
revoke update, delete, truncate, references, trigger on audit_events from skranke_app;

-- Tables and sequences that later migrations (run as the owner) create.
alter default privileges for role :"owner" in schema public grant select, insert, update, delete on tables to skranke_app;
alter default privileges for role :"owner" in schema public grant usage, select on sequences to skranke_app;
