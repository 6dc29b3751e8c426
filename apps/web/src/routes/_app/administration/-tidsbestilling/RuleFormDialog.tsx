import { Checkbox, NumberInput, Radio, Group, SimpleGrid, Textarea } from '@mantine/core';
import { PutAppointmentRuleBody, type AppointmentRule, type LatePolicy } from '@skranke/contracts';
import type { AuthSession } from '../../../../auth/session.ts';
import { putAppointmentRule } from '../../../../features/appointments/actions.ts';
import { appointmentKeys } from '../../../../features/appointments/queries.ts';
import type { MessageKey } from '../../../../i18n/da.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { ConfigFormDialog, useConfigForm } from '../-config/ConfigFormDialog.tsx';

type Whole = string | number;
type NumberField = 'slotMinutes' | 'capacity' | 'acuteSeats' | 'cutoffMinutes' | 'horizonDays' | 'graceMinutes';
type Values = Record<NumberField, Whole> & { active: boolean; latePolicy: LatePolicy; bringTextDa: string; bringTextEn: string };

/** The contract's bounds, shown beside each field (the form checks the body schema, which holds the same). */
const LIMITS: Record<NumberField, { min: number; max: number; hint?: MessageKey }> = {
  slotMinutes: { min: 5, max: 240 },
  capacity: { min: 1, max: 50, hint: 'adminAppointments.field.capacityHint' },
  acuteSeats: { min: 0, max: 50, hint: 'adminAppointments.field.acuteSeatsHint' },
  cutoffMinutes: { min: 0, max: 10080 },
  horizonDays: { min: 1, max: 366 },
  graceMinutes: { min: 0, max: 120 },
};
const NUMBER_FIELDS = Object.keys(LIMITS) as NumberField[];

/** A new errand's rule starts from the errand's expected handling time and calm defaults. */
export function defaultRule(serviceId: string, expectedMinutes: number): AppointmentRule {
  return {
    serviceId,
    active: false,
    slotMinutes: Math.min(240, Math.max(5, expectedMinutes)),
    capacity: 1,
    acuteSeats: 0,
    cutoffMinutes: 60,
    horizonDays: 30,
    graceMinutes: 10,
    latePolicy: 'walk_in',
    bringTextDa: '',
    bringTextEn: '',
  };
}

const whole = (value: Whole) => (typeof value === 'number' ? value : Number.NaN);

function toBody(values: Values): PutAppointmentRuleBody {
  return {
    active: values.active,
    ...(Object.fromEntries(NUMBER_FIELDS.map((field) => [field, whole(values[field])])) as Record<NumberField, number>),
    latePolicy: values.latePolicy,
    bringTextDa: values.bringTextDa.trim(),
    bringTextEn: values.bringTextEn.trim(),
  };
}

interface RuleFormDialogProps {
  auth: AuthSession;
  locationId: string;
  errand: string;
  rule: AppointmentRule;
  onClose(): void;
  onSaved(rule: AppointmentRule): void;
}

/** One errand's booking rules at one location, checked against PutAppointmentRuleBody before anything is sent. */
export function RuleFormDialog({ auth, locationId, errand, rule, onClose, onSaved }: RuleFormDialogProps) {
  const { t } = useI18n();
  const { serviceId, ...initial } = rule;
  const { form, general, pending, onSubmit } = useConfigForm({
    initialValues: initial as Values,
    check: {
      schema: PutAppointmentRuleBody,
      body: toBody,
      messages: Object.fromEntries(
        NUMBER_FIELDS.map((field) => [field, t('adminConfig.form.wholeBetween', { min: LIMITS[field].min, max: LIMITS[field].max })]),
      ),
    },
    queryKey: appointmentKeys.rules(locationId),
    save: (values) => putAppointmentRule(auth, locationId, serviceId, toBody(values)),
    onSaved,
  });

  return (
    <ConfigFormDialog
      title={t('adminAppointments.dialogTitle', { errand })}
      opened
      onClose={onClose}
      pending={pending}
      general={general}
      onSubmit={onSubmit}
      size="xl"
    >
      <Checkbox label={t('adminAppointments.field.active')} {...form.getInputProps('active', { type: 'checkbox' })} data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {NUMBER_FIELDS.map((field) => {
          const { min, max, hint } = LIMITS[field];
          return (
            <NumberInput
              key={field}
              label={t(`adminAppointments.field.${field}`)}
              description={hint ? `${t(hint)} ${t('adminAppointments.range', { min, max })}` : t('adminAppointments.range', { min, max })}
              {...form.getInputProps(field)}
              min={min}
              max={max}
              allowDecimal={false}
              clampBehavior="none"
              required
            />
          );
        })}
      </SimpleGrid>
      <Radio.Group label={t('adminAppointments.field.latePolicy')} {...form.getInputProps('latePolicy')}>
        <Group gap="lg" mt={6}>
          <Radio value="walk_in" label={t('adminAppointments.policy.walk_in')} />
          <Radio value="refuse" label={t('adminAppointments.policy.refuse')} />
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea
          label={t('adminAppointments.field.bringTextDa')}
          description={t('adminAppointments.field.bringHint')}
          {...form.getInputProps('bringTextDa')}
          maxLength={2000}
          autosize
          minRows={3}
          lang="da"
        />
        <Textarea
          label={t('adminAppointments.field.bringTextEn')}
          description={t('adminAppointments.field.bringHint')}
          {...form.getInputProps('bringTextEn')}
          maxLength={2000}
          autosize
          minRows={3}
          lang="en"
        />
      </SimpleGrid>
    </ConfigFormDialog>
  );
}
