import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One transfer: who passed how much of which receivable to whom, as which piece. */
@Entity('receivable_transfers')
export class ReceivableTransferEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The receivable (or piece) part of which was passed on. */
  @Column({ name: 'receivable_id', type: 'uuid' })
  receivableId!: string;

  /** The new receivable its transferee holds. */
  @Column({ name: 'piece_id', type: 'uuid' })
  pieceId!: string;

  @Column({ name: 'from_enterprise_id', type: 'uuid' })
  fromEnterpriseId!: string;

  @Column({ name: 'to_enterprise_id', type: 'uuid' })
  toEnterpriseId!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  /** The holder's own reference, e.g. the purchase it pays its supplier for with the piece. */
  @Column({ type: 'text' })
  reference!: string;

  /** The Shanghai calendar day of the transfer. */
  @Column({ name: 'transferred_on', type: 'date' })
  transferredOn!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
