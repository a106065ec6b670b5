// Awards workflow per category: propose, public notice (公示), appeals, confirm, revoke.
import { h, replace } from '../dom.js';
import { dateTime, lang, number, ordinal, t } from '../i18n.js';
import { askReason, button } from './forms.js';
import { knownEntries } from './entries.js';
import { renderHonours } from './honours.js';

export function renderAwards(ctx) {
  return h('section', { class: 'panel', id: 'awards' }, h('h2', {}, t('org.awards')),
    (ctx.contest.categories ?? []).map(category => renderCategory(ctx, category)), renderHonours(ctx));
}

function renderCategory(ctx, category) {
  const body = h('div', {});
  const path = `/categories/${category.id}/awards`;
  // The awards view trails commands by a moment: after one, wait for a newer sequence.
  const load = async newerThan => {
    const deadline = Date.now() + 5000;
    let awards = await ctx.call('GET', path);
    while (newerThan !== undefined && !(awards.sequence > newerThan) && Date.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 100));
      awards = await ctx.call('GET', path);
    }
    replace(body, view(ctx, category, path, awards, load));
  };
  ctx.run(null, () => load());
  return h('article', { class: 'category', dataset: { name: category.name, id: category.id } }, h('h3', {}, category.name), body);
}

function view(ctx, category, path, awards, load) {
  const entries = knownEntries(ctx);
  const nameOf = id => entries.find(e => e.id === id)?.name ?? id;
  const days = h('input', { type: 'number', name: 'days', min: 0, step: 1, value: '7', style: 'width:5rem' });
  const then = work => async () => { await work(); await load(awards.sequence); };
  return h('div', {},
    h('p', {}, t('org.awardStatus'), ': ', h('span', { class: 'pill', dataset: { status: awards.status } }, t(`awards.${awards.status}`)),
      awards.noticeEndsAt ? ` · ${t('org.noticeEnds')} ${dateTime(awards.noticeEndsAt)}` : ''),
    afterUpheld(ctx, category, awards, nameOf),
    printouts(ctx, category),
    h('div', { class: 'row' },
      button(ctx, 'org.propose', then(() => ctx.call('POST', `${path}/propose`)), { name: 'propose' }),
      h('label', {}, t('org.noticeDays'), days),
      button(ctx, 'org.startNotice', then(() => ctx.call('POST', `${path}/notice`, { body: { days: Number(days.value) } })), {
        name: 'notice', confirm: () => ({ title: t('org.startNotice'), consequence: t('org.noticeConfirm', { days: days.value }) }),
      }),
      button(ctx, 'org.confirm', then(() => ctx.call('POST', `${path}/confirm`)), {
        kind: 'primary', name: 'confirm', confirm: () => ({ title: t('org.confirmAwardsTitle'), consequence: t('org.confirmAwardsConfirm') }),
      })),
    (awards.awards ?? []).length ? h('table', { class: 'award-list' },
      h('thead', {}, h('tr', {}, ['org.tier', 'org.rank', 'org.entryName', 'org.total', ''].map(k => h('th', {}, k && t(k))))),
      h('tbody', {}, awards.awards.map(award => h('tr', {},
        h('td', {}, award.tier), h('td', {}, ordinal(award.rank)), h('td', {}, nameOf(award.entryId)),
        h('td', { class: 'num' }, number(award.total)),
        h('td', {}, awards.status === 'confirmed' ? button(ctx, 'org.revoke', then(async () => {
          const reason = await askReason('org.reasonRevoke');
          if (reason) await ctx.call('POST', `${path}/${award.entryId}/revoke`, { body: { reason } });
        })) : null))))) : null,
    appeals(ctx, path, awards, entries, nameOf, then));
}

// The printed notice and certificates and the results workbook: pages and files of the server, in the console's language.
function printouts(ctx, category) {
  const base = `/contests/${encodeURIComponent(ctx.cid)}/categories/${encodeURIComponent(category.id)}`;
  const query = `?lang=${encodeURIComponent(lang())}`;
  return h('p', { class: 'row printouts' },
    h('a', { class: 'button', name: 'notice-page', href: `${base}/notice${query}`, target: '_blank', rel: 'noopener' }, t('org.printNotice')),
    h('a', { class: 'button', name: 'certificates-page', href: `${base}/certificates${query}`, target: '_blank', rel: 'noopener' }, t('org.printCertificates')),
    h('a', { class: 'button', name: 'results-xlsx', href: `/api${base}/results.xlsx${query}`, download: '' }, t('org.resultsXlsx')));
}

function appeals(ctx, path, awards, entries, nameOf, then) {
  const entry = h('select', { name: 'entryId' }, entries.map(e => h('option', { value: e.id }, `${e.bib ?? '–'} ${e.name ?? ''}`)));
  const reason = h('input', { name: 'reason', style: 'width:20rem' });
  return h('div', { class: 'appeals' },
    h('h4', {}, t('org.appeals')),
    h('ul', {}, (awards.appeals ?? []).map(appeal => {
      const note = h('input', { name: 'note', placeholder: t('org.note') });
      const open = !appeal.resolved && appeal.status !== 'resolved' && appeal.upheld === undefined;
      return h('li', { class: 'appeal' },
        h('strong', {}, nameOf(appeal.entryId)), ': ', appeal.reason ?? '',
        open ? h('span', { class: 'row' }, note,
          button(ctx, 'org.uphold', then(() => ctx.call('POST', `${path}/appeals/${appeal.id}/resolve`, { body: { upheld: true, note: note.value } })), {
            name: 'uphold', confirm: () => ({ title: t('org.upholdTitle', { name: nameOf(appeal.entryId) }), consequence: t('org.upholdConfirm') }),
          }),
          button(ctx, 'org.dismiss', then(() => ctx.call('POST', `${path}/appeals/${appeal.id}/resolve`, { body: { upheld: false, note: note.value } })), {
            name: 'dismiss', confirm: () => ({ title: t('org.dismissTitle', { name: nameOf(appeal.entryId) }), consequence: t('org.dismissConfirm') }),
          }))
          : h('span', { class: 'pill' }, t(appeal.upheld ? 'org.upheld' : 'org.dismissed'), appeal.note ? ` · ${appeal.note}` : ''));
    })),
    awards.status === 'notice' ? h('div', { class: 'row' },
      h('label', {}, t('org.entry'), entry), h('label', {}, t('org.reason'), reason),
      button(ctx, 'org.lodgeAppeal', then(() => ctx.call('POST', `${path}/appeals`, { body: { entryId: entry.value, reason: reason.value } })))) : null);
}

// An upheld appeal withdraws the proposal: say so, and what to do next, with the way to the sheets to correct.
function afterUpheld(ctx, category, awards, nameOf) {
  const upheld = (awards.appeals ?? []).filter(a => a.upheld === true);
  if (awards.status !== 'none' || !upheld.length) return null;
  const toJudging = () => {
    const target = document.querySelector(`#judging article.category[data-id="${CSS.escape(category.id)}"]`);
    target?.scrollIntoView({ block: 'start' });
    target?.classList.add('attention');
  };
  return h('div', { class: 'message info after-upheld' },
    h('strong', {}, t('org.upheldWithdrawn', { names: upheld.map(a => nameOf(a.entryId)).join('、') })),
    h('ol', {}, h('li', {}, t('org.upheldStep1')), h('li', {}, t('org.upheldStep2')), h('li', {}, t('org.upheldStep3'))),
    button(ctx, 'org.toSheets', toJudging, { kind: 'primary', name: 'to-sheets' }));
}
