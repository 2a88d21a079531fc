import { TextField } from '@gqt/platform';

export class ChangePasswordDto {
  /** The password the user logs in with now. @example "Pw-correct-horse-9!" */
  @TextField(128, { minLength: 1 })
  currentPassword!: string;

  /** At least 10 characters. @example "Pw-battery-staple-10!" */
  @TextField(128, { minLength: 10 })
  newPassword!: string;
}
