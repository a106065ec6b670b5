// Honours per category (荣誉): the rules that turn confirmed awards into titles and grade recommendations, set as JSON
// (with the research's examples to start from), and what they granted, with each line's status (revoked with the award).
import { h, replace } from '../dom.js';
import { addMessages, lang, ordinal, t } from '../i18n.js';
import { button } from './forms.js';

addMessages({
  'zh-CN': {
    'hon.title': '荣誉与等级推荐', 'hon.help': '获奖名单确认时按这里的规则授予称号或推荐职业技能等级；确认后规则不能再改。每条规则：title（称号）或 grade（等级）二选一；top（前 K 名，可加 topByTeamSize 按队员人数）或 tiers（奖项等级）二选一；可加 maxAge、minAge、sex、groups 条件。',
    'hon.rules': '规则（JSON）', 'hon.save': '保存规则', 'hon.exampleNational': '示例：全国决赛', 'hon.exampleCity': '示例：市级（青年、女职工）',
    'hon.none': '尚未授予荣誉（获奖名单确认后生成）。', 'hon.person': '姓名', 'hon.entry': '参赛者', 'hon.organization': '单位', 'hon.what': '称号 / 推荐等级',
    'hon.rule': '依据规则', 'hon.rank': '名次', 'hon.tier': '奖项', 'hon.status': '状态', 'hon.granted': '已授予', 'hon.revoked': '已撤销',
    'hon.badJson': '规则不是有效的 JSON：{message}', 'hon.saved': '规则已保存。', 'hon.xlsx': '荣誉名单（Excel）',
    'grade.basic': '推荐初级工', 'grade.intermediate': '推荐中级工', 'grade.advanced': '推荐高级工', 'grade.technician': '推荐技师', 'grade.seniorTechnician': '推荐高级技师',
  },
  en: {
    'hon.title': 'Honours and grade recommendations', 'hon.help': 'When the awards are confirmed, these rules grant titles or recommend skill grades; they cannot change after. Each rule: a title or a grade; top (K ranks, with topByTeamSize by member count) or tiers (award tiers); optional maxAge, minAge, sex and groups.',
    'hon.rules': 'Rules (JSON)', 'hon.save': 'Save rules', 'hon.exampleNational': 'Example: national final', 'hon.exampleCity': 'Example: city (young, women)',
    'hon.none': 'No honours granted yet (they are granted when the awards are confirmed).', 'hon.person': 'Person', 'hon.entry': 'Entry', 'hon.organization': 'Organization',
    'hon.what': 'Title / grade', 'hon.rule': 'Rule', 'hon.rank': 'Rank', 'hon.tier': 'Tier', 'hon.status': 'Status', 'hon.granted': 'Granted', 'hon.revoked': 'Revoked',
    'hon.badJson': 'The rules are not valid JSON: {message}', 'hon.saved': 'Rules saved.', 'hon.xlsx': 'Honours (Excel)',
    'grade.basic': 'Recommended: basic', 'grade.intermediate': 'Recommended: intermediate', 'grade.advanced': 'Recommended: advanced',
    'grade.technician': 'Recommended: technician', 'grade.seniorTechnician': 'Recommended: senior technician',
  },
});

// contest-rules.md §1.5: the national final's, and a city's attribute-conditional honours.
const examples = {
  national: [
    { title: '全国技术能手', top: 5, topByTeamSize: { 2: 3, 3: 2 } },
    { grade: 'technician', tiers: ['一等奖', '二等奖', '三等奖', '优胜奖'] },
    { title: '五一劳动奖章（推荐）', top: 1, groups: ['职工'] },
  ],
  city: [
    { title: '市技术能手', top: 3 },
    { title: '青年岗位能手', top: 3, maxAge: 35 },
    { title: '巾帼建功标兵', top: 3, sex: 'female' },
  ],
};

export function renderHonours(ctx) {
  const body = h('div', {});
  const load = async () => replace(body, (await ctx.call('GET', '/honours')).categories.map(category => renderCategory(ctx, category, load)));
  ctx.run(null, load);
  const xlsx = `/api/contests/${encodeURIComponent(ctx.cid)}/honours.xlsx?lang=${encodeURIComponent(lang())}`;
  return h('div', { class: 'honours', id: 'honours' }, h('h3', {}, t('hon.title')), h('p', { class: 'muted' }, t('hon.help')),
    h('p', { class: 'row' }, h('a', { class: 'button', name: 'honours-xlsx', href: xlsx, download: '' }, t('hon.xlsx'))), body);
}

// Rules as the server keeps them, without the fields a rule leaves out.
const compact = rules => rules.map(rule => Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== null && v !== undefined)));

function renderCategory(ctx, category, load) {
  const text = h('textarea', { name: 'rules', rows: 6, style: 'width:100%;font-family:monospace' });
  text.value = JSON.stringify(compact(category.rules ?? []), null, 1);
  const example = name => () => { text.value = JSON.stringify(examples[name], null, 1); };
  const save = async () => {
    let rules;
    try { rules = JSON.parse(text.value || '[]'); } catch (e) { throw new Error(t('hon.badJson', { message: e.message })); }
    await ctx.call('PUT', `/categories/${category.categoryId}/honours`, { body: { rules } });
    await load();
  };
  return h('article', { class: 'category honours-category', dataset: { id: category.categoryId } },
    h('h4', {}, category.name),
    h('label', {}, t('hon.rules'), text),
    h('div', { class: 'row' },
      button(ctx, 'hon.exampleNational', example('national'), { name: 'honours-example-national' }),
      button(ctx, 'hon.exampleCity', example('city'), { name: 'honours-example-city' }),
      button(ctx, 'hon.save', save, { kind: 'primary', name: 'honours-save' })),
    granted(category.honours ?? []));
}

function granted(honours) {
  if (!honours.length) return h('p', { class: 'muted' }, t('hon.none'));
  const keys = ['hon.person', 'hon.entry', 'hon.organization', 'hon.what', 'hon.rule', 'hon.rank', 'hon.tier', 'hon.status'];
  return h('table', { class: 'honour-list' },
    h('thead', {}, h('tr', {}, keys.map(k => h('th', {}, t(k))))),
    h('tbody', {}, honours.map(line => h('tr', { class: 'honour', dataset: { honour: line.status, person: line.person } },
      h('td', {}, line.person), h('td', {}, line.entryName), h('td', {}, line.organization),
      h('td', {}, line.title ?? t(`grade.${line.grade}`)),
      h('td', { title: line.rule.description }, `#${line.rule.index + 1}`),
      h('td', {}, ordinal(line.rank)), h('td', {}, line.tier ?? '–'),
      h('td', {}, h('span', { class: 'pill', dataset: { honour: line.status }, title: line.revokedReason ?? '' },
        t(`hon.${line.status}`), line.revokedReason ? ` · ${line.revokedReason}` : ''))))));
}
