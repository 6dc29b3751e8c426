import { IconAlertOctagon, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { TRAFFIC_LIGHT_LABEL, type TrafficLight } from './traffic-light.ts';

const LOOK = {
  green: { tone: 'green', Icon: IconCircleCheck },
  yellow: { tone: 'yellow', Icon: IconAlertTriangle },
  red: { tone: 'red', Icon: IconAlertOctagon },
} as const;

/** `unstaffed`: citizens wait and no counter takes the service, which is why it is red. */
export function TrafficLightBadge({ light, unstaffed = false }: { light: TrafficLight; unstaffed?: boolean }) {
  const { t } = useI18n();
  const { tone, Icon } = LOOK[light];
  return (
    <StatusTag tone={tone} icon={<Icon size={16} aria-hidden />}>
      {t(light === 'red' && unstaffed ? 'traffic.redUnstaffed' : TRAFFIC_LIGHT_LABEL[light])}
    </StatusTag>
  );
}
