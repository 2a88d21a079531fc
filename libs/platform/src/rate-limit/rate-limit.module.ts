import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RateLimitInterceptor } from './rate-limit.interceptor';

/** Requests per caller and minute, for every route of the API process. */
@Module({ providers: [RateLimitInterceptor, { provide: APP_INTERCEPTOR, useExisting: RateLimitInterceptor }] })
export class RateLimitModule {}
