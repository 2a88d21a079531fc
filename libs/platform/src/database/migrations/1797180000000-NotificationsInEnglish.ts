import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification in both languages of the portal: the Chinese text stays in title/body (what every
 * caller read so far), the English one beside it for readers who ask for English.
 */
export class NotificationsInEnglish1797180000000 implements MigrationInterface {
  name = 'NotificationsInEnglish1797180000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications ADD COLUMN title_en text, ADD COLUMN body_en text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications DROP COLUMN title_en, DROP COLUMN body_en`);
  }
}
