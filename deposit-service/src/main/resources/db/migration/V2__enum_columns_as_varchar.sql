-- A data folder made before migrations (Hibernate ddl-auto, up to 2026-12-04) is baselined at version 1; on H2 its
-- enum columns were native ENUMs, whose rows rolled back after a killed process read back as ordinals (issue 13,
-- ADR 18). They become VARCHAR holding the same names. On a database made by V1, and on PostgreSQL, this changes
-- nothing.

ALTER TABLE deposit_view ALTER COLUMN refund_mode SET DATA TYPE varchar(20);
ALTER TABLE deposit_view ALTER COLUMN status SET DATA TYPE varchar(20);
