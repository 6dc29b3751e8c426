import type { Tx } from '../index.ts';
import { contactTopics, referralAuthorities } from '../schema/index.ts';

/**
 * The contact log's demo set-up (docs/contacts.md): the default topics and a referral directory per municipality.
 * Phone numbers and opening hours are the authorities' public ones as last known; a municipality keeps its own
 * directory up to date in the admin screen.
 */
/** The same codes as @skranke/domain DEFAULT_CONTACT_TOPICS (db does not depend on the domain package). */
const TOPICS = [
  { code: 'digital_post', labelDa: 'Digital Post', labelEn: 'Digital Post' },
  { code: 'mitid', labelDa: 'MitID', labelEn: 'MitID' },
  { code: 'pas', labelDa: 'Pas', labelEn: 'Passport' },
  { code: 'koerekort', labelDa: 'Kørekort', labelEn: 'Driving licence' },
  { code: 'sundhedskort', labelDa: 'Sundhedskort og lægeskift', labelEn: 'Health card and doctor' },
  { code: 'flytning', labelDa: 'Flytning', labelEn: 'Change of address' },
  { code: 'pension', labelDa: 'Pension og boligstøtte', labelEn: 'Pension and housing benefit' },
  { code: 'skat', labelDa: 'Skat', labelEn: 'Tax' },
  { code: 'familie', labelDa: 'Familie og børn', labelEn: 'Family and children' },
  { code: 'selvbetjening', labelDa: 'Hjælp til selvbetjening', labelEn: 'Help with self-service' },
  { code: 'andet', labelDa: 'Andet', labelEn: 'Other' },
] as const;

const AUTHORITIES = [
  {
    key: 'digitalPost',
    name: 'Digital Post-support',
    phone: '70 20 00 31',
    openingHours: 'Man–fre 8–20, lør–søn 10–16',
    url: 'https://www.borger.dk/digitalpost',
  },
  { key: 'mitid', name: 'MitID-support', phone: '33 98 00 10', openingHours: 'Alle dage, hele døgnet', url: 'https://www.mitid.dk' },
  {
    key: 'udkPension',
    name: 'Udbetaling Danmark – Pension',
    phone: '70 12 80 63',
    openingHours: 'Man–fre 8–15',
    url: 'https://www.borger.dk/pension-og-efterloen',
  },
  {
    key: 'udkFamilie',
    name: 'Udbetaling Danmark – Familie',
    phone: '70 12 80 81',
    openingHours: 'Man–fre 8–15',
    url: 'https://www.borger.dk/familie-og-boern',
  },
  { key: 'skat', name: 'Skattestyrelsen', phone: '72 22 18 18', openingHours: 'Man–fre 9–15', url: 'https://skat.dk' },
  {
    key: 'familieretshuset',
    name: 'Familieretshuset',
    phone: '72 56 70 00',
    openingHours: 'Man–tors 9–15, fre 9–13',
    url: 'https://familieretshuset.dk',
  },
] as const;

type AuthorityKey = (typeof AUTHORITIES)[number]['key'];

/** Fixed ids, so tests and the browser journeys can name an authority. */
export const DEMO_REFERRAL_AUTHORITIES: Record<'aarhus' | 'vejle', Record<AuthorityKey, string>> = {
  aarhus: Object.fromEntries(
    AUTHORITIES.map((a, i) => [a.key, `00000000-0000-4000-8032-0000000007${String(i).padStart(2, '0')}`]),
  ) as Record<AuthorityKey, string>,
  vejle: Object.fromEntries(
    AUTHORITIES.map((a, i) => [a.key, `00000000-0000-4000-8032-0000000006${String(i).padStart(2, '0')}`]),
  ) as Record<AuthorityKey, string>,
};

export async function seedDemoContactSetup(tx: Tx, municipalities: { aarhus: string; vejle: string }): Promise<void> {
  for (const key of ['aarhus', 'vejle'] as const) {
    const municipalityId = municipalities[key];
    await tx
      .insert(contactTopics)
      .values(TOPICS.map((topic, position) => ({ municipalityId, ...topic, position })))
      .onConflictDoNothing();
    await tx
      .insert(referralAuthorities)
      .values(
        AUTHORITIES.map(({ key: authority, ...rest }) => ({ id: DEMO_REFERRAL_AUTHORITIES[key][authority], municipalityId, ...rest })),
      )
      .onConflictDoNothing();
  }
}
