import { Global, Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { appConfig } from '../config/app.config';
import { authConfig } from '../config/auth.config';
import { AccessTokens, JwtStrategy } from './access-token';
import { AuthGuard } from './auth.guard';
import { SIGNING_KEY, resolveSigningKey } from './signing-key';
import { TokenVersions } from './token-versions';

const signingKey = {
  provide: SIGNING_KEY,
  inject: [authConfig.KEY, appConfig.KEY, getDataSourceToken()],
  useFactory: (auth: ConfigType<typeof authConfig>, app: ConfigType<typeof appConfig>, dataSource: DataSource) =>
    resolveSigningKey(auth, app.production, dataSource),
};

@Global()
@Module({
  imports: [
    ConfigModule.forFeature(authConfig),
    ConfigModule.forFeature(appConfig),
    PassportModule,
    JwtModule.register({ signOptions: { algorithm: 'HS256' } }),
  ],
  providers: [signingKey, TokenVersions, JwtStrategy, AccessTokens, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccessTokens, TokenVersions, ConfigModule],
})
export class AuthModule {}
