// What the console keeps in this browser: the admin key (typed once), each contest's organizer
// token (the server returns it only at creation), and the entries and judges made here, because
// the contract hands ids and tokens back only in the answer that created them.
const read = (key, fallback) => JSON.parse(localStorage.getItem(key) ?? 'null') ?? fallback;
const write = (key, value) => localStorage.setItem(key, JSON.stringify(value));

export const adminKey = {
  get: () => localStorage.getItem('competition.adminKey') ?? '',
  set: value => localStorage.setItem('competition.adminKey', value),
};

// A shared or borrowed computer: everything the console keeps (admin key, tokens, entries, judges) goes.
// A judge tablet's own keys stay: its outbox may hold marks not yet sent (the tablet signs out itself).
export function forgetAll() {
  for (const key of Object.keys(localStorage))
    if (key === 'competition.adminKey' || key.startsWith('competition.organizer.')) localStorage.removeItem(key);
}

// One contest's token and what was made here for it.
export function forgetContest(cid) {
  contests.remove(cid);
  for (const kind of ['entries', 'judges']) localStorage.removeItem(`competition.organizer.${kind}.${cid}`);
}

export const contests = {
  all: () => read('competition.organizer.contests', {}),
  get: id => contests.all()[id],
  put(id, record) {
    const all = contests.all();
    all[id] = { ...all[id], ...record };
    write('competition.organizer.contests', all);
  },
  remove(id) {
    const all = contests.all();
    delete all[id];
    write('competition.organizer.contests', all);
  },
};

function perContest(kind) {
  const key = cid => `competition.organizer.${kind}.${cid}`;
  return {
    all: cid => read(key(cid), {}),
    put(cid, id, record) {
      const all = read(key(cid), {});
      all[id] = { ...all[id], ...record };
      write(key(cid), all);
    },
  };
}

export const entries = perContest('entries');
export const judges = perContest('judges');
