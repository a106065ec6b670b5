// Organizer console: pick or create a contest (admin key), then every section works on that
// contest with its organizer token. Sections re-render from GET /api/contests/{cid} after each
// change; the judging section is also fed live by the leaderboard hub.
import { api, contestPath } from '../api.js';
import { $, h, replace } from '../dom.js';
import { addMessages, applyI18n, langSwitch, t } from '../i18n.js';
import { describeText } from '../errors.js';
import { messages } from './messages.js';
import { renderStart } from './start.js';
import { renderSetup } from './setup.js';
import { renderEntries } from './entries.js';
import { renderJudges } from './judges.js';
import { renderJudging } from './judging.js';
import { renderAwards } from './awards.js';
import { renderPromotion } from './promotion.js';
import { renderDevice } from './device.js';
import { currentSection, searchBox, sectionBar, show, tab } from './nav.js';
import { renderLabourSetup, renderRounds, renderLabourResults } from './labour/index.js';
import { renderPointsSetup, renderPoints, renderPointsResults } from './points/index.js';
import { loadVenue, unreachable } from '../venue.js';
import * as store from './store.js';

addMessages(messages);
$('#lang').append(langSwitch());

const ctx = {
  cid: null, token: null, contest: null,
  flash(text, kind = 'error') {
    const box = $('#flash');
    box.className = `message ${kind}`;
    box.textContent = text;
    if (text) box.scrollIntoView({ block: 'nearest' });
  },
  // A refusal is shown beside what caused it (the form, the row, the button), not at the top of a long page.
  async run(control, work) {
    if (control) control.disabled = true;
    this.flash('');
    clearProblem(control);
    try {
      await work();
    } catch (error) {
      if (control?.isConnected) showProblem(control, describeText(error)); else this.flash(describeText(error));
    } finally {
      if (control) control.disabled = false;
    }
  },
  call(method, rest, options = {}) {
    return api(method, contestPath(this.cid, rest), { token: this.token, ...options });
  },
  // The contest view is a projection and may trail a command by a moment: after a change, wait
  // (briefly) for a view whose sequence is newer than the one shown before it.
  async change(work) {
    const before = this.contest?.sequence;
    const result = await work();
    await this.reload(before);
    return result;
  },
  async reload(newerThan) {
    const deadline = Date.now() + 5000;
    // With the organizer token: the judges are listed to the organizer only.
    const read = () => api('GET', contestPath(this.cid), { token: this.token });
    let contest = await read();
    while (newerThan !== undefined && contest.sequence !== undefined && !(contest.sequence > newerThan) && Date.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 100));
      contest = await read();
    }
    this.contest = contest;
    render();
  },
  open(cid) { location.hash = `contest=${encodeURIComponent(cid)}`; },
};

let judging;

function problemPlace(control) {
  const form = control.closest('form');
  if (form) return { after: form };
  const cell = control.closest('td, li');
  return cell ? { inside: cell } : { after: control.closest('.row') ?? control };
}

function clearProblem(control) {
  if (!control?.isConnected) return;
  const { after, inside } = problemPlace(control);
  const old = inside ? inside.querySelector(':scope > .message.problem') : after.nextElementSibling?.matches('.message.problem') ? after.nextElementSibling : null;
  old?.remove();
}

function showProblem(control, text) {
  const { after, inside } = problemPlace(control);
  const node = h('p', { class: 'message error problem', role: 'alert' }, text);
  if (inside) inside.append(node); else after.after(node);
  node.scrollIntoView({ block: 'nearest' });
}

function render() {
  applyI18n();
  replace($('#venue'), venueWarning());
  replace($('#start'), renderStart(ctx));
  const view = $('#contest');
  if (!ctx.contest) { view.replaceChildren(); return; }
  judging?.dispose();
  const kind = ctx.contest.kind ?? 'skills';
  judging = kind === 'skills' ? renderJudging(ctx) : null;
  replace(view,
    h('h2', { class: 'contest-name' }, ctx.contest.name, ' ', h('span', { class: 'pill', dataset: { kind: ctx.contest.kind ?? '' } }, ctx.contest.kind ? t(`kind.${ctx.contest.kind}`) : ''),
      ctx.contest.level ? [' ', h('span', { class: 'pill', dataset: { level: ctx.contest.level } }, t(`level.${ctx.contest.level}`))] : null),
    h('p', { class: 'muted' }, t('org.contestId'), ': ', h('code', {}, ctx.cid), ' · ',
      h('a', { href: `/screen/${encodeURIComponent(ctx.cid)}`, target: '_blank' }, t('org.openScreen'))),
    renderDevice(ctx), sectionBar(kind), ...sections(kind));
  for (const [id, selector] of [['entries', 'tr.entry'], ['judges', '.judge-card']]) {
    const section = $(`#${id}`);
    section?.querySelector('h2')?.after(searchBox(section, selector, `${ctx.cid}:${id}`));
  }
  show(currentSection(kind));
}

// A contest that selects for a parent one promotes from its confirmed awards, on the same tab.
function awardsTab() {
  const awards = renderAwards(ctx);
  if (ctx.contest.parentId) awards.append(renderPromotion(ctx));
  return awards;
}

// Each kind's sections, every one a tab of the section bar.
function sections(kind) {
  const common = [tab(renderEntries(ctx), 'entries'), tab(renderJudges(ctx), 'judges')];
  if (kind === 'labour')
    return [tab(renderLabourSetup(ctx), 'setup'), ...common, tab(renderRounds(ctx), 'rounds'), tab(awardsTab(), 'awards'), tab(renderLabourResults(ctx), 'results')];
  if (kind === 'points')
    return [tab(renderPointsSetup(ctx), 'setup'), ...common, tab(renderPoints(ctx), 'points'), tab(awardsTab(), 'awards'), tab(renderPointsResults(ctx), 'results')];
  return [tab(renderSetup(ctx), 'setup'), ...common, tab(judging.node, 'judging'), tab(awardsTab(), 'awards')];
}

async function route() {
  const cid = new URLSearchParams(location.hash.slice(1)).get('contest');
  ctx.cid = cid; ctx.contest = null;
  ctx.token = cid ? store.contests.get(cid)?.token ?? null : null;
  if (!cid) { judging?.dispose(); judging = null; render(); return; }
  await ctx.run(null, () => ctx.reload());
  if (!ctx.contest) render();
}

// Opened as localhost, the QR codes would send tablets and phones nowhere: say so, and where to open it instead.
function venueWarning() {
  const addresses = unreachable();
  if (!addresses) return null;
  const here = `${location.pathname}${location.hash}`;
  return h('div', { class: 'message error', id: 'venue-warning' },
    h('strong', {}, t('org.localhost')), ' ',
    addresses.length ? [t('org.openAt'), ' ', addresses.map((a, i) => [i ? ', ' : '', h('a', { href: `${a}${here}` }, a)])] : t('org.noNetwork'));
}

addEventListener('hashchange', route);
document.addEventListener('langchange', render);
loadVenue().finally(route);
