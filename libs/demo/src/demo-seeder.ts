import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EnterprisesService, type EnterpriseEntity, type NewEnterprise } from '@gqt/enterprises';
import { ApiClientsService, UsersService, principalOf } from '@gqt/identity';
import { CLIENT_SCOPES, REGION_CODE, appConfig, type Actor, type Role } from '@gqt/platform';
import { ReceivableLifecycleService, ReceivableTransfersService } from '@gqt/receivables';
import { ClsService } from 'nestjs-cls';
import { randomBytes } from 'node:crypto';
import { announce, type DemoClient, type DemoLogin } from './demo-credentials';
import { seedDemoReceivables, seedDemoTransfers } from './demo-receivables';
import { DemoMatching } from './demo-matching';
import { REGIONAL_DEBTORS, REGIONAL_SMES, seedRegionalReceivables } from './demo-regions';
import { DemoOnboarding } from './demo-onboarding';
import { DemoProcurement } from './demo-procurement';
import { DEMO_ENTERPRISES, type DemoEnterpriseKey } from './demo-parties';

const DEMO_ACTOR: Actor = { type: 'system', id: null, name: 'demo seed' };

/** The demo users act as themselves, as if logged in. */
export type DemoEnterprises = Record<DemoEnterpriseKey, EnterpriseEntity>;

/**
 * Demo data on first start unless SEED_DEMO=false: enterprises, users of every role and a bank
 * API client, seeded once per database (a settings row claims it, in the same transaction).
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService,
    private readonly enterprises: EnterprisesService,
    private readonly users: UsersService,
    private readonly clients: ApiClientsService,
    private readonly receivables: ReceivableLifecycleService,
    private readonly transfers: ReceivableTransfersService,
    private readonly onboarding: DemoOnboarding,
    private readonly procurement: DemoProcurement,
    private readonly matching: DemoMatching,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.app.demo) return;
    const seeded = await this.cls.run({ ifNested: 'override' }, () =>
      this.txHost.withTransaction(() => this.seedOnce()),
    );
    if (!seeded) return;
    this.logger.log('Seeded the demo data');
    announce(this.app.dataDir, seeded.logins, seeded.clients);
  }

  private async seedOnce(): Promise<{ logins: DemoLogin[]; clients: DemoClient[] } | null> {
    const claimed = await this.txHost.tx.query<unknown[]>(
      `INSERT INTO settings (key, value) VALUES ('demo_seeded', now()::text) ON CONFLICT (key) DO NOTHING RETURNING key`,
    );
    if (claimed.length === 0) return null;
    const parties = {} as DemoEnterprises;
    for (const [key, fields] of Object.entries(DEMO_ENTERPRISES) as [
      DemoEnterpriseKey,
      (typeof DEMO_ENTERPRISES)[DemoEnterpriseKey],
    ][]) {
      parties[key] = await this.enterprises.register(fields, DEMO_ACTOR);
    }
    const logins: DemoLogin[] = [];
    const user = async (
      username: string,
      role: Role,
      who: string,
      extra: { enterpriseId?: string; jurisdiction?: string },
    ) => {
      const password = `Demo-${randomBytes(6).toString('base64url')}`;
      const created = await this.users.create(DEMO_ACTOR, { username, password, role, ...extra });
      logins.push({ role, who, username, password });
      return created;
    };
    const core = await user('demo-core', 'CORE_ENTERPRISE', parties.core.name, { enterpriseId: parties.core.id });
    const traders = {
      core: principalOf(core),
      parts: principalOf(await user('demo-sme', 'SME', parties.parts.name, { enterpriseId: parties.parts.id })),
      logistics: principalOf(
        await user('demo-sme-logistics', 'SME', parties.logistics.name, { enterpriseId: parties.logistics.id }),
      ),
      software: principalOf(
        await user('demo-sme-software', 'SME', parties.software.name, { enterpriseId: parties.software.id }),
      ),
    };
    const bank = principalOf(await user('demo-bank', 'BANK', parties.bank.name, { enterpriseId: parties.bank.id }));
    const bank2 = principalOf(
      await user('demo-bank-2', 'BANK', parties.bank2.name, { enterpriseId: parties.bank2.id }),
    );
    const region = await user('demo-regulator', 'REGULATOR', '广西壮族自治区工业和信息化厅', {
      jurisdiction: REGION_CODE,
    });
    const liuzhou = await user('demo-regulator-liuzhou', 'REGULATOR', '柳州市工业和信息化局', {
      jurisdiction: '450200',
    });
    const issued = await this.clients.issue(DEMO_ACTOR, parties.bank.id, {
      name: 'demo core banking',
      scopes: [...CLIENT_SCOPES],
    });
    const clients = [{ who: parties.bank.name, clientId: issued.client.clientId, clientSecret: issued.clientSecret }];
    const receivableIds = await seedDemoReceivables(this.receivables, traders, parties.core.uscc);
    await seedDemoTransfers(this.transfers, traders, receivableIds, {
      logistics: parties.logistics.uscc,
      software: parties.software.uscc,
    });
    await this.seedRegions();
    await this.procurement.seed(DEMO_ACTOR, traders, parties.bank, user);
    await this.matching.seed(
      { region: principalOf(region), core: traders.core, parts: traders.parts, bank, bank2 },
      parties,
      this.receivables,
    );
    // Last: the reward evaluation it requests covers everything seeded before it.
    await this.onboarding.seed(DEMO_ACTOR, { core, region, liuzhou }, user);
    return { logins, clients };
  }

  /**
   * Supply chains in most of Guangxi's cities, so that each role's first screen shows variety; their
   * users act in the seed only (their passwords are not announced: the demo logins stay a short list).
   */
  private async seedRegions(): Promise<void> {
    const users = {} as Parameters<typeof seedRegionalReceivables>[1];
    const debtors = {} as Record<keyof typeof REGIONAL_DEBTORS, EnterpriseEntity>;
    const quietUser = async (username: string, role: Role, enterpriseId: string) =>
      principalOf(
        await this.users.create(DEMO_ACTOR, {
          username,
          password: `Demo-${randomBytes(12).toString('base64url')}`,
          role,
          enterpriseId,
        }),
      );
    for (const [key, fields] of Object.entries(REGIONAL_DEBTORS) as [keyof typeof REGIONAL_DEBTORS, NewEnterprise][]) {
      debtors[key] = await this.enterprises.register(fields, DEMO_ACTOR);
      users[`debtor:${key}`] = await quietUser(`demo-gx-core-${key}`, 'CORE_ENTERPRISE', debtors[key].id);
    }
    for (const [key, fields] of Object.entries(REGIONAL_SMES) as [keyof typeof REGIONAL_SMES, NewEnterprise][]) {
      const enterprise = await this.enterprises.register(fields, DEMO_ACTOR);
      users[`sme:${key}`] = await quietUser(`demo-gx-sme-${key}`, 'SME', enterprise.id);
    }
    await seedRegionalReceivables(this.receivables, users, debtors);
  }
}
