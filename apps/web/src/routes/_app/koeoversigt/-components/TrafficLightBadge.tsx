import { IconAlertOctagon, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { StatusTag } from '../../../../components/StatusTag/StatusTag.tsx';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { TRAFFIC_LIGHT_LABEL, type TrafficLight } from './traffic-light.ts';

const LOOK = {
  green: { tone: 'green', Icon: IconCircleCheck },
  yellow: { tone: 'yellow', Icon: IconAlertTriangle },
  red: { tone: 'red', Icon: IconAlertOctagon },
} as const;

export function TrafficLightBadge({ light }: { light: TrafficLight }) {
  const { t } = useI18n();
  const { tone, Icon } = LOOK[light];
  return (
    <StatusTag tone={tone} icon={<Icon size={16} aria-hidden />}>
      {t(TRAFFIC_LIGHT_LABEL[light])}
    </StatusTag>
  );
}
