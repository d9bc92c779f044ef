/**
 * A menu button (WAI-ARIA menu pattern): the button opens a list of actions; arrow keys only
 * move between them, Enter or Space runs one, Escape or Tab closes the menu. Unlike a <select>,
 * whose arrow keys fire `change`, nothing runs until the analyst chooses it.
 */
import { button, el } from './dom';

export interface MenuItem {
  label: string;
  testid: string;
  run: () => void;
}

export function menuButton(
  label: string,
  items: readonly MenuItem[],
  attrs: { 'aria-label': string; testid: string },
): HTMLElement {
  const id = `menu-${attrs.testid}`;
  const wrap = el('div', { class: 'menu-wrap' });
  const list = el('ul', { class: 'menu', role: 'menu', id, 'aria-label': attrs['aria-label'] });
  list.hidden = true;
  const trigger = button(label, () => (list.hidden ? open(0) : close(false)), {
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-controls': id,
    'aria-label': attrs['aria-label'],
    testid: attrs.testid,
  });
  const entries = items.map((item) => {
    const li = el('li', {
      role: 'menuitem',
      tabindex: -1,
      testid: item.testid,
      text: item.label,
    });
    li.addEventListener('click', () => {
      close(true);
      item.run();
    });
    return li;
  });
  list.append(...entries);
  wrap.append(trigger, list);

  function open(index: number): void {
    list.hidden = false;
    trigger.setAttribute('aria-expanded', 'true');
    entries[(index + entries.length) % entries.length]?.focus();
  }
  function close(refocus: boolean): void {
    list.hidden = true;
    trigger.setAttribute('aria-expanded', 'false');
    if (refocus) trigger.focus();
  }
  trigger.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      open(ev.key === 'ArrowDown' ? 0 : -1);
    }
  });
  list.addEventListener('keydown', (ev) => {
    const at = entries.indexOf(document.activeElement as HTMLLIElement);
    const move = (to: number) => {
      ev.preventDefault();
      entries[(to + entries.length) % entries.length]?.focus();
    };
    if (ev.key === 'ArrowDown') move(at + 1);
    else if (ev.key === 'ArrowUp') move(at - 1);
    else if (ev.key === 'Home') move(0);
    else if (ev.key === 'End') move(entries.length - 1);
    else if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation();
      close(true);
    } else if (ev.key === 'Tab') close(false);
    else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      entries[at]?.click();
    }
  });
  document.addEventListener('click', (ev) => {
    if (!list.hidden && !wrap.contains(ev.target as Node)) close(false);
  });
  return wrap;
}
