/** Texts of the ticket on the phone (Danish and English: the chunk is small, and the page comes with it). */
const da = {
  'ticket.number': 'Dit nummer',
  'ticket.next': 'Du er den næste i køen.',
  'ticket.position': 'Du er nummer {n} i køen.',
  'ticket.estimate': 'Forventet ventetid: ca. {n} min.',
  'ticket.estimateSoon': 'Forventet ventetid: under et minut.',
  'ticket.called': 'Det er din tur: gå til {counter}.',
  'ticket.calledAnywhere': 'Det er din tur: gå til skranken.',
  'ticket.serving': 'Du bliver betjent ved {counter}.',
  'ticket.servingAnywhere': 'Du bliver betjent nu.',
  'ticket.parked': 'Din sag venter lidt. Du bliver kaldt igen.',
  'ticket.finished': 'Dit besøg er afsluttet. Tak for i dag.',
  'ticket.expired': 'Billetten er udløbet',
  'ticket.expiredBody': 'En billet gælder kun den dag, den er trukket. Træk en ny billet ved standeren.',
  'ticket.unknown': 'Billetten findes ikke',
  'ticket.unknownBody': 'Tjek, at du har scannet QR-koden på din billet. En billet gælder kun den dag, den er trukket.',
  'ticket.updated': 'Siden opdaterer sig selv. Senest opdateret kl. {time}.',
  'ticket.offline': 'Ingen forbindelse lige nu. Vi prøver igen om lidt.',
  'ticket.loading': 'Henter din billet …',
} as const;

const en: Record<keyof typeof da, string> = {
  'ticket.number': 'Your number',
  'ticket.next': 'You are next in line.',
  'ticket.position': 'You are number {n} in line.',
  'ticket.estimate': 'Expected wait: about {n} min.',
  'ticket.estimateSoon': 'Expected wait: less than a minute.',
  'ticket.called': 'It is your turn: go to {counter}.',
  'ticket.calledAnywhere': 'It is your turn: go to the desk.',
  'ticket.serving': 'You are being served at {counter}.',
  'ticket.servingAnywhere': 'You are being served now.',
  'ticket.parked': 'Your errand is waiting for a moment. You will be called again.',
  'ticket.finished': 'Your visit is over. Thank you for coming.',
  'ticket.expired': 'The ticket has expired',
  'ticket.expiredBody': 'A ticket is valid only on the day it was taken. Take a new ticket at the kiosk.',
  'ticket.unknown': 'Ticket not found',
  'ticket.unknownBody': 'Check that you scanned the QR code on your ticket. A ticket is valid only on the day it was taken.',
  'ticket.updated': 'The page updates itself. Last updated at {time}.',
  'ticket.offline': 'No connection right now. We will try again shortly.',
  'ticket.loading': 'Loading your ticket …',
};

export const ticketTexts = { da, en };
