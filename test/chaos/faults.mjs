// The faults a chaos run injects besides killing processes: every database connection of the
// run's database terminated at once, and every Redis connection of the run's processes dropped.
// Both are aimed at this run only: other runs share the PostgreSQL server and the Redis.
import Redis from 'ioredis';
import pg from 'pg';

/** pg_terminate_backend on every session of the database; returns how many. */
export async function terminateDatabaseConnections(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/** CLIENT KILL of each Redis connection the processes hold; returns how many. */
export async function dropRedisConnections(redisUrl, processes) {
  const port = new URL(redisUrl).port || '6379';
  const addresses = processes.flatMap((process) => process.connectionsTo(port));
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let killed = 0;
    for (const address of addresses) {
      killed += Number(await redis.call('CLIENT', 'KILL', 'ADDR', address));
    }
    return killed;
  } finally {
    redis.disconnect();
  }
}
