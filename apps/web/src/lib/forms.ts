import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { validationMessage, type ValidationKeyword } from '@skranke/domain';
import type { Language } from '../i18n/i18n.tsx';

/**
 * Forms check what they are about to send against the operation's own body schema from @skranke/contracts, so a
 * form and the API cannot disagree about what is valid. This module holds TypeBox's value checker: import it only
 * from lazily loaded routes, never from the entry chunk.
 */

// The API's ajv knows these formats; TypeBox in the browser only knows the ones registered here.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
if (!FormatRegistry.Has('uuid')) FormatRegistry.Set('uuid', (value) => UUID.test(value));
if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', (value) => DATE.test(value) && !Number.isNaN(Date.parse(value)));
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (value) => !Number.isNaN(Date.parse(value)) && value.includes('T'));

/** Field name → message. */
export type FieldErrors = Record<string, string>;

/** A form's own sentence per field, for any failure of that field (the screen's wording wins over the generic one). */
export type FieldMessages = Partial<Record<string, string>>;

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

/** The sentence the API would send for this failure (both use @skranke/domain's validationMessage). */
function generic(error: ValueError, field: string, language: Language): string {
  const keyword = KEYWORDS[error.type] ?? 'type';
  const schema = error.schema as Record<string, unknown>;
  const bound = schema[keyword];
  return validationMessage({
    keyword,
    field,
    limit: typeof bound === 'number' ? bound : undefined,
    format: typeof schema.format === 'string' ? schema.format : undefined,
    pattern: typeof schema.pattern === 'string' ? schema.pattern : undefined,
    property: keyword === 'additionalProperties' ? field : undefined,
  })[language];
}

export interface ErrorOptions {
  /** The form's own sentence per field; a key with `*` for a row number (`rates/*` then `/amountOre`) stands for every row. */
  messages?: FieldMessages;
  /**
   * 'top' (default): a message belongs to the top-level field (`/locationIds/0` to `locationIds`). 'path': to the
   * whole path (`rates/0/amountOre`), as the API's per-field messages of a form with rows are keyed.
   */
  fields?: 'top' | 'path';
}

/**
 * `body` checked against `schema`, one message per field: the form's own sentence for the field where `messages`
 * has one, otherwise the API's sentence in `language`. A missing property gets its "required" sentence, not also the
 * type error TypeBox adds for the absent value.
 */
export function contractErrors(schema: TSchema, body: unknown, language: Language, options: ErrorOptions = {}): FieldErrors {
  const { messages = {}, fields: keyed = 'top' } = options;
  const errors = [...Value.Errors(schema, body)];
  const missing = new Set(errors.filter((e) => e.type === ValueErrorType.ObjectRequiredProperty).map((e) => e.path));
  const fields: FieldErrors = {};
  for (const error of errors) {
    if (error.type !== ValueErrorType.ObjectRequiredProperty && missing.has(error.path)) continue;
    const field = keyed === 'top' ? (error.path.split('/')[1] ?? '') : error.path.slice(1);
    if (fields[field] !== undefined) continue;
    const subject = field.split('/').filter((part) => !/^\d+$/.test(part)).pop() ?? field;
    fields[field] = messages[field] ?? messages[field.replace(/\/\d+(?=\/|$)/g, '/*')] ?? generic(error, subject, language);
  }
  return fields;
}

export interface ContractCheck<Values> {
  /** The body schema of the operation the form submits. */
  schema: TSchema;
  /** What the form would send for these values (trimmed, converted); checked against `schema`. */
  body(values: Values): unknown;
  /** The form's own sentence per field (see ErrorOptions). */
  messages?: FieldMessages;
  fields?: ErrorOptions['fields'];
  /**
   * Rules the schema cannot say (a bound from configuration, one field against another, the domain's rules with their
   * own Danish sentences). A rule's sentence is the more precise one: it replaces the schema's for the same field.
   */
  rules?(values: Values): Partial<Record<string, string | undefined>>;
}

/** A @mantine/form `validate` function from a contract check: the schema's errors, and the rules' over them. */
export function contractValidator<Values>(check: ContractCheck<Values>, language: Language): (values: Values) => FieldErrors {
  return (values) => {
    const errors = contractErrors(check.schema, check.body(values), language, check);
    for (const [field, message] of Object.entries(check.rules?.(values) ?? {})) {
      if (message) errors[field] = message;
    }
    return errors;
  };
}
