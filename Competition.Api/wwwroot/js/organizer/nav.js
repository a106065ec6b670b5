// Navigation by section: a sticky bar of tabs, one section shown at a time, the choice kept in the URL hash
// (#contest=…&section=…) so that a reload or a shared link opens the same section. Long lists get a search box.
import { h } from '../dom.js';
import { addMessages, t } from '../i18n.js';

addMessages({
  'zh-CN': { 'nav.label': '管理台分区', 'nav.setup': '赛项设置', 'nav.entries': '报名', 'nav.judges': '裁判', 'nav.judging': '评分', 'nav.rounds': '考核期',
    'nav.points': '积分', 'nav.awards': '评奖', 'nav.results': '成绩', 'nav.search': '搜索…' },
  en: { 'nav.label': 'Console sections', 'nav.setup': 'Set-up', 'nav.entries': 'Entries', 'nav.judges': 'Judges', 'nav.judging': 'Judging', 'nav.rounds': 'Rounds',
    'nav.points': 'Points', 'nav.awards': 'Awards', 'nav.results': 'Results', 'nav.search': 'Search…' },
});

// The sections of a contest of each kind, in the order of the work.
export const sectionsOf = kind => kind === 'labour'
  ? ['setup', 'entries', 'judges', 'rounds', 'awards', 'results']
  : kind === 'points'
    ? ['setup', 'entries', 'judges', 'points', 'awards', 'results']
    : ['setup', 'entries', 'judges', 'judging', 'awards'];

export function currentSection(kind) {
  const wanted = new URLSearchParams(location.hash.slice(1)).get('section');
  const all = sectionsOf(kind);
  return all.includes(wanted) ? wanted : all[0];
}

function choose(name) {
  const params = new URLSearchParams(location.hash.slice(1));
  params.set('section', name);
  // replaceState: no hashchange, so the contest is not read again for a change of tab.
  history.replaceState(null, '', `#${params}`);
  show(name);
}

export function show(name) {
  for (const tab of document.querySelectorAll('nav.sections button')) tab.setAttribute('aria-selected', String(tab.value === name));
  for (const section of document.querySelectorAll('#contest section.panel[id]'))
    section.hidden = section.dataset.section !== undefined && section.dataset.section !== name;
}

export function sectionBar(kind) {
  return h('nav', { class: 'sections', role: 'tablist', 'aria-label': t('nav.label') },
    sectionsOf(kind).map(name => h('button', { type: 'button', role: 'tab', value: name, name: `section-${name}`, onclick: () => choose(name) },
      t(`nav.${name}`))));
}

// Marks a rendered section as the tab `name` shows.
export const tab = (node, name) => { node.dataset.section = name; return node; };

// A search box that hides the rows (of `selector`, inside `root`) whose text does not contain what is typed.
// What was typed is kept per list, across the re-renders after each change.
const queries = new Map();
export function searchBox(root, selector, key) {
  const filter = () => {
    const words = (queries.get(key) ?? '').trim().toLowerCase();
    for (const row of root.querySelectorAll(selector)) row.hidden = words !== '' && !row.textContent.toLowerCase().includes(words);
  };
  const input = h('input', {
    type: 'search', name: `search-${key}`, placeholder: t('nav.search'), 'aria-label': t('nav.search'), class: 'search',
    oninput: () => { queries.set(key, input.value); filter(); },
  });
  input.value = queries.get(key) ?? '';
  queueMicrotask(filter);
  return input;
}
