import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A delivery the purchaser accepted under an award; it became the receivable it names. */
@Entity('procurement_acceptances')
export class ProcurementAcceptanceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'award_id', type: 'uuid' })
  awardId!: string;

  @Column({ name: 'receivable_id', type: 'uuid' })
  receivableId!: string;

  @Column({ name: 'accepted_on', type: 'date' })
  acceptedOn!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
