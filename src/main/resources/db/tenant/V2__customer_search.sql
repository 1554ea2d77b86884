-- Search that ignores case and accents ("jose" finds "José") over name, e-mail, phone and tax id,
-- served by a trigram index so that a substring search stays fast on large portfolios.
create function search_normalise(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(extensions.unaccent('extensions.unaccent'::regdictionary, $1)) $$;

alter table customer add column search_text text generated always as (
    search_normalise(coalesce(name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '') || ' '
                     || coalesce(tax_id, ''))) stored;

create index customer_search_idx on customer using gin (search_text extensions.gin_trgm_ops)
    where deleted_at is null;
