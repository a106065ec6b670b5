// Small form builder: every console form is a row of labelled fields and one button, and its
// submit runs through ctx.run so failures show in plain words instead of being lost.
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function field({ name, label, type = 'text', options, required = true, value, step, min, max, placeholder, width }) {
  const control = options
    ? h('select', { name, required }, options.map(([v, key, raw]) => h('option', { value: v, selected: v === value }, raw ? key : t(key))))
    : type === 'textarea'
      ? h('textarea', { name, required, placeholder })
      : h('input', { name, type, required, value, step, min, max, placeholder, style: width ? `width:${width}` : undefined });
  return h('label', {}, t(label), control);
}

export function form(ctx, name, fields, submit, onSubmit, { reset = true } = {}) {
  const node = h('form', { name, class: 'row' }, fields.map(field), h('button', { type: 'submit' }, t(submit)));
  node.addEventListener('submit', event => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(node).entries());
    ctx.run(node, async () => {
      await onSubmit(values, node);
      if (reset) node.reset();
    });
  });
  return node;
}

export function button(ctx, label, onClick, { kind = 'secondary', name } = {}) {
  const node = h('button', { type: 'button', class: kind, name });
  node.textContent = t(label);
  node.addEventListener('click', () => ctx.run(node, onClick));
  return node;
}

// Prompts for a reason with the browser's own dialog; an empty answer cancels.
export function askReason(label) {
  const reason = prompt(t(label));
  return reason && reason.trim() ? reason.trim() : null;
}
