import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '@gqt/enterprises';
import { NotificationsModule } from '@gqt/notifications';
import { OnboardingApplicationEntity } from './onboarding-application.entity';
import { OnboardingApplicationsRepository } from './onboarding-applications.repository';
import { OnboardingNotifications } from './onboarding.notifications';
import { OnboardingService } from './onboarding.service';

@Module({
  imports: [TypeOrmModule.forFeature([OnboardingApplicationEntity]), EnterprisesModule, NotificationsModule],
  providers: [OnboardingApplicationsRepository, OnboardingService, OnboardingNotifications],
  exports: [OnboardingService],
})
export class OnboardingModule {}
