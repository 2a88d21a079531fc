import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@gqt/enterprises';
import { IdentityModule } from '@gqt/identity';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [EnterprisesModule, IdentityModule],
  providers: [DemoSeeder],
})
export class DemoModule {}
