import { Alert, Checkbox, Loader, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import type {
  AddressChangeAddressStep,
  AddressChangeDateStep,
  AddressChangeDoctorStep,
  AddressChangeMoversStep,
  Case,
} from '@skranke/contracts';
import { ADDRESS_CHANGE_KIND_TEXT, ADDRESS_CHANGE_KINDS, type AddressChangeKind, type DoctorChoice } from '@skranke/domain';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../../auth/session.ts';
import { coMoversQueryOptions, doctorsQueryOptions } from '../../../../../features/address-change/queries.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { CheckboxField } from '../CheckboxField.tsx';
import type { StepFormProps } from '../StepActions.tsx';
import { choicesOf, RadioChoices, StepForm, useStepForm } from '../StepForm.tsx';

const trimmed = (value: string) => value.trim() || undefined;

/** The kind of move and the new address; a c/o address asks for the host's declaration (a fact seen). */
export function AddressStep({ initial, pending, error, onBack, onSave }: StepFormProps<AddressChangeAddressStep>) {
  const { t, language } = useI18n();
  const { form, values } = useStepForm('address', error, {
    kind: (initial?.kind ?? 'domestic') as AddressChangeKind,
    street: initial?.street ?? '',
    postcode: initial?.postcode ?? '',
    city: initial?.city ?? '',
    country: initial?.country ?? '',
    careOf: initial?.careOf ?? '',
    hostName: initial?.hostDeclaration?.hostName ?? '',
    hostLivesThere: initial?.hostDeclaration?.hostLivesThere ?? false,
    hostSeen: initial?.hostDeclaration?.seen ?? false,
  });
  const emigrating = values.kind === 'emigration';
  const careOf = values.careOf.trim() !== '';
  const submit = form.onSubmit((v) => {
    const data: AddressChangeAddressStep = emigrating
      ? { kind: v.kind, ...(trimmed(v.country) && { country: trimmed(v.country)! }) }
      : {
          kind: v.kind,
          ...(trimmed(v.street) && { street: trimmed(v.street)! }),
          ...(trimmed(v.postcode) && { postcode: trimmed(v.postcode)! }),
          ...(trimmed(v.city) && { city: trimmed(v.city)! }),
          ...(careOf && { careOf: v.careOf.trim() }),
          ...(careOf &&
            (v.hostSeen || trimmed(v.hostName)) && {
              hostDeclaration: { hostName: v.hostName.trim() || '-', hostLivesThere: v.hostLivesThere, seen: v.hostSeen },
            }),
        };
    onSave(data);
  });
  return (
    <StepForm id="move-address" heading={t('move.address.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      <RadioChoices
        label={t('move.address.kind')}
        choices={choicesOf(ADDRESS_CHANGE_KINDS, ADDRESS_CHANGE_KIND_TEXT, language)}
        {...form.getInputProps('kind')}
        required
      />
      {emigrating ? (
        <TextInput label={t('move.address.country')} withAsterisk {...form.getInputProps('country')} />
      ) : (
        <>
          <TextInput label={t('move.address.street')} withAsterisk autoComplete="off" {...form.getInputProps('street')} />
          <TextInput
            label={t('move.address.postcode')}
            withAsterisk
            inputMode="numeric"
            maxLength={4}
            w={160}
            {...form.getInputProps('postcode')}
          />
          <TextInput label={t('move.address.city')} withAsterisk {...form.getInputProps('city')} />
          <TextInput label={t('move.address.careOf')} description={t('move.address.careOfHint')} {...form.getInputProps('careOf')} />
          {careOf && (
            <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
              <Title order={3} size="h5" component="legend">
                {t('move.address.hostHeading')}
              </Title>
              <TextInput label={t('move.address.hostName')} withAsterisk {...form.getInputProps('hostName')} />
              <CheckboxField label={t('move.address.hostLivesThere')} {...form.getInputProps('hostLivesThere', { type: 'checkbox' })} />
              <CheckboxField label={t('move.address.hostSeen')} {...form.getInputProps('hostSeen', { type: 'checkbox' })} />
            </Stack>
          )}
        </>
      )}
    </StepForm>
  );
}

/** The moving date: at most 4 weeks ahead; reported more than 5 days after, the server tells of the fine. */
export function DateStep({ initial, pending, error, onBack, onSave }: StepFormProps<AddressChangeDateStep>) {
  const { t } = useI18n();
  const { form } = useStepForm('date', error, { movingDate: initial?.movingDate ?? '' });
  const submit = form.onSubmit(({ movingDate }) => onSave({ ...(movingDate && { movingDate }) } as AddressChangeDateStep));
  return (
    <StepForm
      id="move-date"
      heading={t('move.date.heading')}
      intro={<Text>{t('move.date.rule')}</Text>}
      {...{ error, pending, onBack }}
      onSubmit={submit}
    >
      <TextInput type="date" label={t('move.date.movingDate')} withAsterisk w={220} {...form.getInputProps('movingDate')} />
    </StepForm>
  );
}

/** Who moves along: the register's people at the same address and the citizen's children, each a checkbox. */
export function MoversStep({
  kase,
  auth,
  initial,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<AddressChangeMoversStep> & { kase: Case; auth: AuthSession }) {
  const { t } = useI18n();
  const candidates = useQuery(coMoversQueryOptions(auth, kase.id));
  const { form } = useStepForm('movers', error, { coMovers: initial?.coMovers ?? ([] as string[]) });
  const submit = form.onSubmit(({ coMovers }) => onSave({ coMovers }));
  const list = candidates.data?.candidates ?? [];
  return (
    <StepForm
      id="move-movers"
      heading={t('move.movers.heading')}
      intro={<Text>{t('move.movers.intro')}</Text>}
      {...{ error, pending, onBack }}
      onSubmit={submit}
    >
      {candidates.isPending ? (
        <Loader size="sm" aria-label={t('move.movers.heading')} />
      ) : list.length === 0 ? (
        <Text c="dimmed">{t('move.movers.none')}</Text>
      ) : (
        <Checkbox.Group label={t('move.movers.heading')} {...form.getInputProps('coMovers')}>
          <Stack gap="sm" mt="xs">
            {list.map((c) => (
              <Checkbox
                key={c.id}
                value={c.id}
                label={`${c.name} (${c.cprMasked}) – ${t(c.reason === 'child' ? 'move.movers.child' : 'move.movers.sameAddress')}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </StepForm>
  );
}

/** The doctor near the NEW address: keep the current one when within reach, choose one open to new patients, or later. */
export function DoctorStep({
  kase,
  auth,
  initial,
  pending,
  error,
  onBack,
  onSave,
}: StepFormProps<AddressChangeDoctorStep> & { kase: Case; auth: AuthSession }) {
  const { t, formatNumber } = useI18n();
  const options = useQuery(doctorsQueryOptions(auth, kase.id, kase.version));
  const { form, values } = useStepForm('doctor', error, {
    choice: (initial?.choice ?? '') as DoctorChoice | '',
    doctorId: initial?.doctorId ?? '',
  });
  const submit = form.onSubmit(({ choice, doctorId }) =>
    onSave({ ...(choice && { choice }), ...(choice === 'new' && doctorId && { doctorId }) } as AddressChangeDoctorStep),
  );
  const km = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  const data = options.data;
  const current = data?.current;
  return (
    <StepForm id="move-doctor" heading={t('move.doctor.heading')} {...{ error, pending, onBack }} onSubmit={submit}>
      {options.isPending || !data ? (
        <Loader size="sm" aria-label={t('move.doctor.heading')} />
      ) : (
        <>
          {data.areaKnown ? (
            <Text>{t('move.doctor.intro', { km: String(data.reachKm ?? '') })}</Text>
          ) : (
            <Alert color="yellow" variant="light">
              {t('move.doctor.unknownArea')}
            </Alert>
          )}
          {current && !current.withinReach && (
            <Text>{t('move.doctor.keepOutOfReach', { name: current.clinicName, km: km(current.distanceKm) })}</Text>
          )}
          <Radio.Group label={t('move.doctor.choice')} withAsterisk {...form.getInputProps('choice')}>
            <Stack gap="sm" mt="xs">
              {current?.withinReach && (
                <Radio value="keep" label={t('move.doctor.keep', { name: current.clinicName, km: km(current.distanceKm) })} />
              )}
              {data.offered.length > 0 && <Radio value="new" label={t('move.doctor.new')} />}
              <Radio value="choose_later" label={t('move.doctor.later')} />
            </Stack>
          </Radio.Group>
          {values.choice === 'new' && (
            <Radio.Group label={t('move.doctor.doctor')} withAsterisk {...form.getInputProps('doctorId')}>
              <Stack gap="sm" mt="xs">
                {data.offered.map((d) => (
                  <Radio
                    key={d.id}
                    value={d.id}
                    label={t('move.doctor.option', {
                      clinic: d.clinicName,
                      doctors: d.doctorNames,
                      address: d.address,
                      km: km(d.distanceKm),
                    })}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        </>
      )}
    </StepForm>
  );
}
