import { Alert, Button, Code, CopyButton, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CreateDeviceBody, type CreatedDevice, type DeviceKind, type Location } from '@skranke/contracts';
import { IconCheck, IconCopy, IconDeviceDesktopPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuthSession } from '../../../../auth/session.ts';
import { adminDeviceKeys, createDevice } from '../../../../features/admin/devices.ts';
import { useI18n } from '../../../../i18n/i18n.tsx';
import { contractValidator } from '../../../../lib/forms.ts';

type Values = { name: string; kind: DeviceKind; locationId: string | null };
const toBody = (values: Values) => ({ name: values.name.trim(), kind: values.kind, locationId: values.locationId ?? undefined });

/** Registers a kiosk or call display, then shows its device key: the API hands it out this once only. */
export function CreateDeviceForm({ auth, locations }: { auth: AuthSession; locations: Location[] }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: { name: '', kind: 'kiosk', locationId: locations.length === 1 ? locations[0]!.id : null },
    clearInputErrorOnChange: false,
    validate: contractValidator(
      {
        schema: CreateDeviceBody,
        body: toBody,
        messages: { name: t('adminDevices.form.nameRequired'), locationId: t('adminDevices.form.locationRequired') },
      },
      language,
    ),
  });
  const [created, setCreated] = useState<CreatedDevice | null>(null);

  const create = useMutation({
    mutationFn: (body: CreateDeviceBody) => createDevice(auth, body),
    onSuccess: async (answer) => {
      setCreated(answer);
      form.setFieldValue('name', '');
      await queryClient.invalidateQueries({ queryKey: adminDeviceKeys.all });
    },
  });

  const submit = form.onSubmit((values) => {
    setCreated(null);
    create.mutate(toBody(values) as CreateDeviceBody);
  });

  return (
    <Paper component="section" aria-labelledby="create-device-heading" withBorder radius="md" p="xl">
      <Stack gap="md">
        <Title order={2} size="h3" id="create-device-heading">
          {t('adminDevices.form.heading')}
        </Title>
        <form onSubmit={submit} noValidate aria-labelledby="create-device-heading">
          <Stack gap="md">
            <Radio.Group label={t('adminDevices.form.kind')} {...form.getInputProps('kind')}>
              <Group gap="lg" mt="xs">
                <Radio value="kiosk" label={t('adminDevices.kind.kiosk')} />
                <Radio value="display" label={t('adminDevices.kind.display')} />
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('adminDevices.form.name')}
                description={t('adminDevices.form.nameHint')}
                {...form.getInputProps('name')}
                required
                maxLength={200}
                autoComplete="off"
              />
              <Select
                label={t('adminDevices.form.location')}
                data={locations.map((location) => ({ value: location.id, label: location.name }))}
                {...form.getInputProps('locationId')}
                required
                allowDeselect={false}
              />
            </SimpleGrid>
            <Button type="submit" w="fit-content" leftSection={<IconDeviceDesktopPlus size={18} aria-hidden />} loading={create.isPending}>
              {t('adminDevices.form.submit')}
            </Button>
          </Stack>
        </form>
        {create.isError && (
          <Alert color="red" variant="light" role="alert">
            {create.error.message}
          </Alert>
        )}
        <div role="status">
          {created && (
            <Alert
              color="green"
              variant="light"
              title={t('adminDevices.key.title', { name: created.device.name })}
              // Mantine's green on its light tint misses 4.5:1; dark text keeps the contrast.
              styles={{ title: { color: 'var(--mantine-color-dark-9)' }, message: { color: 'var(--mantine-color-dark-9)' } }}
            >
              <Stack gap="xs">
                <Text>{t(created.device.kind === 'kiosk' ? 'adminDevices.key.bodyKiosk' : 'adminDevices.key.bodyDisplay')}</Text>
                <Group gap="xs" wrap="nowrap">
                  <Code fz="md" data-testid="device-key" style={{ wordBreak: 'break-all' }}>
                    {created.deviceKey}
                  </Code>
                  <CopyButton value={created.deviceKey}>
                    {({ copied, copy }) => (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                        onClick={copy}
                      >
                        {t(copied ? 'adminDevices.key.copied' : 'adminDevices.key.copy')}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Text size="sm" fw={600}>
                  {t('adminDevices.key.once')}
                </Text>
              </Stack>
            </Alert>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
