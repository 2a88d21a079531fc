import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import type { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { authConfig } from '../config/auth.config';
import { CLIENT_SCOPES, ROLES, type ClientScope, type Principal, type Role } from './principal';
import { SIGNING_KEY } from './signing-key';
import { TokenVersions } from './token-versions';

interface Claims {
  sub: string;
  typ: Principal['type'];
  name: string;
  role: Role;
  ent: string | null;
  jur: string | null;
  scp: ClientScope[];
  /** The subject's credential version when the token was issued (see TokenVersions). */
  ver?: number;
}

const ISSUER = 'guiqitong';

/** Issues access tokens: HS256 JWTs carrying the principal. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(SIGNING_KEY) private readonly signingKey: string,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    private readonly versions: TokenVersions,
  ) {}

  get ttlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  async issue(principal: Principal): Promise<string> {
    const claims: Claims = {
      sub: principal.id,
      typ: principal.type,
      name: principal.name,
      role: principal.role,
      ent: principal.enterpriseId,
      jur: principal.jurisdiction,
      scp: principal.scopes,
      ver: await this.versions.read(principal.id),
    };
    return this.jwt.sign(claims, {
      secret: this.signingKey,
      expiresIn: this.config.accessTokenTtlSeconds,
      issuer: ISSUER,
    });
  }
}

/** Reads the bearer token of a request back into its principal. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(SIGNING_KEY) signingKey: string,
    private readonly versions: TokenVersions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, which jsonwebtoken accepts though the typings say string: given a string it
      // first tries to parse it as a PEM public key on every request, which costs about a millisecond.
      secretOrKey: createSecretKey(Buffer.from(signingKey)) as unknown as string,
      algorithms: ['HS256'],
      issuer: ISSUER,
    });
  }

  /** A token is good while its subject's credentials are at the version it was issued under. */
  async validate(claims: Claims): Promise<Principal | false> {
    if (!ROLES.includes(claims.role) || !['user', 'client'].includes(claims.typ)) return false;
    if ((claims.ver ?? 0) !== (await this.versions.current(claims.sub))) return false;
    return {
      type: claims.typ,
      id: claims.sub,
      name: claims.name,
      role: claims.role,
      enterpriseId: claims.ent ?? null,
      jurisdiction: claims.jur ?? null,
      scopes: (claims.scp ?? []).filter((scope) => CLIENT_SCOPES.includes(scope)),
    };
  }
}
