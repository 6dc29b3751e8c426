/** Danish names of the MitID identity check and the driving-licence renewal or duplicate (their wizards' texts: da-mitid-steps.ts). */
export const daMitId = {
  'case.type.mitid': 'MitID: identitetssikring og udstedelse',
  'case.type.driving_licence': 'Kørekort: fornyelse eller duplikat',
  'workflows.mitid': 'MitID',
  'workflows.drivingLicence': 'Kørekort',
} as const;
