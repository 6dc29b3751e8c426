import type { TSchema } from '@sinclair/typebox';
import { registerFormats, valueFailures } from '@skranke/contracts/value-errors';
import { validationMessage } from '@skranke/domain';
import type { Language } from '../i18n/i18n.tsx';

/**
 * Forms check what they are about to send against the operation's own body schema from @skranke/contracts, so a
 * form and the API cannot disagree about what is valid. This module holds TypeBox's value checker: import it only
 * from lazily loaded routes, never from the entry chunk.
 */

// The API's ajv knows the contracts' string formats; TypeBox in the browser only the ones registered.
registerFormats();

/** Field name → message. */
export type FieldErrors = Record<string, string>;

/** A form's own sentence per field, for any failure of that field (the screen's wording wins over the generic one). */
export type FieldMessages = Partial<Record<string, string>>;

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
  const fields: FieldErrors = {};
  for (const { path, failure } of valueFailures(schema, body)) {
    const field = keyed === 'top' ? (path.split('/')[1] ?? '') : path.slice(1);
    if (fields[field] !== undefined) continue;
    const subject =
      field
        .split('/')
        .filter((part) => !/^\d+$/.test(part))
        .pop() ?? field;
    fields[field] =
      messages[field] ?? messages[field.replace(/\/\d+(?=\/|$)/g, '/*')] ?? validationMessage({ ...failure, field: subject })[language];
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
