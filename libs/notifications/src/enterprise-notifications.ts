import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ENTERPRISE_EVENTS, type EnterpriseRegistered } from '@gqt/enterprises';
import { EventHandlers } from '@gqt/platform';
import { NotificationsService } from './notifications.service';

const KIND_LABEL = { CORE: '核心企业', SME: '中小微企业', BANK: '银行', BUYER: '采购方' } as const;
const KIND_LABEL_EN = { CORE: 'core enterprise', SME: 'SME', BANK: 'bank', BUYER: 'purchaser' } as const;

/** Regulators hear of every enterprise that joins in their city (or region). */
@Injectable()
export class EnterpriseNotifications implements OnModuleInit {
  constructor(
    private readonly handlers: EventHandlers,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.handlers.on<EnterpriseRegistered>(
      'notifications.enterprise-registered',
      [ENTERPRISE_EVENTS.registered],
      async ({ payload }) => {
        await this.notifications.notifyRegulators([payload.cityCode], {
          kind: ENTERPRISE_EVENTS.registered,
          title: `新${KIND_LABEL[payload.kind]}入驻：${payload.name}`,
          body: `${payload.name}（${KIND_LABEL[payload.kind]}）已在平台注册。`,
          en: {
            title: `New ${KIND_LABEL_EN[payload.kind]}: ${payload.name}`,
            body: `${payload.name} (${KIND_LABEL_EN[payload.kind]}) registered on the platform.`,
          },
          entityType: 'enterprise',
          entityId: payload.enterpriseId,
        });
      },
    );
  }
}
