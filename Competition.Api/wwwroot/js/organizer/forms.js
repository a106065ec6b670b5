// Small form builder: every console form is a row of labelled fields and one button, and its
// submit runs through ctx.run so failures show in plain words instead of being lost.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { askReason as ask, confirmAction } from '../dialog.js';
import { describeText } from '../errors.js';

export function field({ name, label, type = 'text', options, required = true, value, step, min, max, placeholder, width }) {
  const control = options
    ? h('select', { name, required }, options.map(([v, key, raw]) => h('option', { value: v, selected: v === value }, raw ? key : t(key))))
    : type === 'textarea'
      ? Object.assign(h('textarea', { name, required, placeholder }), { value: value ?? '' })
      : type === 'checkbox'
        ? h('input', { name, type, checked: Boolean(value) })
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

// An in-page form in a dialog (a correction: rename, re-weigh, …). It stays open while `submit` runs, and a refusal
// is shown inside it, beside the fields, so nothing typed is lost; resolves true once submitted, false if cancelled.
export function editDialog({ title, help, fields, submit, name }) {
  return new Promise(resolve => {
    const problem = h('p', { class: 'message error', role: 'alert' });
    const save = h('button', { type: 'submit', name: 'save' }, t('org.save'));
    const cancel = h('button', { type: 'button', class: 'secondary', name: 'cancel' }, t('dialog.cancel'));
    const node = h('form', {}, h('h2', {}, title), help ? h('p', { class: 'muted' }, help) : null,
      h('div', { class: 'fields' }, fields.map(field)), problem, h('div', { class: 'row actions' }, cancel, save));
    const dialog = h('dialog', { class: 'ask edit', dataset: { edit: name ?? '' } }, node);
    let done = false;
    node.addEventListener('submit', async event => {
      event.preventDefault();
      save.disabled = true;
      problem.textContent = '';
      try {
        await submit(Object.fromEntries(new FormData(node).entries()));
        done = true;
        dialog.close();
      } catch (error) {
        problem.textContent = describeText(error);
      } finally {
        save.disabled = false;
      }
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => { dialog.remove(); resolve(done); });
    document.body.append(dialog);
    dialog.showModal();
  });
}
