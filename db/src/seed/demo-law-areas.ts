import type { Tx } from '../index.ts';
import { lawAreas } from '../schema/index.ts';

const UDK_REFERENCE = 'Lov om Udbetaling Danmark § 13, stk. 3';

/**
 * The law areas of domain.md §2: FUR's and aeldresagen.dk's mandatory areas, some of the 2012-2015 waves, and the
 * Udbetaling Danmark areas (BEK 1584/2021 § 1). "Folkepension" and "pension" are one area here, as are the two
 * mentions of boligstøtte; both are UDK areas. ✱ Non-UDK appeal bodies are left empty (the letter then names the
 * municipality): each municipality must configure them.
 */
export const DEMO_LAW_AREAS = [
  {
    code: 'pension',
    nameDa: 'Pension (folkepension, førtidspension)',
    nameEn: 'Pensions (state pension, disability pension)',
    udbetalingDanmark: true,
    legalReference: UDK_REFERENCE,
  },
  { code: 'boligstoette', nameDa: 'Boligstøtte', nameEn: 'Housing benefit', udbetalingDanmark: true, legalReference: UDK_REFERENCE },
  { code: 'boernetilskud', nameDa: 'Børnetilskud', nameEn: 'Child allowances', udbetalingDanmark: true, legalReference: UDK_REFERENCE },
  {
    code: 'boerne_og_ungeydelse',
    nameDa: 'Børne- og ungeydelse',
    nameEn: 'Child and youth benefit',
    udbetalingDanmark: true,
    legalReference: UDK_REFERENCE,
  },
  {
    code: 'barselsdagpenge',
    nameDa: 'Barselsdagpenge',
    nameEn: 'Parental leave benefit',
    udbetalingDanmark: true,
    legalReference: UDK_REFERENCE,
  },
  { code: 'flytning', nameDa: 'Flytning', nameEn: 'Change of address', legalReference: 'CPR-loven § 12, stk. 3' },
  { code: 'sundhedskort', nameDa: 'Sundhedskort', nameEn: 'Health insurance card' },
  { code: 'boernepasning', nameDa: 'Børnepasning', nameEn: 'Childcare' },
  { code: 'skole_sfo', nameDa: 'Skole og SFO', nameEn: 'School and after-school care' },
  { code: 'laegeskift', nameDa: 'Lægeskift', nameEn: 'Change of doctor' },
  { code: 'begravelseshjaelp', nameDa: 'Begravelseshjælp', nameEn: 'Funeral assistance' },
  { code: 'separation_skilsmisse', nameDa: 'Separation og skilsmisse', nameEn: 'Separation and divorce' },
  { code: 'byggetilladelse', nameDa: 'Byggetilladelse', nameEn: 'Building permit' },
  { code: 'boernebidrag', nameDa: 'Børnebidrag', nameEn: 'Child support' },
  { code: 'sygedagpenge', nameDa: 'Sygedagpenge', nameEn: 'Sickness benefit' },
] as const;

/** Every demo municipality gets every area; repeatable (the code is unique per municipality). */
export async function seedDemoLawAreas(tx: Tx, municipalityIds: readonly string[]): Promise<void> {
  await tx
    .insert(lawAreas)
    .values(municipalityIds.flatMap((municipalityId) => DEMO_LAW_AREAS.map((area) => ({ municipalityId, ...area }))))
    .onConflictDoNothing();
}
