// The bank's webhook endpoint: a real HTTP server on 127.0.0.1 that checks every signature as a
// bank must (docs/bank-integration.md) and refuses a few first deliveries, so that retries run.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const REFUSED_SHARE = 0.03;

export async function startWebhookReceiver() {
  const received = new Map(); // event id → {type, validDeliveries}
  const figures = { requests: 0, badSignatures: 0, refused: 0 };
  let secret;

  const verified = (header, body) => {
    const parts = new Map((header ?? '').split(',').map((part) => part.trim().split('=', 2)));
    const given = Buffer.from(parts.get('v1') ?? '', 'hex');
    const expected = createHmac('sha256', secret ?? '')
      .update(`${parts.get('t')}.${body}`, 'utf8')
      .digest();
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      figures.requests += 1;
      const body = Buffer.concat(chunks).toString('utf8');
      if (!verified(request.headers['x-gqt-signature'], body)) {
        figures.badSignatures += 1;
        response.writeHead(401).end();
        return;
      }
      const eventId = request.headers['x-gqt-delivery'];
      if (!received.has(eventId) && Math.random() < REFUSED_SHARE) {
        figures.refused += 1;
        received.set(eventId, { type: request.headers['x-gqt-event'], validDeliveries: 0 });
        response.writeHead(500).end('not now');
        return;
      }
      const entry = received.get(eventId) ?? { type: request.headers['x-gqt-event'], validDeliveries: 0 };
      entry.validDeliveries += 1;
      received.set(eventId, entry);
      response.writeHead(200).end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks/gqt`,
    figures,
    /** Events received at least once with a valid signature and acknowledged. */
    delivered: (eventId) => (received.get(eventId)?.validDeliveries ?? 0) > 0,
    useSecret(value) {
      secret = value;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
