import { Checkbox, Radio, TextInput } from '@mantine/core';
import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { firstInvalidField, focusWhenReady } from './focus.ts';

const inForm = (ui: React.ReactNode) =>
  render(
    <MantineProvider>
      <form>{ui}</form>
    </MantineProvider>,
  ).container.querySelector('form');

describe('firstInvalidField', () => {
  it.each([
    [
      'a text field',
      <>
        <TextInput label="Navn" />
        <TextInput label="Pasnummer" error="Pasnummeret skal udfyldes." />
      </>,
      'Pasnummer',
    ],
    [
      'a radio group (no aria-invalid of its own): its first radio',
      <>
        <TextInput label="Navn" />
        <Radio.Group label="Ansøger" error="Vælg, hvem der møder op.">
          <Radio value="a" label="Borgeren" />
          <Radio value="b" label="Værge" />
        </Radio.Group>
      </>,
      'Borgeren',
    ],
    [
      'the first of several',
      <>
        <Checkbox label="Underskrevet" error="Skal underskrives." />
        <TextInput label="Pasnummer" error="Forkert." />
      </>,
      'Underskrevet',
    ],
  ])('%s', (_name, ui, label) => {
    const field = firstInvalidField(inForm(ui)) as HTMLInputElement | null;
    expect(field?.labels?.[0]?.textContent).toContain(label);
  });

  it('none when nothing is marked', () => {
    expect(firstInvalidField(inForm(<TextInput label="Navn" />))).toBeNull();
  });
});

describe('focusWhenReady', () => {
  it('waits until the element is rendered and enabled, and makes a heading focusable by script only', async () => {
    const heading = document.createElement('h2');
    let ready = false;
    focusWhenReady(() => (ready ? heading : null));
    document.body.append(heading);
    ready = true;
    await expect.poll(() => document.activeElement).toBe(heading);
    expect(heading.tabIndex).toBe(-1);
    heading.remove();
  });
});
