import type { Location, OpeningHours } from '@skranke/contracts';
import type { Database } from '@skranke/db';
import type { Staff } from '../../floor/staff.ts';
import type { Principal } from '../../plugins/auth.ts';
import { assertLocationAccess } from './location-access.ts';
import { createLocationRepository } from './locations.repository.ts';
import { openingHoursOf } from './opening-hours.ts';

export function createLocationsService(db: Database) {
  const repo = createLocationRepository(db);
  return {
    /** The locations of the staff member's municipality (staff see them all; access per location is checked on use). */
    list: (staff: Staff): Promise<Location[]> => repo.listOfMunicipality(staff.municipalityId),

    /** Weekly hours (a mobile stop's timetable) and whether the location is open now. */
    async openingHours(principal: Principal, locationId: string): Promise<OpeningHours> {
      await assertLocationAccess(db, principal, locationId);
      return openingHoursOf(db, locationId);
    },
  };
}
