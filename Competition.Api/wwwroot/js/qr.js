// QR codes are drawn by the server (/qr.svg). Secrets (judge tokens) go in a POST body so they
// never appear in a URL or an access log; public links can use the plain GET.
import { h } from './dom.js';

export function publicQr(text, label) {
  return h('img', { class: 'qr', alt: label, src: `/qr.svg?text=${encodeURIComponent(text)}` });
}

export function secretQr(text, label) {
  const image = h('img', { class: 'qr', alt: label });
  fetch('/qr.svg', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: text })
    .then(response => (response.ok ? response.blob() : Promise.reject(new Error(response.statusText))))
    .then(blob => { image.src = URL.createObjectURL(blob); })
    .catch(() => { image.alt = `${label} (QR unavailable)`; });
  return image;
}
