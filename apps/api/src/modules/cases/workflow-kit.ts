import type { TSchema } from '@sinclair/typebox';
import { isStepOf, maskCpr, type RuleProblem } from '@skranke/domain';
import { AppError, badRequest, conflict } from '../../errors.ts';
import { schemaFieldErrors } from '../../validation-messages.ts';
import type { CasesRepository } from './cases.repository.ts';
import type { CaseContext, CaseWorkflow, StartContext } from './workflow.ts';

/** What a step's rules see: the case so far (its saved steps) besides who acts for whom. */
export type StepContext = StartContext & { stepData: Record<string, unknown>; caseId?: string };

/** A step that needs an earlier one saved first, and why (the counter reads it; English beside it when given). */
export interface StepNeed<S extends string> {
  step: S;
  because?: string;
  becauseEn?: string;
}

/**
 * A guided workflow as its author writes it: the steps with their data shapes and names, which step needs which
 * before it, and the rules. `validateStep` receives only a known step whose data has the right shape.
 */
export interface WorkflowDefinition<S extends string> extends Omit<CaseWorkflow, 'steps' | 'validateStep'> {
  steps: readonly S[];
  /** Each step's data shape, checked before any rule (400 `validation-error`, one error per field). */
  schemas: Record<S, TSchema>;
  /** The steps' names as the counter sees them, in the messages of the shape check and the guard. */
  stepText: Record<S, string>;
  /** The guard: a step listed here is refused (409 `step-out-of-order`) until the step it names is saved. */
  needs?: Partial<Record<S, StepNeed<S>>>;
  /** The step's rules (throw `stepInvalid`), returning what is stored. */
  validateStep(step: S, data: unknown, ctx: StepContext): Record<string, unknown> | Promise<Record<string, unknown>>;
}

/**
 * One place for what every workflow does before its own rules: an unknown step (400 `unknown-step`), data of the
 * wrong shape (400 `validation-error`), a step out of order (409 `step-out-of-order`).
 */
export function defineWorkflow<S extends string>(definition: WorkflowDefinition<S>): CaseWorkflow {
  const { schemas, stepText, needs, validateStep, ...workflow } = definition;
  return {
    ...workflow,
    validateStep(step, data, ctx) {
      if (!isStepOf(definition.steps, step)) throw badRequest('unknown-step', `Sagen har ikke et trin, der hedder "${step}".`);
      const errors = schemaFieldErrors(schemas[step], data);
      if (errors.length > 0)
        throw new AppError(400, 'validation-error', 'Bad Request', `Data til trinnet "${stepText[step]}" har ikke den rette form.`, {
          errors,
        });
      const need = needs?.[step];
      if (need && !ctx.stepData[need.step]) throw stepOutOfOrder(stepText, need);
      return validateStep(step, data, ctx);
    },
  };
}

/** 409 `step-out-of-order`: the step `need` names must be saved first. */
export function stepOutOfOrder<S extends string>(stepText: Record<S, string>, need: StepNeed<S>) {
  const detail = `Udfyld først trinnet "${stepText[need.step]}"${need.because ? `: ${need.because}` : ''}.`;
  return conflict('step-out-of-order', detail, need.becauseEn ? { detailEn: need.becauseEn } : {});
}

/** Rule problems as problem+json: Danish detail for the counter, English beside it, a pointer per field. */
export function ruleProblem(status: 400 | 409, code: string, problems: RuleProblem[], pointerBase: string) {
  return new AppError(status, code, status === 400 ? 'Bad Request' : 'Conflict', problems.map((p) => p.da).join(' '), {
    detailEn: problems.map((p) => p.en).join(' '),
    errors: problems.map((p) => ({ pointer: `${pointerBase}${p.field}`, detail: p.da, detailEn: p.en })),
  });
}

/** A step's rules refuse its data: 400 `step-invalid`, pointing into the request's data. Nothing when there are none. */
export function refuseStep(problems: RuleProblem[]): void {
  if (problems.length > 0) throw ruleProblem(400, 'step-invalid', problems, '/body/data');
}

/** The saved steps do not allow completing: 409 `case-incomplete`, pointing into the case's step data. */
export function refuseIncomplete(problems: RuleProblem[]): void {
  if (problems.length > 0) throw ruleProblem(409, 'case-incomplete', problems, '/stepData');
}

/** Who a receipt or letter is from and about: the municipality, the citizen (CPR masked), the case and the staff member. */
export async function receiptParty(repo: CasesRepository, { tx, person, caseRow }: CaseContext, staffId: string) {
  return {
    municipalityName: (await repo.municipality(caseRow.municipalityId, tx)).name,
    citizenName: `${person.givenNames} ${person.surname}`,
    cprMasked: maskCpr(person.cpr),
    caseNumber: caseRow.number,
    staffName: await repo.staffName(staffId, tx),
  };
}
