import { Button, Checkbox, Group, Modal, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { Citizen, RevocationIdentification } from '@skranke/contracts';
import { APPLICANT_TYPE_TEXT, APPLICANT_TYPES, ID_DOCUMENT_TEXT, ID_DOCUMENTS, type ApplicantType, type IdDocument } from '@skranke/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { Notice, useNotice } from '../../../../components/Notice/Notice.tsx';
import { revokeDigitalPostExemption } from '../../../../features/cases/actions.ts';
import { caseKeys } from '../../../../features/cases/queries.ts';
import { citizenKeys } from '../../../../features/citizens/queries.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';

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
  const [reason, setReason] = useState('');
  const [applicantType, setApplicantType] = useState<ApplicantType>('in_person');
  const [representativeName, setRepresentativeName] = useState('');
  const [idDocument, setIdDocument] = useState<IdDocument | ''>('');
  const [powerOfAttorneySigned, setPowerOfAttorneySigned] = useState(false);
  const [guardianshipCertificateShown, setGuardianshipCertificateShown] = useState(false);
  const representing = applicantType !== 'in_person';

  const identification = (): RevocationIdentification => ({
    applicantType,
    ...(representing && representativeName.trim() && { representativeName: representativeName.trim() }),
    ...(applicantType !== 'guardian' && idDocument && { idDocument }),
    ...(applicantType === 'power_of_attorney' && { powerOfAttorneySigned }),
    ...(applicantType === 'guardian' && { guardianshipCertificateShown }),
  });
  const revoke = useMutation({
    mutationFn: () =>
      revokeDigitalPostExemption(auth, citizen.id, { identification: identification(), ...(reason.trim() && { reason: reason.trim() }) }),
    onMutate: () => notice.clear(),
    onSuccess: (revocation) => {
      queryClient.setQueryData(caseKeys.case(revocation.id), revocation);
      void queryClient.invalidateQueries({ queryKey: citizenKeys.citizen(citizen.id) });
      void navigate({ to: '/sager/$caseId', params: { caseId: revocation.id } });
    },
    onError: notice.showError,
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('revoke.title', { name: citizen.name })} size="lg">
      <Stack gap="md">
        <Text>{t('revoke.body')}</Text>
        <Radio.Group
          label={t('wizard.applicant.type')}
          value={applicantType}
          onChange={(v) => setApplicantType(v as ApplicantType)}
          required
        >
          <Stack gap="xs" mt="xs">
            {APPLICANT_TYPES.map((type) => (
              <Radio key={type} value={type} label={APPLICANT_TYPE_TEXT[type][language]} />
            ))}
          </Stack>
        </Radio.Group>
        {representing && (
          <TextInput
            label={t(applicantType === 'guardian' ? 'wizard.applicant.guardianName' : 'wizard.applicant.representativeName')}
            value={representativeName}
            onChange={(e) => setRepresentativeName(e.currentTarget.value)}
            required
            maxLength={200}
            autoComplete="off"
          />
        )}
        {applicantType !== 'guardian' && (
          <Radio.Group
            label={t(applicantType === 'in_person' ? 'wizard.identification.idDocument' : 'wizard.identification.representativeId')}
            value={idDocument}
            onChange={(v) => setIdDocument(v as IdDocument)}
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
          <Checkbox
            label={t('revoke.powerOfAttorney')}
            checked={powerOfAttorneySigned}
            onChange={(e) => setPowerOfAttorneySigned(e.currentTarget.checked)}
          />
        )}
        {applicantType === 'guardian' && (
          <Checkbox
            label={t('wizard.identification.guardianship')}
            checked={guardianshipCertificateShown}
            onChange={(e) => setGuardianshipCertificateShown(e.currentTarget.checked)}
          />
        )}
        <Textarea
          label={t('revoke.reason')}
          description={t('revoke.reasonHint')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <Notice notice={notice.notice} onClose={notice.clear} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('revoke.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
