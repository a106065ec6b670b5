// Navigation by section: a sticky bar of anchors over the sections (all stay on the page, so nothing typed in one is
// lost by going to another); the choice is kept in the URL hash (#contest=…&section=…), so that a reload or a shared
// link opens at the same section, and highlighted as the page scrolls. Long lists get a search box.
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
  show(name, true);
}

// Highlights the section's anchor; scrolls to it when asked (a click, or the first view of a contest).
let scrolledFor = null;
export function show(name, scroll = false) {
  for (const tab of document.querySelectorAll('nav.sections button')) tab.setAttribute('aria-current', String(tab.value === name));
  const cid = new URLSearchParams(location.hash.slice(1)).get('contest');
  if (scroll || (scrolledFor !== cid && new URLSearchParams(location.hash.slice(1)).has('section'))) {
    scrolledFor = cid;
    const section = document.querySelector(`#contest section.panel[data-section='${name}']`);
    const bar = document.querySelector('nav.sections');
    if (section) window.scrollTo({ top: section.getBoundingClientRect().top + window.scrollY - (bar?.offsetHeight ?? 0) - 8 });
  }
}

export function sectionBar(kind) {
  return h('nav', { class: 'sections', 'aria-label': t('nav.label') },
    sectionsOf(kind).map(name => h('button', { type: 'button', value: name, name: `section-${name}`, onclick: () => choose(name) },
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
