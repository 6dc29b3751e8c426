import type { RuleProblem } from '../digital-post/rules.ts';

/**
 * The rules every guided workflow shares about its steps: which names are steps, which are not filled in yet, and
 * where a step's own problems point once they are read over the whole case.
 */

export const isStepOf = <S extends string>(steps: readonly S[], step: string): step is S => (steps as readonly string[]).includes(step);

/** One problem per step not saved yet, in the workflow's order; the step's name as the counter sees it. */
export function missingSteps<S extends string>(
  steps: readonly S[],
  stepText: Record<S, string>,
  saved: Record<string, unknown>,
): RuleProblem[] {
  return steps
    .filter((step) => !saved[step])
    .map((step) => ({
      field: `/${step}`,
      code: 'step-missing',
      da: `Trinnet "${stepText[step]}" er ikke udfyldt.`,
      en: `The step '${step}' has not been filled in.`,
    }));
}

/** A step's problems as problems of the whole case: `/idDocument` of `identification` becomes `/identification/idDocument`. */
export const underStep =
  (step: string) =>
  (problem: RuleProblem): RuleProblem => ({ ...problem, field: `/${step}${problem.field}` });
