// FLIP: remember where each row was (First), put rows in their new order (Last), then play each
// row from its old place to the new one (Invert, Play) so rank changes read as movement.
const reduced = matchMedia('(prefers-reduced-motion: reduce)');

export function reorder(container, elements, { animate = true } = {}) {
  const before = new Map([...container.children].map(el => [el.dataset.key, el.getBoundingClientRect().top]));
  container.replaceChildren(...elements);
  if (!animate || reduced.matches) return;
  for (const el of elements) {
    const old = before.get(el.dataset.key);
    if (old === undefined) {
      el.animate([{ opacity: 0, transform: 'scale(.97)' }, { opacity: 1, transform: 'none' }], { duration: 500, easing: 'ease-out' });
      continue;
    }
    const delta = old - el.getBoundingClientRect().top;
    if (Math.abs(delta) < 1) continue;
    el.animate([{ transform: `translateY(${delta}px)` }, { transform: 'none' }], { duration: 900, easing: 'cubic-bezier(.2,.8,.2,1)' });
    if (delta > 0) el.animate([{ backgroundColor: 'rgba(255, 214, 0, .35)' }, { backgroundColor: 'transparent' }], { duration: 2500, easing: 'ease-out' });
  }
}
