-- The volume projection runs on the platform's topic projection (issue 14): its offsets of
-- settlement.transactions.v1 move from deposit_projection_offset (created at run time up to now) to the platform's
-- table, keyed by projection, topic and partition, with the same next offsets: nothing is folded twice or skipped.
-- The platform creates the same table when it is absent; this creates it first to carry the offsets over.

CREATE TABLE IF NOT EXISTS deposit_projection_offset (partition_no INT PRIMARY KEY, next_offset BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS topic_projection_offset (projection_name VARCHAR(100) NOT NULL, topic VARCHAR(249) NOT NULL,
    partition_no INT NOT NULL, next_offset BIGINT NOT NULL, PRIMARY KEY (projection_name, topic, partition_no));
INSERT INTO topic_projection_offset (projection_name, topic, partition_no, next_offset)
    SELECT 'deposit', 'settlement.transactions.v1', partition_no, next_offset FROM deposit_projection_offset;
DROP TABLE deposit_projection_offset;
