import { List, Loader, Paper, Stepper } from '@mantine/core';
import type { Case, LawAreaList } from '@skranke/contracts';
import { SELF_SERVICE_GROUND_TEXT, SELF_SERVICE_SCOPE_TEXT } from '@skranke/domain';
import { IconGavel } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { AuthSession } from '../../../../../auth/session.ts';
import { Notice } from '../../../../../components/Notice/Notice.tsx';
import { useCaseSteps } from '../../../../../features/cases/use-case-steps.ts';
import { lawAreasQueryOptions } from '../../../../../features/self-service/queries.ts';
import { useI18n } from '../../../../../i18n/i18n.tsx';
import { ApplicantStep, type ApplicantData } from '../ApplicantStep.tsx';
import { ApplicantReviewItem, CaseReview, type CompleteProps } from '../CaseReview.tsx';
import { DraftClosingActions } from '../DraftClosingActions.tsx';
import { DecisionStep, type DecisionData } from './DecisionStep.tsx';
import { GroundStep, type GroundData } from './GroundStep.tsx';
import { ScopeStep, type ScopeData } from './ScopeStep.tsx';

interface StepData {
  applicant?: ApplicantData;
  scope?: ScopeData;
  ground?: GroundData;
  decision?: DecisionData;
}

/** Everything decided, read back before the afgørelse is made; the server checks every step together again. */
function Review({ kase, lawAreas, ...complete }: CompleteProps & { kase: Case; lawAreas: LawAreaList }) {
  const { t, language } = useI18n();
  const { applicant, scope, ground, decision } = kase.stepData as StepData;
  const areaName = (code: string) => {
    const area = lawAreas.lawAreas.find((a) => a.code === code);
    return area ? (language === 'da' ? area.nameDa : area.nameEn) : code;
  };
  const refusing = decision?.outcome === 'refuse';
  return (
    <CaseReview
      heading={t('selfService.review.heading')}
      completeLabel={t(refusing ? 'selfService.complete.refuse' : 'selfService.complete.grant')}
      completeIcon={<IconGavel size={18} aria-hidden />}
      completeColor={refusing ? 'red.9' : undefined}
      {...complete}
    >
      <List spacing="xs">
        <ApplicantReviewItem applicant={applicant} />
        {scope && (
          <List.Item>
            {t('selfService.review.scope', {
              scope: SELF_SERVICE_SCOPE_TEXT[scope.scope][language],
              areas: scope.lawAreas.map(areaName).join(', '),
            })}
            {scope.applicationDescription && ` – ${scope.applicationDescription}`}
          </List.Item>
        )}
        {ground && (
          <List.Item>
            {t('selfService.review.grounds', { grounds: ground.grounds.map((g) => SELF_SERVICE_GROUND_TEXT[g][language]).join(', ') })}
          </List.Item>
        )}
        {decision && <List.Item>{t(refusing ? 'selfService.review.refuse' : 'selfService.review.grant')}</List.Item>}
        {refusing && decision.legalBasis && <List.Item>{t('selfService.review.legalBasis', { text: decision.legalBasis })}</List.Item>}
        {refusing && decision.considerations && (
          <List.Item>{t('selfService.review.considerations', { text: decision.considerations })}</List.Item>
        )}
      </List>
    </CaseReview>
  );
}

/** Undtagelse fra obligatorisk digital selvbetjening: one Stepper step per workflow step, each saved and validated on the server. */
export function SelfServiceWizard({ kase, auth }: { kase: Case; auth: AuthSession }) {
  const { t } = useI18n();
  // Not suspending: the page (its heading and the citizen's name) shows while the configuration loads.
  const areasQuery = useQuery(lawAreasQueryOptions(auth));
  const { notice, active, goTo, stepProps, completeProps } = useCaseSteps(kase, auth);

  const data = kase.stepData as StepData;
  const lawAreas = areasQuery.data;
  if (!lawAreas) {
    return (
      <Paper withBorder radius="md" p="xl">
        {areasQuery.isError ? (
          <Notice notice={{ tone: 'error', text: t('selfService.lawAreasFailed') }} onClose={() => void areasQuery.refetch()} />
        ) : (
          <Loader aria-label={t('app.loading')} />
        )}
      </Paper>
    );
  }

  return (
    <Paper withBorder radius="md" p="xl">
      <Notice notice={notice.notice} onClose={notice.clear} />
      <Stepper active={active} onStepClick={goTo} allowNextStepsSelect={false} size="sm" mt={notice.notice ? 'md' : 0}>
        <Stepper.Step label={t('wizard.step.applicant')} description={t('wizard.step.applicantHint')}>
          <ApplicantStep
            key={`applicant-${kase.version}`}
            initial={data.applicant}
            representations={{ citizenId: kase.citizen.id, auth, purpose: 'selvbetjening' }}
            {...stepProps('applicant')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('selfService.step.scope')} description={t('selfService.step.scopeHint')}>
          <ScopeStep key={`scope-${kase.version}`} initial={data.scope} lawAreas={lawAreas.lawAreas} {...stepProps('scope')} />
        </Stepper.Step>
        <Stepper.Step label={t('selfService.step.ground')} description={t('selfService.step.groundHint')}>
          <GroundStep key={`ground-${kase.version}`} initial={data.ground} {...stepProps('ground')} />
        </Stepper.Step>
        <Stepper.Step label={t('selfService.step.decision')} description={t('selfService.step.decisionHint')}>
          <DecisionStep
            key={`decision-${kase.version}`}
            initial={data.decision}
            lawAreas={lawAreas}
            chosenAreas={data.scope?.lawAreas ?? []}
            {...stepProps('decision')}
          />
        </Stepper.Step>
        <Stepper.Step label={t('wizard.step.review')} description={t('selfService.step.reviewHint')}>
          <Review kase={kase} lawAreas={lawAreas} {...completeProps} />
        </Stepper.Step>
      </Stepper>
      <DraftClosingActions kase={kase} auth={auth} />
    </Paper>
  );
}
