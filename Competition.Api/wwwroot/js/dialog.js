// In-page dialogs for every page: a confirmation that names what the action does, and a reason asked
// for in a form. The browser's own confirm() and prompt() cannot be styled, read English buttons on a
// Chinese page, and block the page's live updates while open.
import { h } from './dom.js';
import { addMessages, t } from './i18n.js';

/**
 * Asks before an action that cannot be undone. Resolves true when confirmed, false when cancelled
 * (the button, Esc or the backdrop). `consequence` is the sentence that says what will happen.
 */
export function confirmAction({ title, consequence, confirm = t('dialog.confirm'), danger = true }) {
  return open({ title, consequence, confirm, danger }).then(answer => answer !== null);
}

/** Asks for a reason; resolves the trimmed text, or null when cancelled. The reason is required. */
export function askReason({ title, consequence, label = t('dialog.reason'), confirm = t('dialog.confirm'), value = '' }) {
  return open({ title, consequence, confirm, danger: false, reason: { label, value } });
}

function open({ title, consequence, confirm, danger, reason }) {
  return new Promise(resolve => {
    const input = reason ? h('textarea', { name: 'reason', required: true, rows: 3, maxlength: 500 }) : null;
    if (input) input.value = reason.value;
    const ok = h('button', { type: 'submit', value: 'ok', class: danger ? 'danger' : '', name: 'confirm' }, confirm);
    const cancel = h('button', { type: 'button', class: 'secondary', name: 'cancel' }, t('dialog.cancel'));
    const form = h('form', { method: 'dialog' },
      h('h2', {}, title),
      consequence ? h('p', { class: 'consequence' }, consequence) : null,
      input ? h('label', { class: 'reason' }, reason.label, input) : null,
      h('div', { class: 'row actions' }, cancel, ok));
    const dialog = h('dialog', { class: 'ask', role: 'alertdialog' }, form);
    let answer = null;
    form.addEventListener('submit', event => {
      event.preventDefault();
      if (input && !input.value.trim()) { input.focus(); return; }
      answer = input ? input.value.trim() : true;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', event => { if (event.target === dialog) dialog.close(); });
    dialog.addEventListener('close', () => { dialog.remove(); resolve(answer); });
    document.body.append(dialog);
    dialog.showModal();
    (input ?? ok).focus();
  });
}

const messages = {
  'zh-CN': { 'dialog.confirm': '确定', 'dialog.cancel': '取消', 'dialog.reason': '理由' },
  en: { 'dialog.confirm': 'Confirm', 'dialog.cancel': 'Cancel', 'dialog.reason': 'Reason' },
};
addMessages(messages);
