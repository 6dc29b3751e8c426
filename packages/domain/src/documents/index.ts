// addMonths stays internal: fees/pension-age.ts exports one of the same name and behaviour.
export {
  documentState,
  EXPIRY_WARNING_MONTHS,
  expiryWarningUntil,
  IDENTITY_DOCUMENT_KINDS,
  IDENTITY_DOCUMENT_STATUSES,
  needsExpiryWarning,
  type DocumentState,
  type IdentityDocumentKind,
  type IdentityDocumentStatus,
} from './expiry.ts';
