import type { GeoPoint } from './geo.ts';

/** A postal area's approximate centre and the municipality it mostly lies in. */
export interface PostcodeArea extends GeoPoint {
  city: string;
  /** Kommunekode, e.g. '751' for Aarhus. */
  municipalityCode: string;
}

/**
 * Where a citizen lives, for the reach rule, until an address register (DAWA/DAR) with coordinates per address plugs
 * in: the approximate centre of the postal area. It covers the demo municipalities' postcodes (Aarhus 751, Vejle 630),
 * a few in the Copenhagen area to show the 5 km rule, and the two municipalities of the issue (Furesø, Ringkøbing-
 * Skjern). The coordinates are rounded centres (about ±1 km), which is why the counter reads distances as "ca.".
 */
export const POSTCODE_AREAS: Readonly<Record<string, PostcodeArea>> = {
  '8000': { city: 'Aarhus C', municipalityCode: '751', lat: 56.1567, lon: 10.2108 },
  '8200': { city: 'Aarhus N', municipalityCode: '751', lat: 56.18, lon: 10.19 },
  '8210': { city: 'Aarhus V', municipalityCode: '751', lat: 56.165, lon: 10.165 },
  '8220': { city: 'Brabrand', municipalityCode: '751', lat: 56.153, lon: 10.105 },
  '8230': { city: 'Åbyhøj', municipalityCode: '751', lat: 56.154, lon: 10.155 },
  '8240': { city: 'Risskov', municipalityCode: '751', lat: 56.195, lon: 10.235 },
  '8250': { city: 'Egå', municipalityCode: '751', lat: 56.213, lon: 10.27 },
  '8260': { city: 'Viby J', municipalityCode: '751', lat: 56.128, lon: 10.16 },
  '8270': { city: 'Højbjerg', municipalityCode: '751', lat: 56.117, lon: 10.205 },
  '8310': { city: 'Tranbjerg J', municipalityCode: '751', lat: 56.09, lon: 10.13 },
  '8320': { city: 'Mårslet', municipalityCode: '751', lat: 56.068, lon: 10.16 },
  '8330': { city: 'Beder', municipalityCode: '751', lat: 56.06, lon: 10.21 },
  '8340': { city: 'Malling', municipalityCode: '751', lat: 56.037, lon: 10.195 },
  '8355': { city: 'Solbjerg', municipalityCode: '751', lat: 56.042, lon: 10.085 },
  '8361': { city: 'Hasselager', municipalityCode: '751', lat: 56.1, lon: 10.1 },
  '8380': { city: 'Trige', municipalityCode: '751', lat: 56.25, lon: 10.15 },
  '8381': { city: 'Tilst', municipalityCode: '751', lat: 56.188, lon: 10.11 },
  '8382': { city: 'Hinnerup', municipalityCode: '746', lat: 56.266, lon: 10.064 },
  '8471': { city: 'Sabro', municipalityCode: '751', lat: 56.213, lon: 10.035 },
  '8520': { city: 'Lystrup', municipalityCode: '751', lat: 56.237, lon: 10.237 },
  '8530': { city: 'Hjortshøj', municipalityCode: '751', lat: 56.25, lon: 10.265 },
  '8541': { city: 'Skødstrup', municipalityCode: '751', lat: 56.265, lon: 10.305 },
  '7100': { city: 'Vejle', municipalityCode: '630', lat: 55.709, lon: 9.536 },
  '7120': { city: 'Vejle Øst', municipalityCode: '630', lat: 55.715, lon: 9.59 },
  '7140': { city: 'Stouby', municipalityCode: '630', lat: 55.705, lon: 9.8 },
  '7173': { city: 'Vonge', municipalityCode: '630', lat: 55.84, lon: 9.4 },
  '7182': { city: 'Bredsten', municipalityCode: '630', lat: 55.7, lon: 9.36 },
  '7183': { city: 'Randbøl', municipalityCode: '630', lat: 55.7, lon: 9.27 },
  '7300': { city: 'Jelling', municipalityCode: '630', lat: 55.756, lon: 9.419 },
  '7321': { city: 'Gadbjerg', municipalityCode: '630', lat: 55.77, lon: 9.33 },
  '7323': { city: 'Give', municipalityCode: '630', lat: 55.845, lon: 9.24 },
  '8721': { city: 'Daugård', municipalityCode: '630', lat: 55.73, lon: 9.7 },
  '8723': { city: 'Løsning', municipalityCode: '630', lat: 55.8, lon: 9.7 },
  '8763': { city: 'Rask Mølle', municipalityCode: '630', lat: 55.875, lon: 9.62 },
  '1050': { city: 'København K', municipalityCode: '101', lat: 55.68, lon: 12.585 },
  '1850': { city: 'Frederiksberg C', municipalityCode: '147', lat: 55.679, lon: 12.535 },
  '2100': { city: 'København Ø', municipalityCode: '101', lat: 55.71, lon: 12.575 },
  '2200': { city: 'København N', municipalityCode: '101', lat: 55.697, lon: 12.545 },
  '2300': { city: 'København S', municipalityCode: '101', lat: 55.66, lon: 12.6 },
  '2500': { city: 'Valby', municipalityCode: '101', lat: 55.663, lon: 12.508 },
  '2800': { city: 'Kongens Lyngby', municipalityCode: '173', lat: 55.77, lon: 12.503 },
  '2900': { city: 'Hellerup', municipalityCode: '157', lat: 55.73, lon: 12.57 },
  '3520': { city: 'Farum', municipalityCode: '190', lat: 55.808, lon: 12.36 },
  '6950': { city: 'Ringkøbing', municipalityCode: '760', lat: 56.09, lon: 8.244 },
};

/** The postal area's centre, or null for a postcode the table does not know (the reach rule then cannot be applied). */
export const postcodeArea = (postcode: string): PostcodeArea | null => POSTCODE_AREAS[postcode] ?? null;
