-- A data folder made before migrations (Hibernate ddl-auto, up to 2026-12-04) is baselined at version 1; on H2 its
-- enum columns were native ENUMs, whose rows rolled back after a killed process read back as ordinals (issue 13,
-- ADR 18). They become VARCHAR holding the same names. On a database made by V1, and on PostgreSQL, this changes
-- nothing.

ALTER TABLE clearing_discrepancy ALTER COLUMN status SET DATA TYPE varchar(10);
ALTER TABLE clearing_discrepancy ALTER COLUMN kind SET DATA TYPE varchar(30);
ALTER TABLE known_merchant ALTER COLUMN device_model SET DATA TYPE varchar(10);
ALTER TABLE known_merchant ALTER COLUMN settlement_speed SET DATA TYPE varchar(10);
ALTER TABLE known_merchant ALTER COLUMN applicant_type SET DATA TYPE varchar(30);
ALTER TABLE known_merchant ALTER COLUMN next_payee_account_type SET DATA TYPE varchar(30);
ALTER TABLE known_merchant ALTER COLUMN payee_account_type SET DATA TYPE varchar(30);
ALTER TABLE ledger_line ALTER COLUMN side SET DATA TYPE varchar(6);
ALTER TABLE ledger_line ALTER COLUMN account SET DATA TYPE varchar(30);
ALTER TABLE ledger_line ALTER COLUMN kind SET DATA TYPE varchar(30);
ALTER TABLE payout_line ALTER COLUMN purpose SET DATA TYPE varchar(20);
ALTER TABLE payout_line ALTER COLUMN status SET DATA TYPE varchar(20);
ALTER TABLE risk_card ALTER COLUMN reason SET DATA TYPE varchar(30);
ALTER TABLE risk_hold ALTER COLUMN status SET DATA TYPE varchar(20);
ALTER TABLE risk_hold ALTER COLUMN reason SET DATA TYPE varchar(30);
ALTER TABLE statement_line ALTER COLUMN channel SET DATA TYPE varchar(10);
ALTER TABLE statement_line ALTER COLUMN device_model SET DATA TYPE varchar(10);
ALTER TABLE statement_line ALTER COLUMN purpose SET DATA TYPE varchar(10);
ALTER TABLE statement_line ALTER COLUMN transaction_type SET DATA TYPE varchar(10);
ALTER TABLE statement_line ALTER COLUMN status SET DATA TYPE varchar(30);
ALTER TABLE unpaid_settlement ALTER COLUMN speed SET DATA TYPE varchar(10);
