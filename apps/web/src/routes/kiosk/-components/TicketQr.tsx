import { useQuery } from '@tanstack/react-query';
import { encode } from 'uqr';
import { createTicketStatusLink } from '../../../features/appointments/actions.ts';
import type { TokenSource } from '../../../lib/api.ts';
import { translate } from '../../../i18n/i18n.tsx';
import { Bilingual } from './Bilingual.tsx';
import classes from './kiosk.module.css';

/** The QR code's modules as one SVG path: a square per dark module, drawn without gaps (crispEdges). */
function qrPath(text: string): { size: number; path: string } {
  const { size, data } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size, path };
}

/**
 * The receipt's QR code to the ticket's public status page (no login, no personal data, expires at the end of the
 * day). The link is asked for once per ticket; if that fails, the receipt is shown and printed without it.
 */
export function TicketQr({ tokens, ticketId }: { tokens: TokenSource; ticketId: string }) {
  const link = useQuery({
    queryKey: ['ticket-status-link', ticketId],
    queryFn: () => createTicketStatusLink(tokens, ticketId),
    retry: false,
    staleTime: Infinity,
    gcTime: 60_000,
  });
  if (!link.data) return null;
  const url = `${window.location.origin}/billet/${link.data.token}`;
  const { size, path } = qrPath(url);
  return (
    <figure className={classes.qr} data-testid="ticket-qr" data-url={url}>
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={translate('da', 'kioskCheckIn.qrHint')} shapeRendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption className={classes.qrHint}>
        <Bilingual k="kioskCheckIn.qrHint" />
      </figcaption>
    </figure>
  );
}
