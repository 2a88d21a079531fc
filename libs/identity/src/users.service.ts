import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { conflict, invalid } from '@gqt/kernel';
import { EnterprisesService, type EnterpriseEntity, type NewEnterprise } from '@gqt/enterprises';
import { AuditService, REGION_CODE, type Actor, type Page, type PageQuery, type Role } from '@gqt/platform';
import { randomUUID } from 'node:crypto';
import { assertRoleFits } from './domain/roles';
import { Passwords } from './passwords';
import { UserEntity } from './user.entity';
import { UsersRepository, type UserFilter } from './users.repository';

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  enterpriseId?: string;
  jurisdiction?: string;
}

export interface UserListing {
  user: UserEntity;
  enterpriseName: string | null;
}

/** What the audit trail keeps of a user: never the password hash. */
const snapshot = ({ passwordHash: _hash, ...user }: UserEntity) => user;

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: Passwords,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async create(actor: Actor, input: NewUser): Promise<UserEntity> {
    return this.add(input, actor);
  }

  /** Public sign-up: an SME and its first user, in one transaction (api-contract.md § register-sme). */
  @Transactional()
  async registerSme(
    enterprise: Omit<NewEnterprise, 'kind'>,
    user: { username: string; password: string },
    address: string,
  ) {
    const actor: Actor = { type: 'user', id: null, name: `${user.username} (self sign-up from ${address})` };
    const registered = await this.enterprises.register({ ...enterprise, kind: 'SME' }, actor);
    const created = await this.add({ ...user, role: 'SME', enterpriseId: registered.id }, actor);
    return { enterprise: registered, user: created };
  }

  /** A page of users, each with the name of its enterprise (null for operators and regulators). */
  async list(filter: UserFilter, page: PageQuery): Promise<Page<UserListing>> {
    const found = await this.users.page(filter, page);
    const names = await this.enterprises.namesOf(found.items.flatMap((u) => (u.enterpriseId ? [u.enterpriseId] : [])));
    return {
      items: found.items.map((user) => ({ user, enterpriseName: names.get(user.enterpriseId ?? '') ?? null })),
      nextCursor: found.nextCursor,
    };
  }

  usersOfEnterprise(enterpriseId: string): Promise<string[]> {
    return this.users.idsOfEnterprise(enterpriseId);
  }

  regulatorsOf(cityCodes: string[]): Promise<string[]> {
    return this.users.regulatorIdsFor(cityCodes);
  }

  async exists(username: string): Promise<boolean> {
    return (await this.users.findByUsername(username)) !== null;
  }

  /** Creates the first operator account unless it exists; returns whether it did. */
  @Transactional()
  async ensureAdmin(username: string, password: string): Promise<boolean> {
    if (await this.users.findByUsername(username)) return false;
    const user = await this.newUser({ username, password, role: 'ADMIN' });
    if (!(await this.users.insert(user))) return false; // another process created it meanwhile
    await this.audit.record({
      entityType: 'user',
      entityId: user.id,
      action: 'user.created',
      actor: { type: 'system', id: null, name: 'bootstrap' },
      after: snapshot(user),
    });
    return true;
  }

  private async add(input: NewUser, actor: Actor): Promise<UserEntity> {
    const enterprise = await this.enterpriseOf(input);
    assertRoleFits(input.role, enterprise, input.jurisdiction);
    if (
      input.jurisdiction !== undefined &&
      input.jurisdiction !== REGION_CODE &&
      !(await this.enterprises.isCity(input.jurisdiction))
    ) {
      throw invalid('VALIDATION_FAILED', `${input.jurisdiction} is neither the region nor one of its cities`, [
        { field: 'jurisdiction', message: 'must be 450000 (the region) or a city code from GET /cities' },
      ]);
    }
    const user = await this.newUser(input);
    if (!(await this.users.insert(user))) throw conflict('USERNAME_TAKEN', `The username ${input.username} is taken`);
    await this.audit.record({
      entityType: 'user',
      entityId: user.id,
      action: 'user.created',
      actor,
      jurisdictions: enterprise ? [enterprise.cityCode] : input.jurisdiction ? [input.jurisdiction] : [],
      after: snapshot(user),
    });
    return user;
  }

  private async enterpriseOf(input: NewUser): Promise<EnterpriseEntity | undefined> {
    if (input.enterpriseId === undefined) return undefined;
    const enterprise = await this.enterprises.findById(input.enterpriseId);
    if (!enterprise) {
      throw invalid('VALIDATION_FAILED', 'The enterprise does not exist', [
        { field: 'enterpriseId', message: 'must be the id of a registered enterprise' },
      ]);
    }
    return enterprise;
  }

  private async newUser(input: NewUser): Promise<UserEntity> {
    return Object.assign(new UserEntity(), {
      id: randomUUID(),
      username: input.username,
      passwordHash: await this.passwords.hash(input.password),
      role: input.role,
      enterpriseId: input.enterpriseId ?? null,
      jurisdiction: input.jurisdiction ?? null,
      createdAt: new Date(),
    });
  }
}
