import { Injectable } from '@nestjs/common';
import { shanghaiDate, yearOf } from '@gqt/kernel';
import { EnterprisesService, usccCheckCharacter, type NewEnterprise } from '@gqt/enterprises';
import { principalOf, type UserEntity } from '@gqt/identity';
import { OnboardingService } from '@gqt/onboarding';
import type { Actor, Role } from '@gqt/platform';
import { RewardEvaluationsService } from '@gqt/rewards';

export type DemoUserFactory = (
  username: string,
  role: Role,
  who: string,
  extra: { enterpriseId?: string; jurisdiction?: string },
) => Promise<UserEntity>;

const code = (city: string, organisation: string) => {
  const first17 = `91${city}${organisation}`;
  return first17 + usccCheckCharacter(first17);
};

const core = (name: string, cityCode: string, organisation: string): NewEnterprise => ({
  name,
  uscc: code(cityCode, organisation),
  kind: 'CORE',
  cityCode,
  industry: 'INDUSTRY',
  employees: 5000,
  annualRevenue: '3000000000.00',
  ownership: 'STATE_OWNED',
});

/** Core enterprises that applied besides the demo's own, one for each state an application can be in. */
const APPLICANTS = {
  steel: { username: 'demo-core-steel', fields: core('柳州示范钢铁集团有限公司', '450200', 'MA5KD0011') },
  guilin: { username: 'demo-core-guilin', fields: core('桂林示范电子科技集团有限公司', '450300', 'MA5KD0012') },
  nanning: { username: 'demo-core-nanning', fields: core('南宁示范建设投资集团有限公司', '450100', 'MA5KD0013') },
  wuzhou: { username: 'demo-core-wuzhou', fields: core('梧州示范再生资源集团有限公司', '450400', 'MA5KD0014') },
};

/**
 * The onboarding programme in the demo: Liuzhou's quota for this year is full (the demo core
 * enterprise connected, a second one approved), other cities' applications are submitted, nominated
 * and rejected, and the year's reward evaluation is requested (it runs once the seed commits).
 */
@Injectable()
export class DemoOnboarding {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly onboarding: OnboardingService,
    private readonly evaluations: RewardEvaluationsService,
  ) {}

  async seed(
    actor: Actor,
    users: { core: UserEntity; region: UserEntity; liuzhou: UserEntity },
    createUser: DemoUserFactory,
  ): Promise<void> {
    const today = shanghaiDate();
    const year = yearOf(today);
    const region = principalOf(users.region);
    const liuzhou = principalOf(users.liuzhou);
    const apply = async (user: UserEntity, contactName: string) =>
      (await this.onboarding.apply(principalOf(user), { year, contactName, contactPhone: '13907720001' })).id;
    const applicant = async ({ username, fields }: (typeof APPLICANTS)[keyof typeof APPLICANTS]) => {
      const enterprise = await this.enterprises.register(fields, actor);
      return createUser(username, 'CORE_ENTERPRISE', enterprise.name, { enterpriseId: enterprise.id });
    };

    const connected = await apply(users.core, '韦经理');
    await this.onboarding.nominate(liuzhou, connected);
    await this.onboarding.approve(region, connected);
    // Applied, nominated, approved and connected in that order: the connection is today's.
    await this.onboarding.connect(region, connected, { platformAccountId: 'ZZ-450200-000001', connectedOn: today });

    const approved = await apply(await applicant(APPLICANTS.steel), '覃经理');
    await this.onboarding.nominate(liuzhou, approved);
    await this.onboarding.approve(region, approved);

    await this.onboarding.nominate(region, await apply(await applicant(APPLICANTS.guilin), '莫经理'));
    await apply(await applicant(APPLICANTS.nanning), '黄经理');
    const rejected = await apply(await applicant(APPLICANTS.wuzhou), '李经理');
    await this.onboarding.nominate(region, rejected);
    await this.onboarding.reject(region, rejected, '年度应收账款确权规模不足，建议明年再申请');

    await this.evaluations.request(region, year);
  }
}
