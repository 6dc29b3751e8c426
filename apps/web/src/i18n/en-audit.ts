import type { daAudit } from './da-audit.ts';

/** English texts of the audit search: the same keys as Danish. */
export const enAudit: Record<keyof typeof daAudit, string> = {

  'audit.heading': 'Audit trail',
  'audit.intro': 'Search the log of who viewed or changed what, when and why. Every search is logged too.',
  'audit.form.label': 'Search the log',
  'audit.form.cpr': 'Citizen’s CPR number',
  'audit.form.cprHint': 'Sent only in a form, never in the address. The look-up is logged as an audit.',
  'audit.form.citizen': 'Citizen',
  'audit.form.removeCitizen': 'Remove the citizen from the search',
  'audit.form.staff': 'Staff member',
  'audit.form.staffPlaceholder': 'All staff',
  'audit.form.staffDisabled': '{name} (disabled)',
  'audit.form.action': 'Action',
  'audit.form.actionPlaceholder': 'All actions',
  'audit.form.actionGroups': 'Groups',
  'audit.form.actionSingle': 'Single actions',
  'audit.form.clearStaff': 'Clear staff member',
  'audit.form.clearAction': 'Clear action',
  'audit.form.from': 'From date',
  'audit.form.to': 'To date',
  'audit.form.toBeforeFrom': 'The to date is before the from date',
  'audit.form.submit': 'Search',
  'audit.form.reset': 'Reset',

  'audit.results.heading': 'Results',
  'audit.results.none': 'No records match the search.',
  'audit.results.notYet': 'Choose one or more conditions and press Search. Without conditions the newest records are shown.',
  'audit.results.caption': 'Page {page}: {count} records, newest first',
  'audit.results.column.at': 'When',
  'audit.results.column.actor': 'Who',
  'audit.results.column.action': 'What',
  'audit.results.column.subject': 'Whose',
  'audit.results.column.purpose': 'Why',
  'audit.results.device': 'Device',
  'audit.results.system': 'System',
  'audit.results.subject.user': 'Staff member: {name}',
  'audit.results.subject.device': 'Device',
  'audit.results.subject.citizenUnknown': 'Citizen (not in the register)',
  'audit.results.change': '{field}: {from} → {to}',
  'audit.results.changeSet': '{field}: {to}',
  'audit.results.yes': 'yes',
  'audit.results.no': 'no',
  'audit.results.newer': 'Newer',
  'audit.results.older': 'Older',
  'audit.results.paging': 'Result pages',

  'audit.extract.heading': 'Log extract for {name}',
  'audit.extract.intro':
    'The citizen’s right of access (GDPR art. 15): every access to the citizen’s data, in every municipality. The extract is logged too.',
  'audit.extract.pdf': 'Download log extract (PDF)',
  'audit.extract.csv': 'Download log extract (CSV)',
  'audit.extract.saved': 'The log extract has been downloaded.',


};
