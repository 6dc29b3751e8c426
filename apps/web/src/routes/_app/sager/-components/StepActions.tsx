import { Button, Group } from '@mantine/core';
import { useI18n } from '../../../../i18n/i18n.tsx';

/** Back and "save and continue", the same on every step. */
export function StepActions({ pending, onBack }: { pending: boolean; onBack: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <Group justify="space-between" mt="md">
      {onBack ? (
        <Button variant="default" onClick={onBack}>
          {t('wizard.back')}
        </Button>
      ) : (
        <span />
      )}
      <Button type="submit" loading={pending}>
        {t('wizard.saveAndContinue')}
      </Button>
    </Group>
  );
}

export interface StepFormProps<T> {
  initial: T | undefined;
  pending: boolean;
  error: unknown;
  onBack: (() => void) | undefined;
  onSave(data: T): void;
}
