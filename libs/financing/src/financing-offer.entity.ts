import type { OfferStatus } from '@gqt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A bank's offer on a request put before several banks; its next offer replaces it. */
@Entity('financing_offers')
export class FinancingOfferEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'financing_request_id', type: 'uuid' })
  financingRequestId!: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2 })
  amount!: string;

  @Column({ name: 'annual_rate', type: 'numeric' })
  annualRate!: string;

  @Column({ name: 'term_days', type: 'int' })
  termDays!: number;

  @Column({ name: 'valid_until', type: 'timestamptz', precision: 3 })
  validUntil!: Date;

  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId!: string | null;

  @Column({ type: 'text' })
  status!: OfferStatus;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
