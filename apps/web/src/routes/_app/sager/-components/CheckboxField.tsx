import { Checkbox, type CheckboxProps } from '@mantine/core';
import { useId } from 'react';

/**
 * A checkbox whose error message is its accessible description: Mantine shows a checkbox's error but does not link it
 * (unlike text inputs), so a screen reader on the box would not hear why the step was refused. A description (a hint)
 * is linked the same way.
 */
export function CheckboxField({ error, description, ...props }: Omit<CheckboxProps, 'error'> & { error?: string | undefined }) {
  const errorId = useId();
  const descriptionId = useId();
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <Checkbox
      {...props}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy || undefined}
      description={description && <span id={descriptionId}>{description}</span>}
      error={error && <span id={errorId}>{error}</span>}
    />
  );
}
