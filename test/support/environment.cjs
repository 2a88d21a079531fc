const { TestEnvironment } = require('jest-environment-node');

const CLOSE_TIMEOUT_MS = 30_000;

/** Node's test environment that, when a test file ends, closes the APIs it left open (see api.ts). */
class ClosingLeftoverApis extends TestEnvironment {
  async teardown() {
    const open = [...(this.global.gqtOpenApis ?? [])];
    if (open.length > 0) {
      const closing = Promise.allSettled(open.map(async (starting) => (await starting).close()));
      const timeout = new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref());
      await Promise.race([closing, timeout]);
    }
    await super.teardown();
  }
}

module.exports = ClosingLeftoverApis;
