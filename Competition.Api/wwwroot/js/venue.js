// Where tablets and phones reach this server (GET /api/venue): the links in QR codes use its public URL,
// never the address this page happens to be open on (which may be localhost).
import { api } from './api.js';

let venue;

export async function loadVenue() {
  try { venue = await api('GET', '/api/venue'); } catch { venue = { publicUrl: location.origin, configured: false, addresses: [] }; }
  return venue;
}

export const publicUrl = () => venue?.publicUrl ?? location.origin;

const loopback = host => ['localhost', '127.0.0.1', '[::1]', '::1'].includes(host);

// When QR codes would say localhost: the addresses on the venue network to open the console on instead.
export function unreachable() {
  if (!venue || !loopback(new URL(venue.publicUrl).hostname)) return null;
  return venue.addresses.filter(address => !loopback(new URL(address).hostname));
}
