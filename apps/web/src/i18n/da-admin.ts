/** Danish texts of the administration screens (configuration of locations, counters, services, rules). */
export const daAdmin = {
  'admin.subnav.label': 'Administration',
  'admin.overview.intro': 'Her indstiller du {municipality}s borgerservice: steder, skranker, ydelser og regler. Alle ændringer logges.',
  'admin.section.overview': 'Oversigt',
  'admin.section.locations': 'Lokationer',
  'admin.section.locations.hint': 'Kontorer og mobile stoppesteder, åbningstider og køreplan.',
  'admin.section.counters': 'Skranker',
  'admin.section.counters.hint': 'Skranker på hvert sted: opret, omdøb og luk.',
  'admin.section.services': 'Ydelser',
  'admin.section.services.hint': 'Ærinder på kiosken: bogstav, forventet tid, rækkefølge og trafiklys.',
  'admin.section.priorities': 'Prioriteter',
  'admin.section.priorities.hint': 'Prioritetsklasser og hvor meget de må rykke frem i køen.',
  'admin.section.lawAreas': 'Lovområder',
  'admin.section.lawAreas.hint': 'Lovområder for fritagelser via selvbetjening og deres klageinstans.',
  'admin.section.rules': 'Regelværdier',
  'admin.section.rules.hint': 'Retfærdighedsgrænse, genkald, klagefrist, trafiklys, opbevaring og MitID-vidner.',
} as const;
