import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A prefecture-level city of Guangxi (GB/T 2260), seeded by the Foundation migration. */
@Entity('cities')
export class CityEntity {
  @PrimaryColumn({ type: 'char', length: 6 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;
}
