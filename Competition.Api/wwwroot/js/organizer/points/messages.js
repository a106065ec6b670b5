// Points contest (积分制) console text, Chinese and English.
export const messages = {
  'zh-CN': {
    'pts.reasons': '积分事由', 'pts.code': '事由代码', 'pts.reasonName': '事由名称', 'pts.points': '分值', 'pts.pointsHint': '扣分填负数', 'pts.cap': '每单位上限',
    'pts.noReasons': '还没有积分事由。', 'pts.grant': '登记积分', 'pts.quantity': '数量', 'pts.occurredOn': '日期', 'pts.grantButton': '登记',
    'pts.csv': '用 CSV 导入积分', 'pts.csvHelp': '表头：单位,事由,数量,日期,备注（或 entry,reason,quantity,occurredOn,note）；单位填名称或编号，事由填代码，数量可空（为 1），日期 YYYY-MM-DD。全部成功才导入。',
    'pts.template': '下载积分模板（CSV）', 'pts.finish': '结束赛季', 'pts.finishHelp': '结束后积分榜成为最终结果，不能再登记或撤销积分，可以评奖。',
    'pts.finishTitle': '结束本赛季？', 'pts.finishConsequence': '积分榜将成为最终结果；此后不能再登记、撤销积分或添加事由。此操作不能撤销。',
    'pts.finishedNote': '赛季已结束：积分榜为最终结果。', 'pts.revoked': '已撤销', 'pts.revokeReason': '撤销理由',
    'pts.revokeConsequence': '撤销后这条积分不再计入 {entry} 的总分。',
  },
  en: {
    'pts.reasons': 'Reasons', 'pts.code': 'Code', 'pts.reasonName': 'Reason', 'pts.points': 'Points', 'pts.pointsHint': 'negative: a deduction', 'pts.cap': 'Cap per entry',
    'pts.noReasons': 'No reasons yet.', 'pts.grant': 'Grant points', 'pts.quantity': 'Quantity', 'pts.occurredOn': 'Date', 'pts.grantButton': 'Grant',
    'pts.csv': 'Grants by CSV', 'pts.csvHelp': 'Header: entry,reason,quantity,occurredOn,note or 单位,事由,数量,日期,备注; the entry by name or id, the reason by code, quantity optional (1), dates YYYY-MM-DD. All lines or none.',
    'pts.template': 'Download a template (CSV)', 'pts.finish': 'Finish the season', 'pts.finishHelp': 'The standings become final: no more grants or revocations; awards can be proposed.',
    'pts.finishTitle': 'Finish the season?', 'pts.finishConsequence': 'The standings become final; no grant, revocation or reason can be added afterwards. This cannot be undone.',
    'pts.finishedNote': 'The season is finished: the standings are final.', 'pts.revoked': 'revoked', 'pts.revokeReason': 'Reason for revoking',
    'pts.revokeConsequence': 'The grant no longer counts towards the total of {entry}.',
  },
};
