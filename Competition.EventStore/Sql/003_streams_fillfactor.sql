-- A stream's row is updated on every append to it (its version): room on its page lets the update
-- stay there (HOT, no new index entry). A fresh panel's sheets are new rows packed into full pages,
-- whose first updates otherwise each leave the page. Applies to pages written from now on.
ALTER TABLE {schema}.mt_streams SET (fillfactor = 70);
