import { Group } from '@mantine/core';
import type { Case, CitizenPurpose } from '@skranke/contracts';
import { useI18n } from '../../i18n/i18n.tsx';
import { RouterButton } from '../RouterLink/RouterLink.tsx';

/**
 * The way on from a finished case, the same in every workflow: back to the citizen (read again for the case's own
 * purpose) and, when the case came from a queue ticket, back to the counter.
 */
export function CaseDoneFooter({ kase, purpose }: { kase: Pick<Case, 'citizen' | 'ticketId'>; purpose: CitizenPurpose }) {
  const { t } = useI18n();
  return (
    <Group gap="sm">
      <RouterButton variant="default" to="/borger/$citizenId" params={{ citizenId: kase.citizen.id }} search={{ purpose }}>
        {t('done.toCitizen')}
      </RouterButton>
      {kase.ticketId && (
        <RouterButton variant="default" to="/skranke">
          {t('done.toCounter')}
        </RouterButton>
      )}
    </Group>
  );
}
