import type { Case } from '@skranke/contracts';
import type { AuthSession } from '../../../../../auth/session.ts';
import { PassportDone } from './PassportDone.tsx';
import { PassportWizard } from './PassportWizard.tsx';

/** The passport case page: the wizard while a draft, then the order's way to the citizen. */
export function PassportCase({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const passport = kase.passport;
  if (!passport) return null;
  return kase.status === 'draft' ? (
    <PassportWizard kase={kase} passport={passport} auth={auth} />
  ) : (
    <PassportDone kase={kase} passport={passport} auth={auth} />
  );
}
