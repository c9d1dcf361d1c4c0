import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A failed login, kept to slow down password guessing across every instance of the API (the
 * count lives in the database, not in one process's memory). Not an audit event: nothing changed.
 */
@Entity({ name: "login_failure" })
@Index("IDX_LOGIN_FAILURE_USERNAME", ["username", "occurredAt"])
export class LoginFailure {
  @PrimaryGeneratedColumn("increment", { type: "bigint", primaryKeyConstraintName: "PK_LOGIN_FAILURE" })
  id!: string;

  @Column({ type: "varchar", length: 64 })
  username!: string;

  @Column({ name: "occurred_at", type: "timestamptz", default: () => "now()" })
  occurredAt!: Date;
}
