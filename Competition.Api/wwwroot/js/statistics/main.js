// The admin's statistics dashboard: GET /api/statistics with the admin key the console keeps, drawn as big numbers and
// bar charts (人 and 人次) by level, organization and group; the same figures as a workbook from /api/statistics.xlsx.
import { api, ApiError } from '../api.js';
import { $, h, replace } from '../dom.js';
import { addMessages, applyI18n, integer, lang, langSwitch, t } from '../i18n.js';
import { describeText } from '../errors.js';
import { adminKey } from '../organizer/store.js';
import { barChart } from './chart.js';
import { messages } from './messages.js';

addMessages(messages);
$('#lang').append(langSwitch());

const levels = ['enterprise', 'county', 'city', 'province', 'national'];
let last = null;

function filters() {
  const form = $('#filters');
  const query = new URLSearchParams();
  for (const name of ['level', 'organization', 'from', 'to']) {
    const value = form.elements[name].value.trim();
    if (value) query.set(name, value);
  }
  return query;
}

async function load() {
  const key = adminKey.get();
  if (!key) return flash(t('stats.needKey'));
  try {
    last = await api('GET', `/api/statistics?${filters()}`, { token: key });
    flash('');
    render();
  } catch (error) {
    flash(describeText(error));
  }
}

// The workbook needs the admin key as a header, so it is fetched and handed to the browser as a file.
async function download() {
  const query = filters();
  query.set('lang', lang());
  try {
    const response = await fetch(`/api/statistics.xlsx?${query}`, { headers: { Authorization: `Bearer ${adminKey.get()}`, 'Accept-Language': lang() } });
    if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => ({})));
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: lang() === 'en' ? 'statistics.xlsx' : '参赛统计.xlsx' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    flash(describeText(error));
  }
}

function flash(text) {
  const box = $('#flash');
  box.className = text ? 'message error' : 'message';
  box.textContent = text;
}

const labelOf = (kind, key) => (kind === 'level' ? t(`level.${key}`) : kind === 'group' && key === 'none' ? t('group.none') : key);

function chart(id, title, tallies, kind) {
  return h('section', { class: 'panel chart-panel', id },
    h('h2', {}, title),
    barChart({
      title,
      rows: tallies.map(x => ({ key: x.key, label: labelOf(kind, x.key), values: { participants: x.participants, personTimes: x.personTimes } })),
      series: [{ name: 'participants', label: t('stats.people') }, { name: 'personTimes', label: t('stats.times') }],
      format: integer,
    }));
}

function big(name, value) {
  return h('div', { class: 'figure', dataset: { figure: name } }, h('span', { class: 'value' }, integer(value)), h('span', { class: 'label' }, t(`stats.${name}`)));
}

function render() {
  if (!last) return;
  const b = last.beneficiaries;
  replace($('#figures'),
    h('section', { class: 'panel figures' }, ['contests', 'entries', 'participants', 'personTimes'].map(name => big(name, last[name]))),
    h('div', { class: 'charts' },
      chart('by-level', t('stats.byLevel'), last.byLevel, 'level'),
      chart('by-organization', t('stats.byOrganization'), last.byOrganization, 'organization'),
      chart('by-group', t('stats.byGroup'), last.byGroup, 'group')),
    h('section', { class: 'panel', id: 'beneficiaries' }, h('h2', {}, t('stats.beneficiaries')),
      h('div', { class: 'figures' }, ['awards', 'honours', 'gradeRecommendations', 'points'].map(name => big(name, b[name])))));
}

function renderForms() {
  replace($('#controls'),
    h('section', { class: 'panel' },
      h('form', { id: 'key', class: 'row', onsubmit: event => { event.preventDefault(); adminKey.set(event.target.elements.key.value.trim()); load(); } },
        h('label', {}, t('stats.adminKey'), h('input', { type: 'password', name: 'key', value: adminKey.get(), autocomplete: 'off' })),
        h('button', { type: 'submit' }, t('stats.saveKey'))),
      h('form', { id: 'filters', class: 'row', onsubmit: event => { event.preventDefault(); load(); } },
        h('label', {}, t('stats.level'), h('select', { name: 'level' },
          h('option', { value: '' }, t('stats.all')), levels.map(l => h('option', { value: l }, t(`level.${l}`))))),
        h('label', {}, t('stats.organization'), h('input', { name: 'organization' })),
        h('label', {}, t('stats.from'), h('input', { type: 'date', name: 'from' })),
        h('label', {}, t('stats.to'), h('input', { type: 'date', name: 'to' })),
        h('button', { type: 'submit', class: 'primary', name: 'show' }, t('stats.show')),
        h('button', { type: 'button', name: 'download', onclick: download }, t('stats.download')))));
}

document.addEventListener('langchange', () => {
  const kept = new URLSearchParams(filters());
  renderForms();
  for (const [name, value] of kept) $('#filters').elements[name].value = value;
  render();
  applyI18n();
});

renderForms();
applyI18n();
if (adminKey.get()) load();
