// Big screen text, Chinese and English.
export const messages = {
  'zh-CN': {
    'screen.title': '实时排行榜', 'screen.rank': '名次', 'screen.bib': '号码', 'screen.name': '姓名/队名', 'screen.organization': '单位',
    'screen.total': '总分', 'screen.sheets': '评分',
    'screen.sealed': '加密评分，环节结束后公布', 'screen.revealCount': '揭晓 {step}/{of}', 'screen.winnersTitle': '{category} · 获奖名单', 'screen.sealedProgress': '加密评分 {done}/{total}', 'screen.waiting': '等待成绩…', 'screen.noContest': '找不到该竞赛，稍后重试…',
    'screen.progress': '评分进度 {done}/{total}（{percent}）', 'screen.updated': '更新于{when}', 'screen.qr': '手机扫码看实时榜单',
    'screen.live.live': '● 实时', 'screen.live.reconnecting': '● 重新连接中', 'screen.live.offline': '● 离线',
    'screen.moved.up': '名次上升', 'screen.moved.down': '名次下降', 'screen.awardsTitle': '{category} 获奖名单',
    'screen.page': '第 {first}–{last} 名，共 {count} 名',
  },
  en: {
    'screen.title': 'Live leaderboard', 'screen.rank': 'Rank', 'screen.bib': 'Bib', 'screen.name': 'Name', 'screen.organization': 'Organization',
    'screen.total': 'Total', 'screen.sheets': 'Sheets',
    'screen.sealed': 'Marked blind: shown when the stage closes', 'screen.revealCount': 'revealed {step} of {of}', 'screen.winnersTitle': '{category} · winners', 'screen.sealedProgress': 'blind {done}/{total}', 'screen.waiting': 'Waiting for scores…', 'screen.noContest': 'Contest not found; retrying…',
    'screen.progress': 'Judging {done} of {total} sheets ({percent})', 'screen.updated': 'updated {when}', 'screen.qr': 'Scan for the live board',
    'screen.live.live': '● Live', 'screen.live.reconnecting': '● Reconnecting', 'screen.live.offline': '● Offline',
    'screen.moved.up': 'moved up', 'screen.moved.down': 'moved down', 'screen.awardsTitle': 'Awards: {category}',
    'screen.page': 'Ranks {first}–{last} of {count}',
  },
};
