-- Keyword search over the power list (权责清单) by character grams. pg_trgm cannot serve it: a two-character
-- Chinese keyword such as 食品 has no trigram. An item keeps the distinct single characters and bigrams of
-- its lower-cased code and name (a generated column, so every write path keeps it in step); a keyword's
-- bigrams (its one character, if it has only one) must all be among them, and ILIKE rechecks the match.
-- lower() is the one ILIKE applies in a multi-byte database, so both sides fold case the same way.
CREATE FUNCTION fazhi_search_grams(VARIADIC parts text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg(DISTINCT v.g ORDER BY v.g), '{}'::text[])
  FROM unnest(parts) AS p(part)
  CROSS JOIN LATERAL (SELECT lower(p.part) AS s) AS l
  CROSS JOIN LATERAL generate_series(1, length(l.s)) AS i
  CROSS JOIN LATERAL (VALUES (substr(l.s, i, 1)), (substr(l.s, i, 2))) AS v(g)
$$;
--> statement-breakpoint
-- The grams a keyword's matches must all hold: its bigrams, or its one character; none for ''.
CREATE FUNCTION fazhi_query_grams(q text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    WHEN length(l.s) < 2 THEN array_remove(ARRAY[l.s], '')
    ELSE ARRAY(SELECT DISTINCT substr(l.s, i, 2) FROM generate_series(1, length(l.s) - 1) AS i)
  END
  FROM (SELECT lower(q) AS s) AS l
$$;
