// This contest's organizer token on this device: replace it (the old one stops working everywhere)
// or forget it here (a borrowed computer).
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { button } from './forms.js';
import * as store from './store.js';

export function renderDevice(ctx) {
  return h('div', { class: 'row', id: 'device' },
    button(ctx, 'org.newOrganizerToken', async () => {
      const answer = await ctx.call('POST', '/token/rotate');
      store.contests.put(ctx.cid, { token: answer.organizerToken });
      ctx.token = answer.organizerToken;
      ctx.flash(t('org.newOrganizerTokenDone', { token: answer.organizerToken }), 'info');
    }, { name: 'rotate-organizer-token', confirm: () => ({ title: t('org.newOrganizerToken'), consequence: t('org.newOrganizerTokenConfirm') }) }),
    button(ctx, 'org.forgetContest', () => {
      store.forgetContest(ctx.cid);
      location.hash = '';
      ctx.flash(t('org.forgotContest'), 'info');
    }, { name: 'forget-contest', confirm: () => ({ title: t('org.forgetContest'), consequence: t('org.forgetContestConfirm') }) }));
}
