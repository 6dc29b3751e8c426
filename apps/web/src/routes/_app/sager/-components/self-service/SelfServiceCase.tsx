import type { Case } from '@skranke/contracts';
import type { AuthSession } from '../../../../../auth/session.ts';
import { SelfServiceDone } from './SelfServiceDone.tsx';
import { SelfServiceWizard } from './SelfServiceWizard.tsx';

/** Undtagelse fra obligatorisk digital selvbetjening: the wizard while a draft, the decision once decided. */
export function SelfServiceCase({ kase, auth }: { kase: Case; auth: AuthSession }) {
  return kase.status === 'draft' ? <SelfServiceWizard kase={kase} auth={auth} /> : <SelfServiceDone kase={kase} auth={auth} />;
}
