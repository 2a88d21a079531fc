import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnterprisesModule } from '@gqt/enterprises';
import { ApiClientEntity } from './api-client.entity';
import { ApiClientsRepository } from './api-clients.repository';
import { ApiClientsService } from './api-clients.service';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { Passwords } from './passwords';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, ApiClientEntity]), EnterprisesModule],
  providers: [
    UsersRepository,
    ApiClientsRepository,
    Passwords,
    LoginThrottle,
    AuthService,
    UsersService,
    ApiClientsService,
  ],
  exports: [AuthService, UsersService, ApiClientsService],
})
export class IdentityModule {}
