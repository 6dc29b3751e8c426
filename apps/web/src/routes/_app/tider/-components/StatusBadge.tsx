import type { AppointmentStatus } from '@skranke/contracts';
import { StatusTag, type StatusTone } from '../../../../components/StatusTag/StatusTag.tsx';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

const TONES: Record<AppointmentStatus, StatusTone> = {
  booked: 'blue',
  checked_in: 'green',
  cancelled: 'gray',
  no_show: 'red',
  late: 'yellow',
};

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  const { t } = useI18n();
  return (
    <StatusTag tone={TONES[status]} size="sm">
      {t(`appointments.status.${status}` as MessageKey)}
    </StatusTag>
  );
}
