// A client as a careful bank system writes one: every POST carries an Idempotency-Key, and a
// request without a definitive answer (the connection dropped, a 503, a 409 "key in progress")
// is sent again with the same key, to whichever API process answers, until it gets one.
import { randomUUID } from 'node:crypto';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const REQUEST_TIMEOUT_MS = 60_000;

export class Figures {
  requests = 0;
  byStatus = {};
  networkErrors = 0;
  /** Writes sent again because an attempt that reached the server ended without an answer. */
  inDoubt = 0;
  /** In-doubt operations whose answer, once settled, was the stored first one (Idempotent-Replayed). */
  settledByReplay = 0;
  /** Responses 500 and any 5xx but 503 (which promises a retry): must stay 0. */
  serverErrors = [];
  /** Milliseconds from sending to a definitive answer, retries included. */
  latencies = [];

  count(status) {
    this.requests += 1;
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
  }
}

/** True when the attempt gave no definitive answer and must be sent again with the same key. */
const undecided = (status, body) =>
  status === 503 || status === 502 || (status === 409 && body?.code === 'IDEMPOTENCY_KEY_IN_PROGRESS');

export class KeyedClient {
  constructor(apis, figures) {
    this.apis = apis;
    this.figures = figures;
    this.next = 0;
  }

  /** Whichever API process is up, in turn. */
  baseUrl() {
    const live = this.apis.filter((api) => api.alive);
    const pool = live.length > 0 ? live : this.apis;
    this.next = (this.next + 1) % pool.length;
    return `${pool[this.next].baseUrl}/api/v1`;
  }

  /** A GET, retried the same way (reads have no key: they change nothing). */
  async get(path, token) {
    return (await this.send('GET', path, { token })).body;
  }

  /**
   * A POST with an Idempotency-Key, sent until it gets a definitive answer. Returns
   * `{status, body, key, inDoubt, replayed}`; `inDoubt` when some attempt got no answer.
   */
  async post(path, { token, body }) {
    return this.send('POST', path, { token, body, key: randomUUID() });
  }

  async send(method, path, { token, body, key }) {
    const started = performance.now();
    let inDoubt = false;
    for (let attempt = 1; ; attempt += 1) {
      let status;
      let answer;
      let replayed = false;
      try {
        const response = await fetch(`${this.baseUrl()}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            ...(body ? { 'content-type': 'application/json' } : {}),
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        status = response.status;
        replayed = response.headers.get('idempotent-replayed') === 'true';
        const text = await response.text();
        answer = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
      } catch (error) {
        this.figures.requests += 1;
        this.figures.networkErrors += 1;
        // Refused: the request never reached a process (it is down). Anything else may have.
        if (error?.cause?.code !== 'ECONNREFUSED') inDoubt = true;
        await sleep(Math.min(2000, 50 * 2 ** attempt) * (0.5 + Math.random()));
        continue;
      }
      this.figures.count(status);
      if (status >= 500 && status !== 503) {
        this.figures.serverErrors.push({ method, path, status, body: answer });
      }
      if (undecided(status, answer) || (status >= 500 && status !== 503)) {
        inDoubt = true;
        await sleep(Math.min(2000, 100 * attempt) * (0.5 + Math.random()));
        continue;
      }
      this.figures.latencies.push(performance.now() - started);
      if (inDoubt && method === 'POST') {
        this.figures.inDoubt += 1;
        if (replayed) this.figures.settledByReplay += 1;
      }
      return { status, body: answer, key, inDoubt, replayed, path, sent: body };
    }
  }
}
