import { Injectable } from '@nestjs/common';
import { addDays, shanghaiDate, yearOf } from '@gqt/kernel';
import { EnterprisesService, usccCheckCharacter, type EnterpriseEntity, type NewEnterprise } from '@gqt/enterprises';
import { AwardFinancingService } from '@gqt/financing';
import { principalOf } from '@gqt/identity';
import type { Actor, Principal } from '@gqt/platform';
import {
  ProcurementAcceptancesService,
  ProcurementAwardsService,
  ProcurementProjectsService,
  type NewProject,
} from '@gqt/procurement';
import type { DemoUserFactory } from './demo-onboarding';
import { invoiceNumber } from './demo-receivables';

// GB 32100-2015: registration authority 1 (机构编制), type 1 for state organs, 2 for public institutions.
const code = (prefix: '11' | '12', city: string, organisation: string) => {
  const first17 = `${prefix}${city}${organisation}`;
  return first17 + usccCheckCharacter(first17);
};

const unit = (name: string, cityCode: string, organisation: string, institution = false): NewEnterprise => ({
  name,
  uscc: code(institution ? '12' : '11', cityCode, organisation),
  kind: 'BUYER',
  cityCode,
  industry: 'OTHER',
  employees: institution ? 260 : 120,
  annualRevenue: institution ? '90000000.00' : '30000000.00',
  ownership: institution ? 'PUBLIC_INSTITUTION' : 'STATE_ORGAN',
});

type Project = Omit<NewProject, 'year' | 'unitId'>;
const services = (name: string, budget: string, reserved: string, smallMicro: string): Project => ({
  name,
  category: 'SERVICES',
  budgetAmount: budget,
  reservation: 'PACKAGE',
  reservedAmount: reserved,
  smallMicroReservedAmount: smallMicro,
});

export interface DemoSuppliers {
  parts: Principal;
  logistics: Principal;
  software: Principal;
}

/**
 * Government procurement in the demo: departments in Liuzhou and Nanning, two of them competent
 * units with a subordinate, reserving 40 % and exactly 30 % for SMEs, and Nanning's transport
 * bureau below the line; contracts with the demo suppliers, deliveries accepted (one of them now
 * overdue: government arrears in monitoring), and a contract financing request before the bank.
 */
@Injectable()
export class DemoProcurement {
  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly projects: ProcurementProjectsService,
    private readonly awards: ProcurementAwardsService,
    private readonly acceptances: ProcurementAcceptancesService,
    private readonly financing: AwardFinancingService,
  ) {}

  async seed(actor: Actor, suppliers: DemoSuppliers, bank: EnterpriseEntity, createUser: DemoUserFactory) {
    const today = shanghaiDate();
    const year = yearOf(today);
    const register = (fields: NewEnterprise, parent?: EnterpriseEntity) =>
      this.enterprises.register({ ...fields, ...(parent && { parentId: parent.id }) }, actor);
    const purchaserOf = async (username: string, enterprise: EnterpriseEntity) =>
      principalOf(await createUser(username, 'PURCHASER', enterprise.name, { enterpriseId: enterprise.id }));

    const education = await register(unit('柳州市教育局', '450200', 'MB1D00011'));
    const school = await register(unit('柳州市第二中学', '450200', 'MB1D00012', true), education);
    const health = await register(unit('南宁市卫生健康委员会', '450100', 'MB1D00013'));
    const hospital = await register(unit('南宁市第一人民医院', '450100', 'MB1D00014', true), health);
    const transport = await register(unit('南宁市交通运输局', '450100', 'MB1D00015'));
    const liuzhou = await purchaserOf('demo-purchaser', education);
    const nanning = await purchaserOf('demo-purchaser-nanning', health);
    const roads = await purchaserOf('demo-purchaser-transport', transport);

    const declare = async (by: Principal, project: Project, unitId?: string) =>
      (await this.projects.declare(by, { year, ...project, ...(unitId && { unitId }) })).project.id;
    const award = async (
      by: Principal,
      projectId: string,
      supplier: Principal,
      amount: string,
      signedDaysAgo: number,
    ) => {
      const supplierUscc = (await this.enterprises.findById(supplier.enterpriseId!))!.uscc;
      const contractNo = `ZC-${year}-${projectId.slice(0, 8).toUpperCase()}`;
      const signedOn = addDays(today, -signedDaysAgo);
      return (await this.awards.award(by, projectId, { supplierUscc, contractNo, amount, signedOn })).award.id;
    };
    const accept = async (by: Principal, awardId: string, amount: string, daysAgo: number) => {
      const acceptedOn = addDays(today, -daysAgo);
      const invoices = [{ number: invoiceNumber(acceptedOn), amount, issueDate: acceptedOn }];
      await this.acceptances.accept(by, awardId, { acceptedOn, amount, invoices });
    };

    // Liuzhou's education bureau with its school: 4200000.00 of 10500000.00 reserved (40 %).
    const equipment = await declare(liuzhou, {
      name: '教学设备采购',
      category: 'GOODS',
      budgetAmount: '1500000.00',
      reservation: 'WHOLE',
      reservedAmount: '1500000.00',
      smallMicroReservedAmount: '1000000.00',
    });
    await declare(liuzhou, services('校园物业管理服务', '6000000.00', '1500000.00', '1000000.00'));
    const canteen = await declare(
      liuzhou,
      services('学生食堂食材配送', '3000000.00', '1200000.00', '800000.00'),
      school.id,
    );
    const equipmentAward = await award(liuzhou, equipment, suppliers.parts, '1200000.00', 60);
    await accept(liuzhou, equipmentAward, '800000.00', 45); // due 15 days ago, unpaid: overdue
    await accept(liuzhou, equipmentAward, '300000.00', 10);
    const canteenAward = await award(liuzhou, canteen, suppliers.logistics, '900000.00', 40);
    await accept(liuzhou, canteenAward, '150000.00', 5);

    // Nanning's health commission with its hospital: exactly 30 % reserved, compliant.
    const operations = await declare(nanning, services('医疗信息系统运维', '8000000.00', '2000000.00', '1300000.00'));
    await declare(
      nanning,
      {
        ...services('医用耗材采购', '12000000.00', '4000000.00', '2500000.00'),
        category: 'GOODS',
        reservation: 'CONSORTIUM',
      },
      hospital.id,
    );
    const operationsAward = await award(nanning, operations, suppliers.software, '800000.00', 30);
    await accept(nanning, operationsAward, '200000.00', 20);

    // Nanning's transport bureau: 15 % reserved, below the line, and a small project not reserved.
    await declare(roads, {
      name: '道路养护工程',
      category: 'WORKS',
      budgetAmount: '30000000.00',
      reservation: 'SUBCONTRACT',
      reservedAmount: '4500000.00',
      smallMicroReservedAmount: '2000000.00',
    });
    await declare(roads, {
      name: '交通监控设备',
      category: 'GOODS',
      budgetAmount: '1800000.00',
      reservation: 'NONE',
      reservedAmount: '0.00',
      smallMicroReservedAmount: '0.00',
      reason: '与既有监控平台配套的专用设备',
    });

    // The canteen supplier asks the demo bank to finance its contract (政采贷).
    await this.financing.submit(suppliers.logistics, {
      awardId: canteenAward,
      bankId: bank.id,
      requestedAmount: '500000.00',
      termDays: 180,
    });
  }
}
