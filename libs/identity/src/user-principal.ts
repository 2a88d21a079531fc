import type { Principal } from '@gqt/platform';
import type { UserEntity } from './user.entity';

/** A user acting in its own name: what a login puts into its access token. */
export const principalOf = (user: UserEntity): Principal => ({
  type: 'user',
  id: user.id,
  name: user.username,
  role: user.role,
  enterpriseId: user.enterpriseId,
  jurisdiction: user.jurisdiction,
  scopes: [],
});
