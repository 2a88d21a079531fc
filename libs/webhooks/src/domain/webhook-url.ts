import { invalid, ruleViolation } from '@gqt/kernel';
import { isIP } from 'node:net';
import { isPublicAddress } from './public-address';

export const MAX_URL_LENGTH = 2048;

/** Resolves a host name to every address it has (A and AAAA). */
export type ResolveHost = (hostname: string) => Promise<string[]>;

/** A subscription URL as the contract allows it: absolute http(s), no credentials in it. */
export function parseWebhookUrl(text: string): URL {
  let url: URL | undefined;
  try {
    url = text.length <= MAX_URL_LENGTH ? new URL(text) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    throw invalid('VALIDATION_FAILED', 'url must be an absolute http(s) URL without credentials', [
      { field: 'url', message: `must be an absolute http(s) URL of at most ${MAX_URL_LENGTH} characters` },
    ]);
  }
  return url;
}

export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * api-contract.md § Webhooks: in production a subscription URL must be https and resolve only
 * to public addresses (no SSRF into the platform's network). Checked when a bank subscribes and
 * again, on the addresses actually connected to, at every delivery (DNS rebinding).
 */
export async function assertDeliverableUrl(url: URL, production: boolean, resolve: ResolveHost): Promise<void> {
  if (!production) return;
  if (url.protocol !== 'https:') throw ruleViolation('WEBHOOK_URL_NOT_HTTPS', 'A webhook URL must use https');
  const host = hostOf(url);
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    addresses = [];
  }
  if (addresses.length === 0) {
    throw ruleViolation('WEBHOOK_URL_UNRESOLVABLE', `The host ${host} of the webhook URL does not resolve`);
  }
  const internal = addresses.find((address) => !isPublicAddress(address));
  if (internal !== undefined) {
    throw ruleViolation(
      'WEBHOOK_URL_NOT_PUBLIC',
      `The host ${host} resolves to ${internal}, which is not a public internet address`,
    );
  }
}
