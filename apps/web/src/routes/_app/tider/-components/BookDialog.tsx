import { Button, Group, Modal, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { validateBookingContact } from '@skranke/domain';
import { StaffBookAppointmentBody, type BookingOptions, type CitizenSummary, type StaffBookedAppointment } from '@skranke/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { bookAppointmentForCitizen } from '../../../../features/appointments/actions.ts';
import { fieldErrorsOf, nextFreeOf, problemCode } from '../../../../features/appointments/problems.ts';
import { invalidateLocationAppointments } from '../../../../features/appointments/queries.ts';
import { copenhagenDate, formatDay, formatTime, todayInCopenhagen } from '../../../../features/appointments/time.ts';
import { purposeForService } from '../../../../features/citizens/purpose.ts';
import { servicesQueryOptions } from '../../../../features/queue/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';
import { CitizenLookup } from './CitizenLookup.tsx';
import { SlotPicker } from './SlotPicker.tsx';

type BookableService = BookingOptions['locations'][number]['services'][number];

interface BookDialogProps {
  auth: AuthSession;
  locationId: string;
  services: BookableService[];
  initialDate: string;
  onClose(): void;
}

interface Values {
  serviceId: string;
  date: string;
  startsAt: string;
  who: 'cpr' | 'name';
  name: string;
  phone: string;
  email: string;
  channel: 'phone' | 'counter';
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/**
 * What is sent: the citizen looked up (their id) or a name, and a phone number or an e-mail for the confirmation;
 * never a CPR number.
 */
function toBody(values: Values, citizen: CitizenSummary | null): StaffBookAppointmentBody {
  const who = values.who === 'cpr' ? (citizen ? { personId: citizen.id } : {}) : { name: values.name.trim() };
  return JSON.parse(
    JSON.stringify({
      serviceId: values.serviceId,
      startsAt: values.startsAt,
      channel: values.channel,
      ...who,
      phone: optional(values.phone),
      email: optional(values.email),
    }),
  ) as StaffBookAppointmentBody;
}

/** Staff book a time for a citizen on the phone or at the counter; the answer's booking code is read out to them. */
export function BookDialog({ auth, locationId, services, initialDate, onClose }: BookDialogProps) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const notice = useNotice();
  const [citizen, setCitizen] = useState<CitizenSummary | null>(null);
  const [booked, setBooked] = useState<StaffBookedAppointment | null>(null);
  const queueServices = useQuery(servicesQueryOptions(auth, locationId));
  const form = useForm<Values>({
    initialValues: {
      serviceId: services.length === 1 ? services[0]!.id : '',
      date: initialDate,
      startsAt: '',
      who: 'cpr',
      name: '',
      phone: '',
      email: '',
      channel: 'phone',
    },
    validate: contractValidator<Values>(
      {
        schema: StaffBookAppointmentBody,
        body: (values) => toBody(values, citizen),
        messages: {
          serviceId: t('appointments.book.errandRequired'),
          startsAt: t('appointments.book.timeRequired'),
          name: t('appointments.book.nameRequired'),
        },
        // The domain's contact rules, as the API checks them (a Danish number with 8 digits, an e-mail address).
        rules: (values) => {
          const problems = validateBookingContact(
            { name: values.who === 'cpr' ? (citizen?.name ?? '-') : values.name, phone: values.phone, email: values.email },
            todayInCopenhagen(),
          );
          const errors: Record<string, string> = {};
          for (const problem of problems) {
            if (problem.field === 'name') errors.name = t('appointments.book.nameRequired');
            else if (problem.field === 'contact') errors.phone = t('appointments.book.contactRequired');
            else if (problem.field === 'phone' || problem.field === 'email')
              errors[problem.field] = problem[language === 'en' ? 'messageEn' : 'messageDa'];
          }
          if (values.who === 'cpr' && !citizen) errors.cpr = t('appointments.book.citizenRequired');
          return errors;
        },
      },
      language,
    ),
  });
  const { values } = form;
  const serviceName = (service: { nameDa: string; nameEn: string }) => (language === 'en' ? service.nameEn : service.nameDa);

  const book = useMutation({
    mutationFn: (body: StaffBookAppointmentBody) => bookAppointmentForCitizen(auth, locationId, body),
    onMutate: () => notice.clear(),
    onSuccess: (result) => {
      setBooked(result);
      invalidateLocationAppointments(queryClient, locationId);
    },
    onError: (error) => {
      const nextFree = nextFreeOf(error);
      if (problemCode(error) === 'slot-taken') {
        invalidateLocationAppointments(queryClient, locationId);
        form.setFieldValue('startsAt', '');
        form.setFieldError('startsAt', t('appointments.book.slotTaken'));
        if (nextFree)
          notice.show(
            'conflict',
            t('appointments.book.nextFree', { day: formatDay(copenhagenDate(nextFree), language), time: formatTime(nextFree, language) }),
          );
      } else {
        const fields = fieldErrorsOf(error);
        if (Object.keys(fields).length > 0) form.setErrors(fields);
        notice.showError(error);
      }
    },
  });

  const title = booked ? t('appointments.book.doneTitle') : t('appointments.book.title');
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {booked ? (
        <Stack gap="md">
          <Text>
            {t('appointments.book.doneBody', {
              name: booked.appointment.name,
              day: formatDay(copenhagenDate(booked.appointment.startsAt), language),
              time: formatTime(booked.appointment.startsAt, language),
              errand: serviceName({ nameDa: booked.appointment.serviceNameDa, nameEn: booked.appointment.serviceNameEn }),
            })}
          </Text>
          <div>
            <Text fw={600} id="booking-code-label">
              {t('appointments.book.codeLabel')}
            </Text>
            <Text
              ff="monospace"
              fz={36}
              fw={800}
              aria-labelledby="booking-code-label"
              data-testid="booking-code"
              style={{ letterSpacing: '0.08em' }}
            >
              {booked.code}
            </Text>
            <Text size="sm" c="dimmed">
              {t('appointments.book.codeHint')}
            </Text>
          </div>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('appointments.book.close')}
            </Button>
          </Group>
        </Stack>
      ) : services.length === 0 ? (
        <Text>{t('appointments.book.noErrands')}</Text>
      ) : (
        <form noValidate onSubmit={form.onSubmit((v) => book.mutate(toBody(v, citizen)))} aria-label={t('appointments.book.title')}>
          <Stack gap="md">
            <Group align="flex-start" gap="sm" grow>
              <NativeSelect
                label={t('appointments.book.errand')}
                data={[
                  { value: '', label: t('appointments.book.errandPlaceholder'), disabled: true },
                  ...services.map((s) => ({ value: s.id, label: serviceName(s) })),
                ]}
                {...form.getInputProps('serviceId')}
                onChange={(event) => {
                  form.setFieldValue('serviceId', event.currentTarget.value);
                  form.setFieldValue('startsAt', '');
                }}
                data-autofocus
              />
              <TextInput
                type="date"
                label={t('appointments.book.day')}
                {...form.getInputProps('date')}
                min={todayInCopenhagen()}
                onChange={(event) => {
                  if (!event.currentTarget.value) return;
                  form.setFieldValue('date', event.currentTarget.value);
                  form.setFieldValue('startsAt', '');
                }}
              />
            </Group>
            {values.serviceId ? (
              <SlotPicker
                tokens={auth}
                locationId={locationId}
                serviceId={values.serviceId}
                date={values.date}
                value={values.startsAt}
                error={form.errors.startsAt as string | undefined}
                onChange={(startsAt, date) => {
                  if (date) form.setFieldValue('date', date);
                  form.setFieldValue('startsAt', startsAt);
                  form.clearFieldError('startsAt');
                }}
              />
            ) : (
              form.errors.serviceId && (
                <Text c="red.8" size="sm">
                  {form.errors.serviceId}
                </Text>
              )
            )}
            <Radio.Group label={t('appointments.book.who')} {...form.getInputProps('who')}>
              <Group gap="lg" mt={6}>
                <Radio value="cpr" label={t('appointments.book.who.cpr')} />
                <Radio value="name" label={t('appointments.book.who.name')} />
              </Group>
            </Radio.Group>
            {values.who === 'cpr' ? (
              <CitizenLookup
                auth={auth}
                initialPurpose={purposeForService(queueServices.data?.find((s) => s.id === values.serviceId)?.code)}
                citizen={citizen}
                onFound={(found) => {
                  setCitizen(found);
                  form.clearFieldError('cpr');
                }}
                error={form.errors.cpr as string | undefined}
              />
            ) : (
              <TextInput label={t('appointments.book.name')} {...form.getInputProps('name')} required maxLength={100} autoComplete="off" />
            )}
            {/* The confirmation goes to a phone number or an e-mail, also for a citizen looked up by CPR. */}
            <Group grow align="flex-start">
              <TextInput
                label={t('appointments.book.phone')}
                type="tel"
                {...form.getInputProps('phone')}
                maxLength={30}
                autoComplete="off"
              />
              <TextInput
                label={t('appointments.book.email')}
                type="email"
                {...form.getInputProps('email')}
                maxLength={254}
                autoComplete="off"
              />
            </Group>
            <Radio.Group label={t('appointments.book.channel')} {...form.getInputProps('channel')}>
              <Group gap="lg" mt={6}>
                <Radio value="phone" label={t('appointments.channel.phone')} />
                <Radio value="counter" label={t('appointments.channel.counter')} />
              </Group>
            </Radio.Group>
            <Notice notice={notice.notice} onClose={notice.clear} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={book.isPending}>
                {t('appointments.book.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
