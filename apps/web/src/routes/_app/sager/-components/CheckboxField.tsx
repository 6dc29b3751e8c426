import { Checkbox, type CheckboxProps } from '@mantine/core';
import { useId } from 'react';

/**
 * A checkbox whose error message is its accessible description: Mantine shows a checkbox's error but does not link it
 * (unlike text inputs), so a screen reader on the box would not hear why the step was refused.
 */
export function CheckboxField({ error, ...props }: Omit<CheckboxProps, 'error'> & { error: string | undefined }) {
  const errorId = useId();
  return (
    <Checkbox
      {...props}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      error={error && <span id={errorId}>{error}</span>}
    />
  );
}
