import { Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import { RouterAnchor } from '../../../components/RouterLink/RouterLink.tsx';
import { caseQueryOptions } from '../../../features/cases/queries.ts';
import { loadMessages, useI18n } from '../../../i18n/i18n.tsx';
import { useFocusOnChange } from '../../../lib/focus.ts';
import { CaseDone } from './-components/CaseDone.tsx';
import { CaseWizard } from './-components/CaseWizard.tsx';
import { SelfServiceCase } from './-components/self-service/SelfServiceCase.tsx';
import { DrivingLicenceCase } from './-components/driving-licence/DrivingLicenceCase.tsx';
import { MitIdCase } from './-components/mitid/MitIdCase.tsx';
import { PassportCase } from './-components/passport/PassportCase.tsx';
import { HealthCardCase } from './-components/health-card/HealthCardCase.tsx';
import { DoctorChangeCase } from './-components/doctor-change/DoctorChangeCase.tsx';
import { AddressChangeCase } from './-components/address-change/AddressChangeCase.tsx';

/** A case: its guided steps while a draft (resumed where it stopped after a reload), its receipt once completed. */
export const Route = createFileRoute('/_app/sager/$caseId')({
  // The wizards' texts (MitID, driving licence, passport) come with this page, not in the entry chunk.
  beforeLoad: () => Promise.all([loadMessages('workflows'), loadMessages('health'), loadMessages('addressChange')]),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(caseQueryOptions(context.auth, params.caseId)),
  component: CasePage,
});

/** The errand the citizen's page is reopened for, by case type (what its reads are audited with). */
const PURPOSE_OF: Partial<Record<string, 'mitid' | 'koerekort' | 'pas' | 'sundhedskort'>> = {
  mitid: 'mitid',
  driving_licence: 'koerekort',
  passport: 'pas',
  health_card: 'sundhedskort',
  doctor_change: 'sundhedskort',
};

function CasePage() {
  const { t } = useI18n();
  const { auth } = Route.useRouteContext();
  const { caseId } = Route.useParams();
  const { data: kase } = useSuspenseQuery(caseQueryOptions(auth, caseId));
  const heading = t(`case.type.${kase.type}`);
  // Completed, ordered, refused …: the keyboard goes to the heading of what the page shows now, not <body>.
  useFocusOnChange(kase.status, () => document.querySelector<HTMLElement>('main h2'));

  return (
    <Stack gap="lg" maw={880}>
      <DocumentTitle title={`${heading} · ${kase.citizen.name}`} />
      <div>
        <RouterAnchor
          to="/borger/$citizenId"
          params={{ citizenId: kase.citizen.id }}
          search={{ purpose: PURPOSE_OF[kase.type] ?? 'digital-post' }}
          size="sm"
        >
          {t('case.backToCitizen', { name: kase.citizen.name })}
        </RouterAnchor>
        <Title order={1} mt="xs">
          {heading}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('case.citizenLine', { name: kase.citizen.name, cpr: kase.citizen.cprMasked })}
        </Text>
        <Text c="dimmed" data-testid="case-number">
          {t('case.number', { number: kase.number })}
        </Text>
      </div>
      {kase.type === 'passport' ? (
        <PassportCase kase={kase} auth={auth} />
      ) : kase.type === 'mitid' ? (
        <MitIdCase kase={kase} auth={auth} />
      ) : kase.type === 'driving_licence' ? (
        <DrivingLicenceCase kase={kase} auth={auth} />
      ) : kase.type === 'health_card' ? (
        <HealthCardCase kase={kase} auth={auth} />
      ) : kase.type === 'doctor_change' ? (
        <DoctorChangeCase kase={kase} auth={auth} />
      ) : kase.type === 'address_change' ? (
        <AddressChangeCase kase={kase} auth={auth} />
      ) : kase.type === 'self_service_exemption' ? (
        <SelfServiceCase kase={kase} auth={auth} />
      ) : kase.status === 'draft' ? (
        <CaseWizard kase={kase} auth={auth} />
      ) : (
        <CaseDone kase={kase} auth={auth} />
      )}
    </Stack>
  );
}
