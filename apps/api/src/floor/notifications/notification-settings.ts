import { schema, type DbOrTx } from '@skranke/db';
import { eq } from 'drizzle-orm';

/**
 * Whether the municipality sends notifications at all (appointment_settings.notifications_enabled). Off unless an
 * admin turned them on: the desk never needs them, and a municipality without a settings row sends nothing.
 */
export async function notificationsEnabled(db: DbOrTx, municipalityId: string): Promise<boolean> {
  const [row] = await db
    .select({ enabled: schema.appointmentSettings.notificationsEnabled })
    .from(schema.appointmentSettings)
    .where(eq(schema.appointmentSettings.municipalityId, municipalityId));
  return row?.enabled ?? false;
}
