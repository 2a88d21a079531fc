import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto {
  /** The password the user logs in with now. @example "Pw-correct-horse-9!" */
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  currentPassword!: string;

  /** At least 10 characters. @example "Pw-battery-staple-10!" */
  @IsString()
  @MinLength(10)
  @MaxLength(128)
  newPassword!: string;
}
