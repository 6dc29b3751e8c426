import type { DigitalPostExemption } from '@skranke/contracts';
import { advisoryXactLock, type Tx } from '@skranke/db';
import { exemptionState, formatDanishDate, isResponsibleMunicipality, serviceDay } from '@skranke/domain';
import { conflict } from '../../../errors.ts';
import type { RegisteredExemption } from '../../../floor/registers/digital-post-registry.ts';
import type { PersonRecord } from '../../../floor/registers/person-register.ts';
import type { CasesRepository } from '../cases.repository.ts';

/** Serialises exemption work per person, so "not yet exempt" cannot change between the check and the write. */
export async function lockPerson(tx: Tx, personId: string) {
  await advisoryXactLock(tx, `digital-post:${personId}`);
}

/** Only the municipality where the person is (or was last) folkeregistreret decides (digitalpostloven § 5). */
export async function assertResponsible(repo: CasesRepository, tx: Tx, staffMunicipalityId: string, person: PersonRecord) {
  const own = await repo.municipality(staffMunicipalityId, tx);
  if (!isResponsibleMunicipality(person.municipality.code, own.code)) {
    throw conflict(
      'not-responsible-municipality',
      `Fritagelse fra Digital Post afgøres af borgerens bopælskommune, ${person.municipality.name}. Henvis borgeren dertil.`,
      { detailEn: `Digital Post exemption is decided by the citizen's municipality of residence, ${person.municipality.name}.` },
    );
  }
}

export function toExemptionView(exemption: RegisteredExemption, person: PersonRecord): DigitalPostExemption {
  return {
    id: exemption.id,
    state: exemptionState({ revoked: exemption.revokedAt !== null, lapsesOnReturn: exemption.lapsesOnReturn }, person.status),
    municipality: exemption.municipality,
    caseId: exemption.caseId,
    applicantType: exemption.applicantType,
    grounds: exemption.grounds,
    registeredAt: exemption.registeredAt.toISOString(),
    registeredBy: exemption.registeredBy,
    lapsesOnReturn: exemption.lapsesOnReturn,
    revokedAt: exemption.revokedAt?.toISOString() ?? null,
    revocationCaseId: exemption.revocationCaseId,
  };
}

export const alreadyExempt = (exemption: RegisteredExemption) =>
  conflict(
    'already-exempt',
    `Borgeren er allerede fritaget for Digital Post (registreret ${formatDanishDate(serviceDay(exemption.registeredAt))} af ${exemption.municipality.name}).`,
    { detailEn: 'The citizen already has an active Digital Post exemption.', caseId: exemption.caseId },
  );
