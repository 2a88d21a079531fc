import type { UserEntity, UserListing } from '@gqt/identity';
import type { Role } from '@gqt/platform';

export class UserResponse {
  id!: string;

  username!: string;

  role!: Role;

  enterpriseId!: string | null;

  jurisdiction!: string | null;

  createdAt!: Date;

  /** When an operator disabled the user; null while it may log in. */
  disabledAt!: Date | null;

  /** The name of the user's enterprise; in lists only. */
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
  items!: UserResponse[];

  nextCursor!: string | null;
}
