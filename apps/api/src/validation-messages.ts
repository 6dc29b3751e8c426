import { fieldOfPointer, validationMessage, type ValidationFailure, type ValidationKeyword } from '@skranke/domain';
import type { TSchema } from '@sinclair/typebox';
import { registerFormats, valueFailures } from '@skranke/contracts/value-errors';

/** One entry of a problem's `errors[]`: where, and what to do about it in Danish (`detail`) and English (`detailEn`). */
export interface FieldError {
  pointer: string;
  detail: string;
  detailEn: string;
}

function fieldError(pointer: string, failure: Omit<ValidationFailure, 'field'>): FieldError {
  const text = validationMessage({ ...failure, field: fieldOfPointer(pointer) });
  return { pointer, detail: text.da, detailEn: text.en };
}

/** Several schema branches can fail on the same value (a union of literals); the reader needs one sentence. */
function distinct(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.pointer}\n${e.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params?: Record<string, unknown>;
}

const AJV_KEYWORDS: Partial<Record<string, ValidationKeyword>> = {
  required: 'required',
  pattern: 'pattern',
  minLength: 'minLength',
  maxLength: 'maxLength',
  format: 'format',
  minimum: 'minimum',
  maximum: 'maximum',
  exclusiveMinimum: 'exclusiveMinimum',
  exclusiveMaximum: 'exclusiveMaximum',
  enum: 'enum',
  const: 'enum',
  anyOf: 'enum',
  oneOf: 'enum',
  type: 'type',
  minItems: 'minItems',
  maxItems: 'maxItems',
  additionalProperties: 'additionalProperties',
};

/** Fastify's ajv errors (body, params, query) as field errors. `context` is Fastify's validationContext. */
export function ajvFieldErrors(errors: readonly AjvError[], context = 'body'): FieldError[] {
  return distinct(
    errors.map((error) => {
      const params = error.params ?? {};
      const named = params.missingProperty ?? params.additionalProperty;
      const pointer = `/${context}${error.instancePath}${typeof named === 'string' ? `/${named}` : ''}`;
      return fieldError(pointer, {
        keyword: AJV_KEYWORDS[error.keyword] ?? 'other',
        limit: typeof params.limit === 'number' ? params.limit : undefined,
        format: typeof params.format === 'string' ? params.format : undefined,
        pattern: typeof params.pattern === 'string' ? params.pattern : undefined,
        property: typeof params.additionalProperty === 'string' ? params.additionalProperty : undefined,
      });
    }),
  );
}

/**
 * A case step's data checked against its TypeBox schema, as field errors under `base` (`/body/data`). A missing
 * property gets one sentence ("… skal udfyldes"), not also the type error TypeBox adds for the absent value.
 */
export function schemaFieldErrors(schema: TSchema, data: unknown, base = '/body/data'): FieldError[] {
  registerFormats();
  return distinct(valueFailures(schema, data).map(({ path, failure }) => fieldError(`${base}${path}`, failure)));
}
