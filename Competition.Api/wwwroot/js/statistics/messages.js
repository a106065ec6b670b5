export const messages = {
  'zh-CN': {
    'stats.title': '参赛统计', 'stats.back': '返回管理台', 'stats.adminKey': '管理员密钥', 'stats.saveKey': '保存密钥', 'stats.needKey': '请先输入管理员密钥。',
    'stats.level': '层级', 'stats.organization': '单位', 'stats.from': '起始日期', 'stats.to': '截止日期', 'stats.all': '全部', 'stats.show': '统计',
    'stats.download': '下载 xlsx', 'stats.contests': '比赛', 'stats.entries': '参赛', 'stats.participants': '参赛人数（人）', 'stats.personTimes': '参赛人次',
    'stats.byLevel': '按层级', 'stats.byOrganization': '按单位', 'stats.byGroup': '按人群', 'stats.people': '人', 'stats.times': '人次',
    'stats.beneficiaries': '受益情况', 'stats.awards': '获奖', 'stats.honours': '荣誉称号', 'stats.gradeRecommendations': '晋级推荐', 'stats.points': '获得积分',
    'level.enterprise': '企业级', 'level.county': '县级', 'level.city': '市级', 'level.province': '省级', 'level.national': '全国', 'level.none': '未定级',
    'group.none': '未填写',
  },
  en: {
    'stats.title': 'Participation statistics', 'stats.back': 'Back to the console', 'stats.adminKey': 'Admin key', 'stats.saveKey': 'Save key',
    'stats.needKey': 'Enter the admin key first.',
    'stats.level': 'Level', 'stats.organization': 'Organization', 'stats.from': 'From', 'stats.to': 'To', 'stats.all': 'All', 'stats.show': 'Show',
    'stats.download': 'Download xlsx', 'stats.contests': 'Contests', 'stats.entries': 'Entries', 'stats.participants': 'Participants', 'stats.personTimes': 'Person-times',
    'stats.byLevel': 'By level', 'stats.byOrganization': 'By organization', 'stats.byGroup': 'By group', 'stats.people': 'People', 'stats.times': 'Person-times',
    'stats.beneficiaries': 'Beneficiaries', 'stats.awards': 'Awarded', 'stats.honours': 'Honours', 'stats.gradeRecommendations': 'Grade recommendations',
    'stats.points': 'With points',
    'level.enterprise': 'Enterprise', 'level.county': 'County', 'level.city': 'City', 'level.province': 'Province', 'level.national': 'National', 'level.none': 'No level',
    'group.none': 'Not given',
  },
};
