// `npm run fuzz [-- --seed N --runs M --only <operationId part> --target embedded|postgres]`
//
// Property-based fuzzing of the whole API, driven by the OpenAPI document the server serves:
// every operation, with valid requests and requests mutated in one field or as a whole (the
// hostile families of fuzz/hostile.mjs), as every role, as nobody and with forged credentials.
// Properties: no 5xx, every error is problem+json with its status, and every status is one the
// operation declares. A fresh server with demo data is started from dist/ (`npm run build:api`);
// `--target postgres` uses a fresh database on FUZZ_POSTGRES_URL (or TEST_DATABASE_URL).
// A failure prints the counterexample (shrunk) and the command that replays it.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { ADMIN_PASSWORD, startServer } from '../bench/lib.mjs';
import { callers } from './callers.mjs';
import { hostileIdempotencyKey, hostileValue, mutatedBody, requestMutation } from './hostile.mjs';
import { placesIn, replaceAt, resolve, valueFor } from './schema.mjs';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '12' },
    runs: { type: 'string', default: '150' },
    only: { type: 'string' },
    target: { type: 'string', default: 'embedded' },
    concurrency: { type: 'string', default: '4' },
  },
});
const seed = Number(args.seed);
const runs = Number(args.runs);

const REQUEST_TIMEOUT_MS = 30_000;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function operationsOf(document) {
  const operations = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      operations.push({
        path,
        method: method.toUpperCase(),
        operation,
        id: operation.operationId ?? `${method} ${path}`,
      });
    }
  }
  return operations.filter((op) => !args.only || op.id.includes(args.only));
}

/** Ids the server handed out, so that generated requests also reach existing resources. */
async function knownIds(base, operations, headers) {
  const ids = new Set();
  for (const { path, method } of operations) {
    if (method !== 'GET' || path.includes('{')) continue;
    for (const caller of headers) {
      const text = await (await fetch(`${base}${path}`, { headers: caller })).text();
      for (const id of text.match(UUID) ?? []) ids.add(id);
    }
  }
  return [...ids];
}

/** Parameters of one kind; with `all`, optional ones too, so that a mutation can land on any of them. */
function parametersArbitrary(document, operation, where, known, all = false) {
  const parameters = (operation.parameters ?? []).filter((p) => p.in === where && p.name !== 'Idempotency-Key');
  const record = {};
  for (const parameter of parameters) {
    const schema = resolve(document, parameter.schema ?? {});
    record[parameter.name] =
      where === 'path' && /id$/i.test(parameter.name)
        ? fc.oneof(fc.constantFrom(...known.ids), fc.uuid())
        : valueFor(document, schema, known);
  }
  const required = parameters.filter((p) => all || p.required || where === 'path').map((p) => p.name);
  return fc.record(record, { requiredKeys: required });
}

function bodyArbitrary(document, operation, known) {
  const content = operation.requestBody?.content ?? {};
  const mediaType = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'].find(
    (type) => content[type],
  );
  if (!mediaType) return fc.constant({ mediaType: undefined, value: undefined });
  return valueFor(document, content[mediaType].schema ?? {}, known).map((value) => ({ mediaType, value }));
}

/** A request for the operation: valid, one field mutated, or mutated as a whole. */
function requestArbitrary(document, op, known, callerList, permitted) {
  // Mostly callers the operation lets in, so that requests reach the rules behind the guard.
  const others = callerList.filter((c) => !permitted.includes(c));
  const caller =
    permitted.length > 0
      ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...permitted) }, fc.constantFrom(...others))
      : fc.constantFrom(...callerList);
  const partsWith = (all) =>
    fc.record({
      caller,
      path: parametersArbitrary(document, op.operation, 'path', known),
      query: parametersArbitrary(document, op.operation, 'query', known, all),
      body: bodyArbitrary(document, op.operation, known),
    });
  const parts = partsWith(false);
  const oneField = fc.tuple(partsWith(true), fc.nat(), hostileValue).map(([request, index, hostile]) => {
    const tree = { path: request.path, query: request.query, body: request.body.value };
    const places = placesIn(tree).filter((place) => place.length >= 2 || place[0] === 'body');
    const place = places[index % places.length];
    const changed = replaceAt(tree, place, hostile);
    return {
      ...request,
      path: changed.path,
      query: changed.query,
      body: { ...request.body, value: changed.body },
      mutation: `field ${place.join('.')}`,
    };
  });
  const whole = fc
    .tuple(parts, requestMutation, hostileIdempotencyKey)
    .map(([request, mutation, key]) => ({ ...request, mutation, idempotencyKey: key }));
  return fc.oneof(
    { weight: 2, arbitrary: parts.map((request) => ({ ...request, mutation: 'none' })) },
    { weight: 4, arbitrary: oneField },
    { weight: 2, arbitrary: whole },
  );
}

function encodeSegment(value) {
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // an unpaired surrogate has no UTF-8: send the bytes a client would
  }
}

function urlOf(base, op, request) {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name) => encodeSegment(request.path?.[name] ?? ''));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      query.append(name, typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item));
    }
  }
  const search = query.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

function bodyOf(request) {
  const whole = mutatedBody(request.mutation, request.body.value);
  if (whole) return { contentType: whole.contentType, payload: whole.raw };
  const { mediaType, value } = request.body;
  if (!mediaType) return {};
  if (mediaType === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams();
    for (const [name, item] of Object.entries(value ?? {})) form.append(name, String(item));
    return { contentType: mediaType, payload: form.toString() };
  }
  if (mediaType === 'multipart/form-data') {
    const form = new FormData();
    const text = Object.values(value ?? {}).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    form.append('file', new Blob([`contractNo,debtorUscc\n${text.join(',')}\n`], { type: 'text/csv' }), 'rows.csv');
    return { payload: form };
  }
  return { contentType: mediaType, payload: value === undefined ? undefined : JSON.stringify(value) };
}

async function send(base, op, request) {
  const { contentType, payload } = bodyOf(request);
  const headers = { ...request.caller.headers };
  if (contentType) headers['content-type'] = contentType;
  if (request.mutation === 'idempotency-key') headers['idempotency-key'] = request.idempotencyKey;
  if (request.mutation === 'accept-csv') headers.accept = 'text/csv';
  const url = urlOf(base, op, request);
  try {
    const response = await fetch(url, {
      method: op.method,
      headers,
      body: op.method === 'GET' || op.method === 'DELETE' ? undefined : payload,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return { url, status: response.status, contentType: response.headers.get('content-type') ?? '', text };
  } catch (error) {
    // A request fetch itself refuses to send (a header that is not a ByteString) tests nothing.
    if (error instanceof TypeError && !String(error.cause ?? '').includes('ECONNRE')) return { url, unsent: true };
    return { url, status: 0, contentType: '', text: String(error?.cause ?? error) };
  }
}

/** What is wrong with an answer, or undefined. */
function violation(op, answer) {
  if (answer.status === 0) return `no answer: ${answer.text}`;
  if (answer.status >= 500) return `${answer.status}: ${answer.text.slice(0, 300)}`;
  const declared = Object.keys(op.operation.responses ?? {}).map(Number);
  if (!declared.includes(answer.status)) {
    return `status ${answer.status} is not declared (declared: ${declared.join(', ')})`;
  }
  if (answer.status >= 400) {
    if (!answer.contentType.startsWith('application/problem+json')) return `error ${answer.status} is not problem+json`;
    let problem;
    try {
      problem = JSON.parse(answer.text);
    } catch {
      return `error ${answer.status} is not JSON`;
    }
    if (problem.status !== answer.status || typeof problem.code !== 'string') {
      return `problem document does not match: ${answer.text.slice(0, 200)}`;
    }
  }
  return undefined;
}

/** The real callers whose valid-looking request the operation does not refuse with 401 or 403. */
async function permittedCallers(document, base, op, known, callerList, opSeed, check) {
  const [probe] = fc.sample(requestArbitrary(document, op, known, callerList, []), { seed: opSeed, numRuns: 1 });
  const permitted = [];
  for (const caller of callerList.filter((c) => c.trusted)) {
    const answer = await send(base, op, { ...probe, caller, mutation: 'none' });
    if (!answer.unsent && check(answer) && answer.status !== 401 && answer.status !== 403) permitted.push(caller);
  }
  return permitted;
}

async function fuzzOperation(document, base, op, known, callerList, stats) {
  const failures = [];
  const opSeed = [...op.id].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, seed);
  const checked = (answer) => {
    stats.requests++;
    stats.statuses[answer.status] = (stats.statuses[answer.status] ?? 0) + 1;
    const wrong = violation(op, answer);
    if (wrong) failures.push(wrong);
    return wrong === undefined;
  };
  const permitted = await permittedCallers(document, base, op, known, callerList, opSeed, checked);
  const result = await fc.check(
    fc.asyncProperty(requestArbitrary(document, op, known, callerList, permitted), async (request) => {
      const answer = await send(base, op, request);
      return answer.unsent || checked(answer);
    }),
    { seed: opSeed, numRuns: runs, interruptAfterTimeLimit: 90_000 },
  );
  if (!result.failed && failures.length === 0) return undefined;
  const [request] = result.counterexample ?? [];
  return {
    operation: `${op.method} ${op.path} (${op.id})`,
    problem: failures.at(-1),
    caller: request?.caller.name,
    mutation: request?.mutation,
    example: JSON.stringify({ path: request?.path, query: request?.query, body: request?.body.value }).slice(0, 400),
  };
}

async function main() {
  const postgresUrl = process.env.FUZZ_POSTGRES_URL ?? process.env.TEST_DATABASE_URL;
  if (args.target === 'postgres' && !postgresUrl) throw new Error('--target postgres needs FUZZ_POSTGRES_URL');
  const started = Date.now();
  const server = await startServer({ target: args.target, postgresUrl, env: { SEED_DEMO: 'true' } });
  try {
    const document = await (await fetch(`${server.baseUrl}/docs-json`)).json();
    const base = server.baseUrl;
    const operations = operationsOf(document);
    const { list } = await callers(server.api, server.dataDir, ADMIN_PASSWORD);
    for (const caller of list) caller.trusted = !caller.name.startsWith('forged') && caller.name !== 'anonymous';
    const known = {
      ids: await knownIds(
        base,
        operations,
        list.filter((c) => c.trusted).map((c) => c.headers),
      ),
    };
    if (known.ids.length === 0) known.ids.push('00000000-0000-0000-0000-000000000000');
    console.log(
      `fuzz: ${operations.length} operations × ${runs} runs, ${list.length} callers, ${known.ids.length} known ids, seed ${seed}, ${args.target}`,
    );
    const stats = { requests: 0, statuses: {} };
    const failures = [];
    const queue = [...operations];
    const worker = async () => {
      for (let op = queue.shift(); op; op = queue.shift()) {
        const failure = await fuzzOperation(document, base, op, known, list, stats);
        if (failure) failures.push(failure);
      }
    };
    await Promise.all(Array.from({ length: Number(args.concurrency) }, worker));
    const seconds = Math.round((Date.now() - started) / 1000);
    const fiveHundreds = Object.entries(stats.statuses)
      .filter(([status]) => Number(status) >= 500 || Number(status) === 0)
      .reduce((sum, [, count]) => sum + count, 0);
    console.log(`fuzz: ${stats.requests} requests in ${seconds} s; statuses ${JSON.stringify(stats.statuses)}`);
    console.log(`fuzz: ${fiveHundreds} × 5xx or no answer; ${failures.length} operations with a violation`);
    for (const failure of failures) {
      console.log(
        `\n  ✗ ${failure.operation}\n    ${failure.problem}\n    as ${failure.caller}, mutation ${failure.mutation}`,
      );
      console.log(`    ${failure.example}`);
    }
    if (failures.length > 0) {
      console.log(`\nreplay: npm run fuzz -- --seed ${seed} --runs ${runs} --only <operationId>`);
    }
    console.log(`fuzz: ${operations.length - failures.length} passed, ${failures.length} failed`);
    process.exitCode = failures.length > 0 ? 1 : 0;
  } finally {
    await server.dispose();
  }
}

await main();
