import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookSender } from './webhook-sender';

describe('WebhookSender', () => {
  let server: Server;
  let hits = 0;
  let port: number;
  const sender = new WebhookSender();

  beforeAll(async () => {
    server = createServer((request, response) => {
      hits += 1;
      request.resume();
      const status = request.url === '/slow' ? undefined : request.url === '/fail' ? 500 : 204;
      if (status) response.writeHead(status).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const send = (path: string, publicOnly = false, host = '127.0.0.1', protocol = 'http') =>
    sender.send({ url: `${protocol}://${host}:${port}${path}`, headers: {}, body: '{}', timeoutMs: 500, publicOnly });

  it('reports the status and the time the receiver took', async () => {
    expect(await send('/ok')).toMatchObject({ status: 204, error: null, durationMs: expect.any(Number) });
    expect(await send('/fail')).toMatchObject({ status: 500, error: null });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const result = await send('/slow');
    expect(result).toMatchObject({ status: null, error: 'No answer within 500 ms' });
    expect(result.durationMs).toBeGreaterThanOrEqual(450);
  });

  it('in production connects only to public addresses: what a name resolves to is checked when connecting', async () => {
    const before = hits;
    const byName = await send('/ok', true, 'localhost', 'https');
    expect(byName.status).toBeNull();
    expect(byName.error).toMatch(/not a public address/);
    const byAddress = await send('/ok', true, '127.0.0.1', 'https');
    expect(byAddress.error).toMatch(/not a public address/);
    expect(hits).toBe(before);
  });
});
