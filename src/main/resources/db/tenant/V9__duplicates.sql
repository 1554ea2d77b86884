-- Likely duplicate customers: the normalised keys they are compared on, indexed so that finding the
-- candidates of one customer is a handful of index probes, and the candidate pairs of the whole
-- workspace kept in a table so that the review screen pages through them by score.
--
-- The function bodies use built-ins and schema-qualified extension functions only: index expressions
-- are also evaluated by autovacuum, whose search_path holds neither the tenant schema nor `extensions`.

-- E-mail: trimmed, lower case.
create function email_key(text) returns text
    language sql immutable parallel safe strict
    as $$ select nullif(lower(btrim($1)), '') $$;

-- Phone: its last nine digits. Spanish numbers have nine digits, so a country code written as +34 or
-- 0034 falls away ("+34 600 12 34 56" and "600123456" agree); for longer national numbers the trunk
-- prefix goes too ("+44 20 7946 0958" and "020 7946 0958"). Fewer than six digits is no phone at all.
create function phone_key(text) returns text
    language sql immutable parallel safe strict
    as $$ select case when length(regexp_replace($1, '[^0-9]', '', 'g')) >= 6
                      then right(regexp_replace($1, '[^0-9]', '', 'g'), 9) end $$;

-- Tax id: upper case, without spaces, dashes or dots ("b-12.345.678" and "B12345678" agree).
create function tax_id_key(text) returns text
    language sql immutable parallel safe strict
    as $$ select nullif(upper(regexp_replace($1, '[[:space:].-]', '', 'g')), '') $$;

-- City: trimmed, without case or accents ("Málaga " and "malaga" agree).
create function city_key(text) returns text
    language sql immutable parallel safe strict
    as $$ select nullif(btrim(lower(extensions.unaccent('extensions.unaccent'::regdictionary, $1))), '') $$;

create index customer_email_key_idx on customer (email_key(email)) where deleted_at is null;
create index customer_phone_key_idx on customer (phone_key(phone)) where deleted_at is null;
create index customer_tax_id_key_idx on customer (tax_id_key(tax_id)) where deleted_at is null;
create index customer_city_key_idx on customer (city_key(city)) where deleted_at is null;
create index customer_name_trgm_idx on customer using gin (search_normalise(name) extensions.gin_trgm_ops)
    where deleted_at is null;

-- How likely two customers are the same one, 0..100: each matching key is independent evidence of a
-- given strength (tax id 90 %, e-mail 80 %, phone 60 %, a similar name in the same city up to 70 % at
-- identical names), combined as 1 - the product of the chances that each piece of evidence is wrong.
create function duplicate_score(same_email boolean, same_phone boolean, same_tax_id boolean,
                                name_similarity real) returns smallint
    language sql immutable parallel safe
    as $$ select round(100 * (1 - (case when same_tax_id then 0.1 else 1 end)
                                * (case when same_email then 0.2 else 1 end)
                                * (case when same_phone then 0.4 else 1 end)
                                * (1 - 0.7 * coalesce(name_similarity, 0))))::smallint $$;

-- The live customers that look like the given one (a draft when p_id is null), except itself and those
-- it was said not to duplicate. Names count as similar at a trigram similarity of 0.6 or more, and only
-- within the same city. Callers set pg_trgm.similarity_threshold to 0.6 so that the trigram index answers
-- the % operator with no more rows than needed; the result does not depend on it. Written so that
-- PostgreSQL inlines it into the calling query: EXPLAIN shows the index lookups.
create function duplicate_candidates(p_id bigint, p_name text, p_email text, p_phone text, p_tax_id text,
                                     p_city text)
    returns table (customer_id bigint, same_email boolean, same_phone boolean, same_tax_id boolean,
                   name_similarity real, score smallint)
    language sql stable
    as $$
        with found as (
            select c.id from customer c
            where c.deleted_at is null and email_key(c.email) = email_key(p_email)
            union
            select c.id from customer c
            where c.deleted_at is null and phone_key(c.phone) = phone_key(p_phone)
            union
            select c.id from customer c
            where c.deleted_at is null and tax_id_key(c.tax_id) = tax_id_key(p_tax_id)
            union
            select c.id from customer c
            where c.deleted_at is null and city_key(c.city) = city_key(p_city)
              and search_normalise(c.name) operator(extensions.%) search_normalise(p_name)
        ),
        matched as (
            select c.id,
                   coalesce(email_key(c.email) = email_key(p_email), false)        as same_email,
                   coalesce(phone_key(c.phone) = phone_key(p_phone), false)        as same_phone,
                   coalesce(tax_id_key(c.tax_id) = tax_id_key(p_tax_id), false)    as same_tax_id,
                   case when city_key(c.city) = city_key(p_city)
                             and extensions.similarity(search_normalise(c.name), search_normalise(p_name)) >= 0.6
                        then extensions.similarity(search_normalise(c.name), search_normalise(p_name)) end
                                                                                    as name_similarity
            from found f
                     join customer c on c.id = f.id
            where p_id is null
               or c.id <> p_id and not exists (select 1 from duplicate_dismissal d
                                               where d.customer_id = least(c.id, p_id)
                                                 and d.other_customer_id = greatest(c.id, p_id))
        )
        select m.id, m.same_email, m.same_phone, m.same_tax_id, m.name_similarity,
               duplicate_score(m.same_email, m.same_phone, m.same_tax_id, m.name_similarity)
        from matched m
        where m.same_email or m.same_phone or m.same_tax_id or m.name_similarity is not null
    $$;

-- Every candidate pair of the workspace (lower id first), kept up to date by the application whenever a
-- customer is created, edited, restored or merged.
create table duplicate_pair (
    customer_id       bigint   not null references customer (id),
    other_customer_id bigint   not null references customer (id),
    same_email        boolean  not null,
    same_phone        boolean  not null,
    same_tax_id       boolean  not null,
    name_similarity   real,
    score             smallint not null check (score between 0 and 100),
    primary key (customer_id, other_customer_id),
    check (customer_id < other_customer_id)
);
create index duplicate_pair_score_idx on duplicate_pair (score desc, customer_id, other_customer_id);
create index duplicate_pair_other_idx on duplicate_pair (other_customer_id);

-- Finds the candidate pairs of the given customers afresh, set-based: one lookup per customer.
create function refresh_duplicate_pairs(customer_ids bigint[]) returns void
    language sql
    set pg_trgm.similarity_threshold = 0.6
    as $$
        delete from duplicate_pair
        where customer_id = any (customer_ids) or other_customer_id = any (customer_ids);
        insert into duplicate_pair (customer_id, other_customer_id, same_email, same_phone, same_tax_id,
                                    name_similarity, score)
        select least(c.id, d.customer_id), greatest(c.id, d.customer_id), d.same_email, d.same_phone,
               d.same_tax_id, d.name_similarity, d.score
        from customer c
                 cross join lateral duplicate_candidates(c.id, c.name, c.email, c.phone, c.tax_id, c.city) d
        where c.id = any (customer_ids) and c.deleted_at is null
        on conflict (customer_id, other_customer_id) do nothing;
    $$;

select refresh_duplicate_pairs(array(select id from customer where deleted_at is null));
