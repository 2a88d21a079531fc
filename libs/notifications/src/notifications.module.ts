import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@gqt/identity';
import { EnterpriseNotifications } from './enterprise-notifications';
import { NotificationEntity } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity]), IdentityModule],
  providers: [NotificationsRepository, NotificationsService, EnterpriseNotifications],
  exports: [NotificationsService],
})
export class NotificationsModule {}
