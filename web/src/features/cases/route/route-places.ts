import type { TFunction } from 'i18next';
import type { RouteEvent } from '#contracts/cases';
import type { Port, Region } from '#contracts/reference';

/** Degrees with 4 decimals (about 11 m), the precision a landing point is given with. */
export function formatPoint(lat: number, lng: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lng >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(4)}° ${ns}, ${Math.abs(lng).toFixed(4)}° ${ew}`;
}

/** Where a step happened, in words. */
export function describePlace(
  t: TFunction,
  event: RouteEvent,
  countryName: (code: string) => string,
): string {
  switch (event.placeKind) {
    case 'region':
      return event.regionName ?? event.regionCode ?? '—';
    case 'port':
      return event.portName ?? event.portId ?? '—';
    case 'unofficial_landing': {
      const point = event.lat !== null && event.lng !== null ? formatPoint(event.lat, event.lng) : null;
      const name = event.placeName ?? t('cases.route.unofficialLanding');
      return point ? `${name} (${point})` : name;
    }
    case 'abroad':
      return (
        [event.placeName, event.country ? countryName(event.country) : null].filter(Boolean).join(', ') || '—'
      );
  }
}

/** A place's name without coordinates, short enough to label a point on the map. */
function shortPlace(t: TFunction, event: RouteEvent, countryName: (code: string) => string): string {
  if (event.placeKind === 'unofficial_landing') return event.placeName ?? t('cases.route.unofficialLanding');
  return describePlace(t, event, countryName);
}

export interface MapPoint {
  id: string;
  /** The step's number on the route (1-based). */
  step: number;
  lat: number;
  lng: number;
  kind: RouteEvent['placeKind'];
  label: string;
}

/**
 * The steps that can be drawn: a landing's own point, a port's coordinates, a region's label
 * point (when the reference data has one). Steps abroad without a point stay in the list only.
 */
export function mapPoints(
  t: TFunction,
  route: readonly RouteEvent[],
  ports: readonly Port[],
  regions: ReadonlyMap<string, Region>,
  countryName: (code: string) => string,
): MapPoint[] {
  return route.flatMap((event, index) => {
    const at = (lat: number | null | undefined, lng: number | null | undefined): MapPoint[] =>
      lat === null || lat === undefined || lng === null || lng === undefined
        ? []
        : [
            {
              id: event.id,
              step: index + 1,
              lat,
              lng,
              kind: event.placeKind,
              label: shortPlace(t, event, countryName),
            },
          ];
    switch (event.placeKind) {
      case 'unofficial_landing':
        return at(event.lat, event.lng);
      case 'port': {
        const port = ports.find((p) => p.id === event.portId);
        return at(port?.lat, port?.lng);
      }
      case 'region': {
        const region = event.regionCode ? regions.get(event.regionCode) : undefined;
        return at(region?.lat, region?.lng);
      }
      case 'abroad':
        return at(event.lat, event.lng);
    }
  });
}
