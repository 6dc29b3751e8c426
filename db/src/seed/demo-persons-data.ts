/**
 * Word lists for the synthetic demo residents: common Danish names (Danmarks Statistik's most frequent names by
 * generation) and real-looking streets with the right postcodes of the two demo municipalities.
 */

export const SURNAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen',
  'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund',
  'Schmidt', 'Eriksen', 'Holm', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen', 'Iversen',
  'Østergaard', 'Jeppesen', 'Vestergaard', 'Nissen', 'Lauridsen', 'Kjær', 'Jespersen', 'Mogensen', 'Bech',
];

/** Occasional mellemnavne, written between the given name and the surname. */
export const MIDDLE_NAMES = ['Bach', 'Holm', 'Lund', 'Skov', 'Dam', 'Krogh', 'Kjær', 'Juul', 'Lykke', 'Bjerre', 'Munk', 'Vinther'];

export const GIVEN_NAMES = {
  /** Born before about 1965. */
  older: {
    female: ['Kirsten', 'Hanne', 'Inger', 'Else', 'Grethe', 'Birthe', 'Bente', 'Lone', 'Karen', 'Ingrid', 'Jytte', 'Ruth', 'Lis', 'Susanne', 'Annelise'],
    male: ['Jens', 'Poul', 'Erik', 'Bent', 'Knud', 'Ole', 'Jørgen', 'Preben', 'Finn', 'Niels', 'Henning', 'Flemming', 'Leif', 'Svend', 'Per'],
  },
  /** Born about 1965–1999. */
  middle: {
    female: ['Anne', 'Mette', 'Lene', 'Maria', 'Marianne', 'Camilla', 'Louise', 'Charlotte', 'Pia', 'Tina', 'Helle', 'Stine', 'Julie', 'Line', 'Sara', 'Katrine'],
    male: ['Peter', 'Lars', 'Michael', 'Henrik', 'Søren', 'Thomas', 'Jan', 'Anders', 'Rasmus', 'Martin', 'Morten', 'Christian', 'Mads', 'Jesper', 'Kasper', 'Jakob'],
  },
  /** Born 2000 or later. */
  young: {
    female: ['Ida', 'Emma', 'Freja', 'Clara', 'Alma', 'Sofie', 'Ella', 'Agnes', 'Laura', 'Josefine', 'Karla', 'Anna', 'Ellen', 'Olivia', 'Asta'],
    male: ['Emil', 'Oliver', 'William', 'Noah', 'Lucas', 'Malthe', 'Alfred', 'Carl', 'Aksel', 'Viggo', 'Oscar', 'Magnus', 'Frederik', 'Mikkel', 'Elias'],
  },
};

export interface PostalArea {
  postcode: string;
  city: string;
  streets: string[];
  /** Blocks of flats: addresses get a floor and side ("2. tv."). */
  flats?: boolean;
}

export const AARHUS_AREAS: PostalArea[] = [
  { postcode: '8000', city: 'Aarhus C', flats: true, streets: ['Jægergårdsgade', 'Mejlgade', 'Nørregade', 'Frederiks Allé', 'Guldsmedgade', 'Vesterbrogade', 'Sankt Pauls Gade', 'Ryesgade'] },
  { postcode: '8200', city: 'Aarhus N', flats: true, streets: ['Trøjborgvej', 'Randersvej', 'Tordenskjoldsgade', 'Olof Palmes Allé', 'Nordre Ringgade'] },
  { postcode: '8210', city: 'Aarhus V', streets: ['Bispehavevej', 'Hasle Ringvej', 'Herredsvej', 'Rymarksvej'] },
  { postcode: '8220', city: 'Brabrand', streets: ['Byleddet', 'Gudrunsvej', 'Sødalsparken', 'Brabrand Hovedgade'] },
  { postcode: '8230', city: 'Åbyhøj', streets: ['Silkeborgvej', 'Åbyvej', 'Ringkøbingvej'] },
  { postcode: '8240', city: 'Risskov', streets: ['Vejlby Centervej', 'Fortebakken', 'Ryvangs Allé', 'Strandvejen'] },
  { postcode: '8250', city: 'Egå', streets: ['Egå Havvej', 'Mejlbyvej', 'Skæring Strandvej'] },
  { postcode: '8260', city: 'Viby J', streets: ['Skanderborgvej', 'Viby Ringvej', 'Kongsvang Allé', 'Grøndalsvej'] },
  { postcode: '8270', city: 'Højbjerg', streets: ['Oddervej', 'Holme Byvej', 'Rundhøj Allé'] },
  { postcode: '8310', city: 'Tranbjerg J', streets: ['Tranbjerg Hovedgade', 'Grønløkkevej'] },
  { postcode: '8320', city: 'Mårslet', streets: ['Obstrupvej', 'Testrupvej', 'Mårslet Byvej'] },
  { postcode: '8330', city: 'Beder', streets: ['Kirkevej', 'Beder Landevej'] },
  { postcode: '8340', city: 'Malling', streets: ['Stationsvej', 'Adslevvej'] },
  { postcode: '8355', city: 'Solbjerg', streets: ['Solbjerg Hovedgade', 'Erlandsensvej'] },
  { postcode: '8361', city: 'Hasselager', streets: ['Hasselager Centervej', 'Bjødstrupvej'] },
  { postcode: '8380', city: 'Trige', streets: ['Trigevej', 'Lisbjergvej'] },
  { postcode: '8381', city: 'Tilst', streets: ['Tilst Vestervej', 'Bavnehøjvej'] },
  { postcode: '8382', city: 'Hinnerup', streets: ['Ådalsvej', 'Bavnebakken'] },
  { postcode: '8471', city: 'Sabro', streets: ['Sabrovej', 'Fårup Byvej'] },
  { postcode: '8520', city: 'Lystrup', streets: ['Lystrup Centervej', 'Elev Byvej', 'Ny Studstrupvej'] },
  { postcode: '8530', city: 'Hjortshøj', streets: ['Hjortshøj Møllevej', 'Lyngbakken'] },
  { postcode: '8541', city: 'Skødstrup', streets: ['Skødstrupvej', 'Løgten Østervej'] },
];

export const VEJLE_AREAS: PostalArea[] = [
  { postcode: '7100', city: 'Vejle', flats: true, streets: ['Dæmningen', 'Nørregade', 'Vestergade', 'Søndergade', 'Grønnegade', 'Horsensvej', 'Boulevarden', 'Fredericiavej'] },
  { postcode: '7120', city: 'Vejle Øst', streets: ['Vindingvej', 'Skovbovej', 'Ibæk Strandvej'] },
  { postcode: '7140', city: 'Stouby', streets: ['Hornsyldvej', 'Rosenvold Strandvej'] },
  { postcode: '7173', city: 'Vonge', streets: ['Vongevej', 'Kollerupvej'] },
  { postcode: '7182', city: 'Bredsten', streets: ['Vejlevej', 'Kirkegade'] },
  { postcode: '7183', city: 'Randbøl', streets: ['Randbølvej', 'Nørup Bygade'] },
  { postcode: '7300', city: 'Jelling', streets: ['Gormsgade', 'Mølvangvej', 'Bredgade'] },
  { postcode: '7321', city: 'Gadbjerg', streets: ['Gadbjergvej', 'Ringvejen'] },
  { postcode: '7323', city: 'Give', streets: ['Torvegade', 'Vestergade', 'Donsvej'] },
  { postcode: '8721', city: 'Daugård', streets: ['Daugård Strandvej', 'Hedenstedvej'] },
  { postcode: '8723', city: 'Løsning', streets: ['Bjerrevej', 'Østergade'] },
  { postcode: '8763', city: 'Rask Mølle', streets: ['Rask Møllevej', 'Skolegade'] },
];

export const FLOORS = ['st.', '1.', '2.', '3.', '4.'];
export const SIDES = ['tv.', 'th.', 'mf.'];
