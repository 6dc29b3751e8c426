import type { QueueBoard } from '@skranke/contracts';
import type { MessageKey } from '../../../../i18n/da.ts';

export type TrafficLight = QueueBoard['services'][number]['trafficLight'];

/** Each light says in words what its colour means (WCAG 1.4.1: never colour alone). */
export const TRAFFIC_LIGHT_LABEL: Record<TrafficLight, MessageKey> = {
  green: 'traffic.green',
  yellow: 'traffic.yellow',
  red: 'traffic.red',
};
