// The reveal remote's text, Chinese and English.
export const messages = {
  'zh-CN': {
    'reveal.title': '成绩揭晓', 'reveal.next': '揭晓下一名', 'reveal.all': '全部公布', 'reveal.allConfirm': '不再逐一揭晓，直接公布全部成绩？',
    'reveal.progress': '已揭晓 {done}/{of}（从最后一名开始）', 'reveal.published': '成绩已全部公布。',
    'reveal.signIn': '输入本竞赛的组织者令牌以控制揭晓。', 'reveal.tokenHint': '组织者令牌', 'reveal.signInButton': '确定',
    'reveal.notOrganizer': '此令牌不是本竞赛组织者的令牌。',
  },
  en: {
    'reveal.title': 'Results reveal', 'reveal.next': 'Reveal the next', 'reveal.all': 'Publish all', 'reveal.allConfirm': 'Publish every result at once, without revealing them one by one?',
    'reveal.progress': '{done} of {of} revealed (from the last place up)', 'reveal.published': 'Every result is published.',
    'reveal.signIn': 'Enter this contest\'s organizer token to drive the reveal.', 'reveal.tokenHint': 'Organizer token', 'reveal.signInButton': 'OK',
    'reveal.notOrganizer': 'This is not the token of this contest\'s organizer.',
  },
};
