/** Form controls the intake screen and its rows share. */
import { el } from '../ui/dom';

export const input = (name: string, value = '', attrs: Record<string, string> = {}) =>
  el('input', { name, value, testid: `intake-${name}`, ...attrs });

export const labelled = (text: string, control: HTMLElement) =>
  el('label', { class: 'field' }, text, control);
