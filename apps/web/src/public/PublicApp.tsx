import { lazy, Suspense, useEffect } from 'react';
import type { MessageKey } from './i18n/da.ts';
import { BookingPage } from './booking/BookingPage.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { Link, routeOf, usePathname, type PublicRoute } from './router.tsx';
import { Loading } from './ui.tsx';

// The booking page comes with the entry (it is the page most phones open, and one chunk compresses better than
// three); finding a booking and the ticket on the phone are chunks of their own.
const MyBookingPage = lazy(() => import('./my-booking/MyBookingPage.tsx').then((m) => ({ default: m.MyBookingPage })));
const TicketPage = lazy(() => import('./ticket/TicketPage.tsx').then((m) => ({ default: m.TicketPage })));
const RemoteTicketPage = lazy(() => import('./remote/RemoteTicketPage.tsx').then((m) => ({ default: m.RemoteTicketPage })));

const TITLES: Record<PublicRoute['page'], MessageKey> = {
  booking: 'booking.title',
  'my-booking': 'find.title',
  ticket: 'ticket.title',
  'remote-ticket': 'remote.title',
  'not-found': 'app.notFound',
};

/** The citizens' pages: a header with the language switch, and the page the path names. */
export function PublicApp({ today }: { today?: string }) {
  const { t, language, setLanguage } = useI18n();
  const route = routeOf(usePathname());
  const title = t(TITLES[route.page]);

  useEffect(() => {
    document.title = `${title} – ${t('app.brand')}`;
  }, [title, t]);

  const other = language === 'da' ? 'en' : 'da';
  return (
    <>
      <header className="pub-header">
        <div className="pub-header-inner">
          <span className="pub-brand">
            <span className="pub-mark" aria-hidden="true"></span>
            {t('app.brand')}
          </span>
          <button
            type="button"
            className="pub-language"
            lang={other}
            aria-label={t('app.otherLanguageLabel')}
            onClick={() => void setLanguage(other)}
          >
            {t('app.otherLanguage')}
          </button>
        </div>
      </header>
      <main className="pub-main">
        <h1>{title}</h1>
        <Suspense fallback={<Loading text={t('app.loading')} />}>
          {route.page === 'booking' && <BookingPage today={today} />}
          {route.page === 'my-booking' && <MyBookingPage today={today} />}
          {route.page === 'remote-ticket' && <RemoteTicketPage />}
          {/* A new token is a new ticket: the page starts afresh. */}
          {route.page === 'ticket' && <TicketPage key={route.token} token={route.token} />}
        </Suspense>
        {route.page === 'not-found' && (
          <>
            <p>{t('app.notFoundBody')}</p>
            <p>
              <Link href="/tidsbestilling">{t('app.toBooking')}</Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
