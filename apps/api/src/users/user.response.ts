import type { UserEntity, UserListing } from '@gqt/identity';
import { EnumField, IdField, ListField, ROLES, TextField, TimestampField, type Role } from '@gqt/platform';
import { DIVISION_CODE, NameField, NextCursorField, UsernameField } from '../common/fields';

export class UserResponse {
  @IdField()
  id!: string;

  @UsernameField()
  username!: string;

  @EnumField(ROLES, 'Role')
  role!: Role;

  @IdField()
  enterpriseId!: string | null;

  @TextField(6, { pattern: DIVISION_CODE })
  jurisdiction!: string | null;

  @TimestampField()
  createdAt!: Date;

  /** When an operator disabled the user; null while it may log in. */
  @TimestampField()
  disabledAt!: Date | null;

  /** The name of the user's enterprise; in lists only. */
  @NameField()
  enterpriseName?: string | null;

  static listed({ user, enterpriseName }: UserListing): UserResponse {
    return { ...UserResponse.of(user), enterpriseName };
  }

  static of(user: UserEntity): UserResponse {
    return {
      id: user.id,
      username: user.username,
      role: user.role,
      enterpriseId: user.enterpriseId,
      jurisdiction: user.jurisdiction,
      createdAt: user.createdAt,
      disabledAt: user.disabledAt,
    };
  }
}

export class UserPage {
  @ListField({ maxItems: 200, of: UserResponse })
  items!: UserResponse[];

  @NextCursorField()
  nextCursor!: string | null;
}
