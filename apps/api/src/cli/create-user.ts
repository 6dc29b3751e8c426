/**
 * Creates a staff user from the command line: the way to make the first administrator of a production database,
 * which holds no users with known passwords.
 *
 *   pnpm user:create --username birgitte --name "Birgitte Holm" --role admin \
 *     --municipality-code 751 --municipality-name "Aarhus Kommune"
 *
 * The password is read from SKRANKE_NEW_USER_PASSWORD or asked for on the terminal; it needs at least 12 characters.
 * The municipality is created when its code is new.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { connectDatabase, hashPassword, runMigrations, schema } from '@skranke/db';
import { checkNewPassword } from '@skranke/domain';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../floor/audit/audit-chain.ts';
import { resolveDatabase } from '../runtime.ts';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'admin' },
    'municipality-code': { type: 'string' },
    'municipality-name': { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(2);
}

const username = values.username?.trim().toLowerCase() ?? fail('--username is required');
const name = values.name?.trim() || fail('--name is required');
const role = values.role as 'counter' | 'lead' | 'admin';
if (!['counter', 'lead', 'admin'].includes(role)) fail('--role must be counter, lead or admin');
const code = values['municipality-code'] ?? fail('--municipality-code is required (kommunekode, e.g. 751)');

let password = process.env.SKRANKE_NEW_USER_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Adgangskode (mindst 12 tegn): ');
  rl.close();
}
const problems = checkNewPassword(password, username);
if (problems.length > 0) fail(`the password is not acceptable: ${problems.join(', ')}`);

const database = await resolveDatabase((m) => console.log(m));
try {
  await runMigrations(database.url);
  const handle = connectDatabase(database.url, { max: 1 });
  const passwordHash = await hashPassword(password);
  await handle.db.transaction(async (tx) => {
    let [municipality] = await tx.select().from(schema.municipalities).where(eq(schema.municipalities.code, code));
    if (!municipality) {
      const municipalityName = values['municipality-name'] ?? fail('--municipality-name is required for a new municipality');
      [municipality] = await tx.insert(schema.municipalities).values({ code, name: municipalityName }).returning();
    }
    const [existing] = await tx.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
    if (existing) fail(`the username "${username}" is taken`);
    const [user] = await tx
      .insert(schema.users)
      .values({ municipalityId: municipality!.id, username, name, role, passwordHash })
      .returning({ id: schema.users.id });
    await appendAudit(tx, {
      municipalityId: municipality!.id,
      action: 'admin.user.create',
      subjectType: 'user',
      subjectId: user!.id,
      details: { via: 'command line', after: { username, name, role } },
    });
  });
  await handle.close();
  console.log(`Oprettede ${role} "${username}" i kommune ${code}.`);
} finally {
  await database.stop();
}
