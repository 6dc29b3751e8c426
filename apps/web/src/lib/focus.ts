import { useEffect, useRef } from 'react';

/**
 * Keyboard focus after an action. A button that starts a request is disabled while it runs (and often unmounted when
 * it answers), which drops the focus onto <body>: a keyboard or screen-reader user then starts over from the top of
 * the page. These helpers put the focus on the next sensible control instead, once React has rendered it.
 */

type Finder = () => HTMLElement | null | undefined;

/**
 * How long to look for the target. Counted in time, not frames: a busy machine renders fewer frames, and a page in
 * the background none at all (the timer fallback keeps looking).
 */
const GIVE_UP_AFTER_MS = 4000;
const nextFrame = (callback: () => void) =>
  typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden'
    ? requestAnimationFrame(callback)
    : setTimeout(callback, 16);

function canTakeFocus(element: HTMLElement): boolean {
  return element.isConnected && !element.matches(':disabled, [data-loading], [aria-hidden="true"] *');
}

/**
 * Focuses what `find` returns as soon as it exists and is enabled (it may still be loading or not rendered yet).
 * Headings and other elements that do not take focus by themselves get tabindex="-1", so a script can focus them and
 * Tab still skips them. Gives up quietly after a few seconds, and when the user has put the focus elsewhere meanwhile.
 */
export function focusWhenReady(find: Finder): void {
  const startedOn = document.activeElement;
  const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
  const attempt = () => {
    const moved = document.activeElement !== startedOn && document.activeElement !== document.body;
    if (moved) return;
    const element = find();
    if (element && canTakeFocus(element)) {
      if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.tabIndex = -1;
      element.focus();
      return;
    }
    if (Date.now() < giveUpAt) nextFrame(attempt);
  };
  nextFrame(attempt);
}

/**
 * The first field marked invalid inside `root`. Mantine's `error` prop sets aria-invalid on a text field and
 * data-error on the wrapper of any field; a radio group has only the latter, so its chosen (or first) radio is taken.
 */
export function firstInvalidField(root: ParentNode | null | undefined): HTMLElement | null {
  const marked = root?.querySelector<HTMLElement>('[aria-invalid="true"], [data-error]');
  if (!marked) return null;
  if (marked.matches('input, select, textarea, button')) return marked;
  return marked.querySelector<HTMLElement>('input:checked, input:not([type="hidden"]):not(:disabled), select, textarea');
}

/** The heading of the wizard step now shown (Mantine's Stepper renders only the active step's content). */
export function activeStepHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.mantine-Stepper-content h2, .mantine-Stepper-content h3');
}

/** Focuses what `find` returns whenever `key` changes, not on the first render (the page's own start point stands). */
export function useFocusOnChange(key: unknown, find: Finder): void {
  const previous = useRef(key);
  const finder = useRef(find);
  finder.current = find;
  useEffect(() => {
    if (Object.is(previous.current, key)) return;
    previous.current = key;
    focusWhenReady(() => finder.current());
  }, [key]);
}

/** Focuses the element once, when the component mounts (a page whose one job is that field). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    focusWhenReady(() => ref.current);
  }, []);
  return ref;
}
