import type { CheckInResult, IssuedTicket } from '@skranke/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { DocumentTitle } from '../../../components/DocumentTitle/DocumentTitle.tsx';
import type { ScreenAccess } from '../../../features/devices/screen-access.ts';
import { issueTicket } from '../../../features/queue/actions.ts';
import { openingHoursQueryOptions, queueKeys, servicesQueryOptions } from '../../../features/queue/queries.ts';
import { translate } from '../../../i18n/i18n.tsx';
import { ApiError } from '../../../lib/http.ts';
import { Bilingual } from './Bilingual.tsx';
import { CheckInOutcome, CheckInNote } from './CheckInOutcome.tsx';
import { CheckInPanel } from './CheckInPanel.tsx';
import { ClosedNotice } from './ClosedNotice.tsx';
import classes from './kiosk.module.css';
import { ServicePicker } from './ServicePicker.tsx';
import { TicketReceipt } from './TicketReceipt.tsx';

const retryDelay = (attempt: number) => Math.min(10_000, 1_000 * 2 ** attempt);

/**
 * One tap session runs from the start screen to the printed number. It has one Idempotency-Key, so a repeated tap
 * (or a retry after a lost answer) gets the same ticket back instead of a second one; choosing another service after
 * a failure starts a new key.
 */
export function KioskScreen({ access }: { access: ScreenAccess }) {
  const queryClient = useQueryClient();
  const { tokens, locationId } = access;
  const services = useQuery({ ...servicesQueryOptions(tokens, locationId), retry: true, retryDelay, refetchInterval: 60_000 });
  const hours = useQuery({ ...openingHoursQueryOptions(tokens, locationId), retry: true, retryDelay });
  const [receipt, setReceipt] = useState<{ issued: IssuedTicket; shownAt: number; checkIn?: CheckInResult } | null>(null);
  // A booked citizen checking in: the form, then a number (on the receipt) or what to do instead.
  const [checkIn, setCheckIn] = useState<{ result: CheckInResult | null } | null>(null);
  const tapSession = useRef<{ key: string; serviceId: string } | null>(null);
  const inFlight = useRef(false);

  const issue = useMutation({
    mutationFn: (serviceId: string) => {
      if (tapSession.current?.serviceId !== serviceId) tapSession.current = { key: crypto.randomUUID(), serviceId };
      return issueTicket(tokens, locationId, serviceId, tapSession.current.key);
    },
    onSuccess: (issued) => setReceipt({ issued, shownAt: Date.now() }),
    onError: (error) => {
      if (error instanceof ApiError && error.problem?.code === 'location-closed') {
        void queryClient.invalidateQueries({ queryKey: queueKeys.openingHours(locationId) });
      } else if (error instanceof ApiError && error.problem?.code === 'service-closed') {
        void queryClient.invalidateQueries({ queryKey: queueKeys.services(locationId) });
      }
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });

  // A ref, not only the disabled state: two taps within one frame both arrive before React re-renders the buttons.
  const tap = (serviceId: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    issue.mutate(serviceId);
  };

  const { reset } = issue;
  const backToStart = useCallback(() => {
    setReceipt(null);
    setCheckIn(null);
    tapSession.current = null;
    reset();
  }, [reset]);

  const closedByServer = issue.error instanceof ApiError && issue.error.problem?.code === 'location-closed';
  const closed = hours.data?.openNow === false || (closedByServer && !hours.isFetching && hours.data?.openNow !== true);

  let content;
  const showCheckIn = (result: CheckInResult) => {
    if (result.issued) {
      setCheckIn(null);
      setReceipt({ issued: result.issued, shownAt: Date.now(), checkIn: result });
    } else setCheckIn({ result });
  };

  if (receipt) {
    const booked = receipt.checkIn;
    content = (
      <TicketReceipt
        issued={receipt.issued}
        shownAt={receipt.shownAt}
        onDone={backToStart}
        tokens={tokens}
        note={booked && <CheckInNote result={booked} />}
        hideEstimate={booked !== undefined && booked.arrival !== 'late_walk_in'}
      />
    );
  } else if (checkIn?.result) content = <CheckInOutcome result={checkIn.result} onDone={backToStart} />;
  else if (closed) content = <ClosedNotice hours={hours.data} />;
  else if (!services.data || !hours.data) {
    content = (
      <main className={classes.start}>
        <h1 className={classes.heading}>
          <Bilingual k="kiosk.heading" />
        </h1>
      </main>
    );
  } else {
    content = checkIn ? (
      <CheckInPanel access={access} onResult={showCheckIn} onBack={backToStart} />
    ) : (
      <ServicePicker
        services={services.data.filter((s) => s.active)}
        pending={issue.isPending}
        failed={issue.isError}
        onTap={tap}
        onCheckIn={() => setCheckIn({ result: null })}
      />
    );
  }

  return (
    <div className={classes.screen}>
      <DocumentTitle title={translate('da', 'kiosk.pageTitle')} />
      {content}
    </div>
  );
}
