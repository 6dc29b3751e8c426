import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import type { ValidationFailure, ValidationKeyword } from '@skranke/domain';

/**
 * A value checked against a contract schema with TypeBox, as the domain's validation failures (whose sentences,
 * Danish and English, `validationMessage` writes): the API's case steps and the SPA's forms read the same failures,
 * so a form and the API say the same about the same value. Not in the package index: TypeBox's value checker is
 * large, and only lazily loaded screens and the API import this module.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** TypeBox knows no string formats until they are registered (the API's ajv has its own): the ones contracts use. */
export function registerFormats(): void {
  if (!FormatRegistry.Has('uuid')) FormatRegistry.Set('uuid', (value) => UUID.test(value));
  if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', (value) => DATE.test(value) && !Number.isNaN(Date.parse(value)));
  if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (value) => !Number.isNaN(Date.parse(value)) && value.includes('T'));
}

const KEYWORDS: Partial<Record<ValueErrorType, ValidationKeyword>> = {
  [ValueErrorType.ObjectRequiredProperty]: 'required',
  [ValueErrorType.ObjectAdditionalProperties]: 'additionalProperties',
  [ValueErrorType.StringPattern]: 'pattern',
  [ValueErrorType.StringMinLength]: 'minLength',
  [ValueErrorType.StringMaxLength]: 'maxLength',
  [ValueErrorType.StringFormat]: 'format',
  [ValueErrorType.StringFormatUnknown]: 'format',
  [ValueErrorType.NumberMinimum]: 'minimum',
  [ValueErrorType.IntegerMinimum]: 'minimum',
  [ValueErrorType.NumberMaximum]: 'maximum',
  [ValueErrorType.IntegerMaximum]: 'maximum',
  [ValueErrorType.NumberExclusiveMinimum]: 'exclusiveMinimum',
  [ValueErrorType.IntegerExclusiveMinimum]: 'exclusiveMinimum',
  [ValueErrorType.NumberExclusiveMaximum]: 'exclusiveMaximum',
  [ValueErrorType.IntegerExclusiveMaximum]: 'exclusiveMaximum',
  [ValueErrorType.Union]: 'enum',
  [ValueErrorType.Literal]: 'enum',
  [ValueErrorType.ArrayMinItems]: 'minItems',
  [ValueErrorType.ArrayMaxItems]: 'maxItems',
};

const BOUNDS: ReadonlySet<ValidationKeyword> = new Set([
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
]);

/** Where in the value (a JSON pointer, `/rates/0/amountOre`) and what failed, without the field's name. */
export interface ValueFailure {
  path: string;
  failure: Omit<ValidationFailure, 'field'>;
}

/**
 * What is wrong with `value`: one failure per TypeBox error, except that a missing property gets its "required"
 * failure only, not also the type error TypeBox adds for the absent value.
 */
export function valueFailures(schema: TSchema, value: unknown): ValueFailure[] {
  const errors = [...Value.Errors(schema, value)];
  const missing = new Set(errors.filter((e) => e.type === ValueErrorType.ObjectRequiredProperty).map((e) => e.path));
  return errors
    .filter((e) => e.type === ValueErrorType.ObjectRequiredProperty || !missing.has(e.path))
    .map((e) => ({ path: e.path, failure: failureOf(e) }));
}

function failureOf(error: ValueError): Omit<ValidationFailure, 'field'> {
  const schema = error.schema as Record<string, unknown>;
  const keyword = KEYWORDS[error.type] ?? 'type';
  const bound = BOUNDS.has(keyword) ? schema[keyword] : undefined;
  return {
    keyword,
    limit: typeof bound === 'number' ? bound : undefined,
    format: typeof schema.format === 'string' ? schema.format : undefined,
    pattern: typeof schema.pattern === 'string' ? schema.pattern : undefined,
    property: error.type === ValueErrorType.ObjectAdditionalProperties ? error.path.split('/').pop() : undefined,
  };
}
