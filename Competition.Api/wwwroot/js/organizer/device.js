// This contest's organizer token on this device: replace it (the old one stops working everywhere)
// or forget it here (a borrowed computer).
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { button } from './forms.js';
import * as store from './store.js';

export function renderDevice(ctx) {
  return h('div', { class: 'row', id: 'device' },
    button(ctx, 'org.newOrganizerToken', async () => {
      if (!confirm(t('org.newOrganizerTokenConfirm'))) return;
      const answer = await ctx.call('POST', '/token/rotate');
      store.contests.put(ctx.cid, { token: answer.organizerToken });
      ctx.token = answer.organizerToken;
      ctx.flash(t('org.newOrganizerTokenDone', { token: answer.organizerToken }), 'info');
    }, { name: 'rotate-organizer-token' }),
    button(ctx, 'org.forgetContest', () => {
      if (!confirm(t('org.forgetContestConfirm'))) return;
      store.forgetContest(ctx.cid);
      location.hash = '';
      ctx.flash(t('org.forgotContest'), 'info');
    }, { name: 'forget-contest' }));
}
