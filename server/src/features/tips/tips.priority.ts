import type { Port } from '#contracts/reference';
import type { TipSummary } from '#contracts/tips';

type Reason = TipSummary['priorityReasons'][number];

/** Weights of what makes a tip urgent; the queue sorts by their sum. */
const weights: Record<Exclude<Reason, 'overdue'>, number> = {
  imminent_departure: 40,
  children: 30,
  near_port: 15,
  repeated: 15,
};

export function priorityOf(facts: { imminentDeparture: boolean; childrenInvolved: boolean; nearPortId: string | null; repeated: boolean }) {
  const reasons: Exclude<Reason, 'overdue'>[] = [];
  if (facts.imminentDeparture) reasons.push('imminent_departure');
  if (facts.childrenInvolved) reasons.push('children');
  if (facts.nearPortId) reasons.push('near_port');
  if (facts.repeated) reasons.push('repeated');
  return { priority: reasons.reduce((sum, r) => sum + weights[r], 0), priorityReasons: reasons };
}

/** How close a reported point must be to a port to count as "at the port" (boats leave from jetties nearby). */
export const nearPortKm = 5;

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The port the tip names, or the nearest one within `nearPortKm` of its point. */
export function nearPort(ports: readonly Port[], where: { portId: string | null; point: { lat: number; lng: number } | null }): string | null {
  if (where.portId) return where.portId;
  if (!where.point) return null;
  let best: { id: string; km: number } | null = null;
  for (const port of ports) {
    const km = distanceKm(where.point, port);
    if (km <= nearPortKm && (!best || km < best.km)) best = { id: port.id, km };
  }
  return best?.id ?? null;
}
