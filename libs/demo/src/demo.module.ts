import { Module } from '@nestjs/common';
import { EnterprisesModule } from '@gqt/enterprises';
import { IdentityModule } from '@gqt/identity';
import { ReceivablesModule } from '@gqt/receivables';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [EnterprisesModule, IdentityModule, ReceivablesModule],
  providers: [DemoSeeder],
})
export class DemoModule {}
