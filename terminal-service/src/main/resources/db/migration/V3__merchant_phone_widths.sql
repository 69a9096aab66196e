-- The merchant's phone is mapped by the platform's SealedPhone (issue 14), as in deposit-service, and its columns
-- take deposit's widths: an application id of up to 100 characters, and a key id that holds 'subject:' and it.
-- Only widens, so every row stays as it is; NOT NULL is kept. H2 and PostgreSQL alike.

ALTER TABLE merchant_phone ALTER COLUMN application_id SET DATA TYPE varchar(100);
ALTER TABLE merchant_phone ALTER COLUMN masked SET DATA TYPE varchar(64);
ALTER TABLE merchant_phone ALTER COLUMN sealed SET DATA TYPE varchar(512);
ALTER TABLE merchant_phone ALTER COLUMN key_id SET DATA TYPE varchar(120);
