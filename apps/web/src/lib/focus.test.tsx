import { Checkbox, Radio, TextInput } from '@mantine/core';
import { render } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('on a slow machine (the test owns the clock and the frames)', () => {
    afterEach(() => {
      vi.useRealTimers();
      document.body.replaceChildren();
    });

    it.each([
      ['still finds an answer that renders after 2 s (more than 60 frames of a busy machine)', 2000, true],
      ['still finds one after 3.9 s', 3900, true],
      ['gives up on one that comes after 4 s', 4100, false],
    ])('%s', (_name, renderedAfterMs, focused) => {
      vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'requestAnimationFrame', 'performance'] });
      const button = document.createElement('button');
      focusWhenReady(() => (button.isConnected ? button : null));
      vi.advanceTimersByTime(renderedAfterMs);
      document.body.append(button);
      vi.advanceTimersByTime(100);
      expect(document.activeElement === button).toBe(focused);
    });
  });
});
