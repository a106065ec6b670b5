// Small form builder: every console form is a row of labelled fields and one button, and its
// submit runs through ctx.run so failures show in plain words instead of being lost.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { askReason as ask, confirmAction } from '../dialog.js';

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

// `confirm` (a function giving the dialog's { title, consequence }) asks first, for an action that cannot be
// taken back or that changes what others see.
export function button(ctx, label, onClick, { kind = 'secondary', name, confirm } = {}) {
  const node = h('button', { type: 'button', class: kind, name });
  node.textContent = t(label);
  node.addEventListener('click', async () => {
    if (confirm && !(await confirmAction(confirm()))) return;
    await ctx.run(node, onClick);
  });
  return node;
}

// Asks for a reason in an in-page dialog (js/dialog.js); resolves null when cancelled.
export function askReason(label, consequence) {
  return ask({ title: t(label), consequence });
}
