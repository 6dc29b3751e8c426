/** A point on the earth in decimal degrees (WGS84), as the doctor register and the postcode table give it. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** The mean earth radius in km (IUGG), enough for distances of a few km at Danish latitudes. */
const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance in km between two points (haversine formula): the reach rule measures in a straight line. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
