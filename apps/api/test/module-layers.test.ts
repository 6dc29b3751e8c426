import { describe, expect, it } from 'vitest';
import { crossUnitImports, cycles, isFeature, siblingImports } from './support/module-graph.ts';

/**
 * The layers of apps/api/src: features (modules/<feature>) stand on the floor (src/floor), the plugins and the core
 * files, which never import a feature; features may use one another one way only, never in a cycle. Only root
 * (app.ts, server.ts, cli/) wires features together.
 *
 * The allow-lists hold what could not be removed yet, each with its reason. They can only shrink: an entry that no
 * longer matches an import fails too, so it is taken off when its import goes.
 */

/** Feature-to-feature edges that still close a cycle, as `from -> to`. */
const ALLOWED_CYCLE_EDGES: Record<string, string> = {};

/**
 * Every feature-to-feature edge, as `from -> to`: a feature uses the floor and the contracts, and another feature only
 * where that feature owns the piece. A new edge fails until it is either moved down to the floor or listed here.
 */
const ALLOWED_FEATURE_EDGES: Record<string, string> = {
  'modules/admin -> modules/auth':
    "user and device administration sets passwords and device tokens with auth's repository and token helpers",
  'modules/admin -> modules/queue': "the services' configuration is queue's services admin (it publishes the location's service event)",
  'modules/appointment-statistics -> modules/appointments':
    "the lead time and the offered seats are the booking's own computation (slots.ts: nextFreeSlot, domainRule; the rules, opening hours and blocks from its repository)",
  'modules/appointments -> modules/locations': 'who may work at a location (location-access.ts) decides who sees its bookings',
  'modules/appointments -> modules/queue':
    "a checked-in appointment gets its ticket through the queue's issuing (issueForAppointment): one numbering, one event stream, one call order",
  'modules/cases -> modules/fees': 'passport and driving-licence cases quote their fee with feeFor',
  'modules/citizens -> modules/cases': "the citizen overview reads the citizen's cases, Digital Post exemption and self-service decisions",
  'modules/maintenance -> modules/appointments': "the maintenance run blanks old bookings' contact details (appointments' retention.ts)",
  'modules/maintenance -> modules/audit': "the nightly maintenance job runs audit's retention",
  'modules/maintenance -> modules/auth': "the nightly maintenance job prunes sign-in failures older than auth's throttle window",
  'modules/maintenance -> modules/notifications':
    'the maintenance schedule sends the day-before appointment reminders (sendAppointmentReminders)',
  'modules/remote-tickets -> modules/locations': "a location's opening hours say whether a number can be taken now",
  'modules/remote-tickets -> modules/queue': "a number taken on the phone is issued by the queue's issuing (issueRemote)",
  'modules/remote-tickets -> modules/ticket-status':
    "the phone follows the number on the ticket's public status link, made as the receipt's (createLinkForIssued)",
  'modules/queue -> modules/locations': 'a location owns who may work at it (location-access.ts) and its opening hours',
  'modules/ticket-status -> modules/queue':
    "a ticket's place and wait estimate on the phone are the queue's (queue-reads: placeInQueue, assertLocation), as on the kiosk receipt",
};

/** Imports from below the features (floor, plugins, core) into a feature, as `file -> target`. */
const ALLOWED_REACH_BACK: Record<string, string> = {};

const imports = crossUnitImports();

describe('API module layers', () => {
  it('has no import cycle between feature folders beyond the allow-list', () => {
    const groups = cycles(imports, isFeature);
    const inCycle = new Set(
      imports
        .filter((i) => isFeature(i.from) && isFeature(i.to) && groups.some((g) => g.includes(i.from) && g.includes(i.to)))
        .map((i) => `${i.from} -> ${i.to}`),
    );
    expect([...inCycle].sort()).toEqual(Object.keys(ALLOWED_CYCLE_EDGES).sort());
  });

  it('has features import one another only along the listed edges', () => {
    const featureEdges = new Set(imports.filter((i) => isFeature(i.from) && isFeature(i.to)).map((i) => `${i.from} -> ${i.to}`));
    expect([...featureEdges].sort()).toEqual(Object.keys(ALLOWED_FEATURE_EDGES).sort());
  });

  it('has the floor, plugins and core files import no feature beyond the allow-list', () => {
    const reachBack = imports
      .filter((i) => !isFeature(i.from) && i.from !== 'root' && isFeature(i.to))
      .map((i) => `${i.file} -> ${i.target}`);
    expect([...new Set(reachBack)].sort()).toEqual(Object.keys(ALLOWED_REACH_BACK).sort());
  });

  it("has no feature's sub-folder import another's (a case type borrows from cases/ or the floor, not a sibling)", () => {
    expect(siblingImports().map((i) => `${i.file} -> ${i.target}`)).toEqual([]);
  });

  it('sees the whole source tree (the graph is not empty)', () => {
    expect(imports.some((i) => i.from === 'root' && isFeature(i.to))).toBe(true);
  });
});
