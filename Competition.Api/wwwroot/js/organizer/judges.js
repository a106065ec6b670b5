// Appoint judges; each judge's token is shown as a QR code that opens the tablet signed in
// (/judge#token=…: a fragment never reaches a server or a log). The judges are the contest's (the server's list);
// a token is known only to the browser that appointed the judge or last re-issued it, so on another browser
// the card offers to re-issue one.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { secretQr } from '../qr.js';
import { publicUrl } from '../venue.js';
import { button, editDialog } from './forms.js';
import * as store from './store.js';

export function renderJudges(ctx) {
  const categories = ctx.contest.categories ?? [];
  const judges = knownJudges(ctx);
  return h('section', { class: 'panel', id: 'judges' },
    h('h2', {}, t('org.judges')),
    appointForm(ctx, categories),
    judges.length ? h('div', { class: 'row no-print' }, button(ctx, 'org.printJudgeCards', () => printCards(), { name: 'print-judge-cards' }),
      h('span', { class: 'muted' }, t('org.printJudgeCardsHelp'))) : null,
    judges.length ? h('div', { class: 'judge-cards' }, judges.map(([id, judge]) => judgeCard(ctx, id, judge, categories))) : null);
}

// The server's judges (the console waits for the view to include its own change), with the token this browser
// holds for each, if any.
function knownJudges(ctx) {
  const local = store.judges.all(ctx.cid);
  return (ctx.contest.judges ?? []).map(j => [j.id, { ...j, token: local[j.id]?.token ?? null, known: local[j.id] !== undefined }]);
}

function printCards() {
  document.body.classList.add('printing-judges');
  addEventListener('afterprint', () => document.body.classList.remove('printing-judges'), { once: true });
  print();
}

function appointForm(ctx, categories) {
  const checks = (name, items) => h('fieldset', { class: 'checks' },
    items.map(item => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: item.id }), item.label)));
  const node = h('form', { name: 'appoint-judge' },
    h('div', { class: 'row' },
      h('label', {}, t('org.judgeName'), h('input', { name: 'name', required: true })),
      h('label', {}, t('org.organization'), h('input', { name: 'organization', required: true })),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'chief' }), t('org.chief'))),
    h('p', { class: 'muted' }, t('org.judgeCategories')),
    checks('categoryIds', categories.map(c => ({ id: c.id, label: c.name }))),
    h('p', { class: 'muted' }, t('org.judgeStages')),
    checks('stageIds', categories.flatMap(c => (c.stages ?? []).map(s => ({ id: s.id, label: `${c.name} · ${s.name}` })))),
    h('button', { type: 'submit' }, t('org.appoint')));
  node.addEventListener('submit', event => {
    event.preventDefault();
    ctx.run(node, async () => {
      const data = new FormData(node);
      const body = {
        name: data.get('name'), organization: data.get('organization'),
        categoryIds: data.getAll('categoryIds'), chief: data.get('chief') === 'on',
      };
      const stageIds = data.getAll('stageIds');
      if (stageIds.length) body.stageIds = stageIds;
      if (!body.categoryIds.length) throw new Error(t('org.pickCategory'));
      await ctx.change(async () => {
        const answer = await ctx.call('POST', '/judges', { body });
        store.judges.put(ctx.cid, answer.id, { ...body, token: answer.token });
      });
    });
  });
  return node;
}

function judgeCard(ctx, id, judge, categories) {
  const names = judge.categoryIds.map(cid => categories.find(c => c.id === cid)?.name ?? cid).join(', ');
  return h('article', { class: 'judge-card', dataset: { name: judge.name, id } },
    judge.token ? secretQr(judgeLink(judge), t('org.judgeQr', { name: judge.name })) : null,
    h('div', {},
      h('strong', {}, judge.name), judge.chief ? h('span', { class: 'pill ok' }, t('org.chief')) : null,
      judge.token ? null : h('span', { class: 'pill warn' }, t(judge.known ? 'org.tokenRevoked' : 'org.tokenElsewhere')),
      h('div', { class: 'muted' }, judge.organization), h('div', {}, names),
      judge.token ? h('a', { href: judgeLink(judge), target: '_blank', class: 'judge-link' }, t('org.openTablet')) : null,
      judge.token ? h('details', {}, h('summary', {}, t('org.showToken')), h('p', { class: 'token' }, judge.token)) : null,
      judge.token || judge.known ? null : h('p', { class: 'muted no-print' }, t('org.tokenElsewhereHelp')),
      h('div', { class: 'row no-print' }, tokenButtons(ctx, id, judge), judgeButtons(ctx, id, judge, categories))));
}

function judgeButtons(ctx, id, judge, categories) {
  const marked = categories.filter(c => judge.categoryIds?.includes(c.id))
    .some(c => (c.stages ?? []).some(s => (s.status ?? 'pending') !== 'pending' && (!judge.stageIds?.length || judge.stageIds.includes(s.id))));
  return [
    button(ctx, 'org.edit', () => editDialog({
      name: 'judge', title: t('org.editJudge', { name: judge.name }), help: marked ? t('org.editJudgeMarked') : null,
      fields: [
        { name: 'name', label: 'org.judgeName', value: judge.name },
        marked ? null : { name: 'organization', label: 'org.organization', value: judge.organization },
        { name: 'chief', label: 'org.chief', type: 'checkbox', value: judge.chief },
      ].filter(Boolean),
      submit: async ({ name, organization, chief }) => {
        const body = { name, chief: chief === 'on' };
        if (organization !== undefined) body.organization = organization;
        await ctx.change(() => ctx.call('PATCH', `/judges/${id}`, { body }));
        store.judges.put(ctx.cid, id, body);
      },
    }), { name: 'edit-judge' }),
    marked ? null : button(ctx, 'org.remove', async () => {
      await ctx.change(() => ctx.call('DELETE', `/judges/${id}`));
      store.judges.put(ctx.cid, id, { token: null });
    }, { name: 'remove-judge', kind: 'danger', confirm: () => ({ title: t('org.removeTitle', { name: judge.name }), consequence: t('org.removeJudgeConfirm') }) }),
  ];
}

const judgeLink = judge => `${publicUrl()}/judge#token=${encodeURIComponent(judge.token)}`;

// A lost tablet: revoke stops its token at once; a new token (new QR code) signs the judge in elsewhere.
function tokenButtons(ctx, id, judge) {
  const path = `/judges/${encodeURIComponent(id)}/token`;
  return [
    button(ctx, 'org.newToken', async () => {
      const answer = await ctx.call('POST', `${path}/rotate`);
      store.judges.put(ctx.cid, id, { token: answer.token });
      await ctx.reload();
    }, {
      name: 'rotate-judge-token',
      // A token this browser does not hold may still be in use on a tablet: re-issuing signs that tablet out too.
      confirm: judge.token || !judge.known ? () => ({ title: t('org.newToken'), consequence: t('org.newTokenConfirm', { name: judge.name }) }) : undefined,
    }),
    judge.token ? button(ctx, 'org.revokeToken', async () => {
      await ctx.call('POST', `${path}/revoke`);
      store.judges.put(ctx.cid, id, { token: null });
      await ctx.reload();
    }, { name: 'revoke-judge-token', confirm: () => ({ title: t('org.revokeToken'), consequence: t('org.revokeTokenConfirm', { name: judge.name }) }) }) : null,
  ];
}
