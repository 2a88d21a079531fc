import { Injectable } from '@nestjs/common';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './domain/public-address';
import { hostOf } from './domain/webhook-url';

export interface SendResult {
  /** The HTTP status, or null when no answer came. */
  status: number | null;
  error: string | null;
  durationMs: number;
}

export interface Outgoing {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Production: refuse to connect to anything but public addresses. */
  publicOnly: boolean;
}

// What is read of a receiver's answer before it is dropped: it only needs to say 2xx.
const MAX_RESPONSE_BYTES = 64 * 1024;

class NotPublicAddressError extends Error {
  readonly code = 'EADDRNOTPUBLIC';
}

/**
 * A lookup that checks what it resolved, so that the address checked is the address connected to:
 * a host that answered with a public address when the bank subscribed and a private one now
 * (DNS rebinding) is refused here.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const internal = addresses.find((a) => !isPublicAddress(a.address));
    if (internal || addresses.length === 0) {
      const what = internal ? `${internal.address}, which is not a public address` : 'no address';
      return callback(new NotPublicAddressError(`${hostname} resolves to ${what}`), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

/** POSTs one webhook delivery; never throws: every outcome is a result to log. */
@Injectable()
export class WebhookSender {
  async send(outgoing: Outgoing): Promise<SendResult> {
    const started = performance.now();
    const finish = (status: number | null, error: string | null): SendResult => ({
      status,
      error,
      durationMs: Math.round(performance.now() - started),
    });
    let url: URL;
    try {
      url = new URL(outgoing.url);
    } catch {
      return finish(null, 'The subscription URL is not a URL');
    }
    const host = hostOf(url);
    if (outgoing.publicOnly && isIP(host) && !isPublicAddress(host)) {
      return finish(null, `${host} is not a public address`);
    }
    if (outgoing.publicOnly && url.protocol !== 'https:') return finish(null, 'The URL must use https');
    return new Promise<SendResult>((resolve) => {
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          headers: { ...outgoing.headers, 'Content-Length': String(Buffer.byteLength(outgoing.body)) },
          ...(outgoing.publicOnly ? { lookup: publicOnlyLookup } : {}),
        },
        (response: IncomingMessage) => {
          let read = 0;
          response.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read > MAX_RESPONSE_BYTES) response.destroy();
          });
          const done = () => {
            clearTimeout(timer);
            resolve(finish(response.statusCode ?? null, null));
          };
          response.once('end', done);
          response.once('close', done);
          response.once('error', done);
        },
      );
      const timer = setTimeout(() => {
        request.destroy(new Error(`No answer within ${outgoing.timeoutMs} ms`));
      }, outgoing.timeoutMs);
      request.once('error', (error: Error) => {
        clearTimeout(timer);
        resolve(finish(null, error.message));
      });
      request.end(outgoing.body);
    });
  }
}
