// The judge's token and the last known assignments and contest, kept so the tablet still works
// (and still shows what it showed) after a reload without a connection.
const keys = { token: 'competition.judge.token', me: 'competition.judge.me', contest: 'competition.judge.contest' };
const read = key => JSON.parse(localStorage.getItem(key) ?? 'null');

export const session = {
  token: () => localStorage.getItem(keys.token),
  setToken: token => localStorage.setItem(keys.token, token),
  me: () => read(keys.me),
  setMe: me => localStorage.setItem(keys.me, JSON.stringify(me)),
  contest: () => read(keys.contest),
  setContest: contest => localStorage.setItem(keys.contest, JSON.stringify(contest)),
  signOut() { for (const key of Object.values(keys)) localStorage.removeItem(key); },
};

// A token arriving in the URL fragment (from the QR code) is taken and wiped from the address
// bar, so it is not left in history or shown over the judge's shoulder.
export function tokenFromFragment() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (token) history.replaceState(null, '', location.pathname + location.search);
  return token;
}
