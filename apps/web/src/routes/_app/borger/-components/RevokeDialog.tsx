import { Button, Checkbox, Group, Modal, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { RevokeDigitalPostExemptionBody, type Citizen, type RevocationIdentification } from '@skranke/contracts';
import { APPLICANT_TYPE_TEXT, APPLICANT_TYPES, ID_DOCUMENT_TEXT, ID_DOCUMENTS, type ApplicantType, type IdDocument } from '@skranke/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { revokeDigitalPostExemption } from '../../../../features/cases/actions.ts';
import { caseKeys } from '../../../../features/cases/queries.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

interface Values {
  applicantType: ApplicantType;
  representativeCpr: string;
  idDocument: IdDocument | '';
  powerOfAttorneySigned: boolean;
  guardianshipCertificateShown: boolean;
  reason: string;
}

const toBody = ({ reason, ...who }: Values): RevokeDigitalPostExemptionBody => ({
  identification: identification(who),
  ...(reason.trim() && { reason: reason.trim() }),
});

/** Only what the one who came needs: a representative's name, an ID unless a værge, the fuldmagt or the værgemål. */
function identification(who: Omit<Values, 'reason'>): RevocationIdentification {
  const { applicantType, representativeCpr, idDocument, powerOfAttorneySigned, guardianshipCertificateShown } = who;
  return {
    applicantType,
    // The representative is looked up by CPR number and checked against the recorded representations (never a typed name).
    ...(applicantType !== 'in_person' && representativeCpr.trim() && { representativeCpr: representativeCpr.trim() }),
    ...(applicantType !== 'guardian' && idDocument && { idDocument }),
    ...(applicantType === 'power_of_attorney' && { powerOfAttorneySigned }),
    ...(applicantType === 'guardian' && { guardianshipCertificateShown }),
  };
}

interface RevokeDialogProps {
  opened: boolean;
  onClose(): void;
  citizen: Citizen;
  auth: AuthSession;
}

/**
 * Ophævelse (FD 011): who asks and what identification was shown (the same rules as for the exemption, checked by
 * the server), then registered at once; the revocation case's page offers its receipt.
 */
export function RevokeDialog({ opened, onClose, citizen, auth }: RevokeDialogProps) {
  const { t, language } = useI18n();
  const notice = useNotice();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      applicantType: 'in_person',
      representativeCpr: '',
      idDocument: '',
      powerOfAttorneySigned: false,
      guardianshipCertificateShown: false,
      reason: '',
    },
    // The schema checks the shape; who must show what is the server's rule (identification-required and the like).
    validate: contractValidator({ schema: RevokeDigitalPostExemptionBody, body: toBody }, language),
  });
  const { applicantType } = form.values;
  const representing = applicantType !== 'in_person';

  const revoke = useMutation({
    mutationFn: (values: Values) => revokeDigitalPostExemption(auth, citizen.id, toBody(values)),
    onMutate: () => notice.clear(),
    onSuccess: (revocation) => {
      queryClient.setQueryData(caseKeys.case(revocation.id), revocation);
      void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(citizen.id) });
      void navigate({ to: '/sager/$caseId', params: { caseId: revocation.id } });
    },
    onError: notice.showError,
  });
  const submit = form.onSubmit((values) => revoke.mutate(values));

  return (
    <Modal opened={opened} onClose={onClose} title={t('revoke.title', { name: citizen.name })} size="lg">
      <Stack gap="md">
        <Text>{t('revoke.body')}</Text>
        <Radio.Group label={t('wizard.applicant.type')} {...form.getInputProps('applicantType')} required>
          <Stack gap="xs" mt="xs">
            {APPLICANT_TYPES.map((type) => (
              <Radio key={type} value={type} label={APPLICANT_TYPE_TEXT[type][language]} />
            ))}
          </Stack>
        </Radio.Group>
        {representing && (
          <TextInput
            label={t('wizard.applicant.representativeCpr')}
            {...form.getInputProps('representativeCpr')}
            required
            maxLength={11}
            inputMode="numeric"
            autoComplete="off"
          />
        )}
        {applicantType !== 'guardian' && (
          <Radio.Group
            label={t(applicantType === 'in_person' ? 'wizard.identification.idDocument' : 'wizard.identification.representativeId')}
            {...form.getInputProps('idDocument')}
            required
          >
            <Group gap="lg" mt="xs">
              {ID_DOCUMENTS.map((doc) => (
                <Radio key={doc} value={doc} label={ID_DOCUMENT_TEXT[doc][language]} />
              ))}
            </Group>
          </Radio.Group>
        )}
        {applicantType === 'power_of_attorney' && (
          <Checkbox label={t('revoke.powerOfAttorney')} {...form.getInputProps('powerOfAttorneySigned', { type: 'checkbox' })} />
        )}
        {applicantType === 'guardian' && (
          <Checkbox
            label={t('wizard.identification.guardianship')}
            {...form.getInputProps('guardianshipCertificateShown', { type: 'checkbox' })}
          />
        )}
        <Textarea
          label={t('revoke.reason')}
          description={t('revoke.reasonHint')}
          {...form.getInputProps('reason')}
          maxLength={500}
          autosize
          minRows={2}
        />
        <Notice notice={notice.notice} onClose={notice.clear} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={revoke.isPending} onClick={() => submit()}>
            {t('revoke.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
