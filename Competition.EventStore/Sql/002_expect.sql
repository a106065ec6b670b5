-- The group commit's one-round-trip path (Writing/AssumedVersions.cs) checks the stream versions it
-- assumed inside its own statements: a mismatch raises, the implicit transaction rolls back whole,
-- and the writer decides the batch again on versions it locks first.
CREATE OR REPLACE FUNCTION {schema}.mt_expect(actual bigint, expected bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF actual <> expected THEN
        RAISE EXCEPTION 'stream versions moved (% of % as assumed)', actual, expected USING ERRCODE = 'EV409';
    END IF;
END
$$;
