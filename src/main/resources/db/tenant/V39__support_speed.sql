-- Support desk at a million tickets (support): the indexes the remaining queue counts read from, and the daily
-- support and CSAT figures the support home and the dashboards read instead of the ticket and survey history
-- (DESIGN §5: dashboards read pre-aggregated tables). Chosen from EXPLAIN ANALYZE on the support benchmark's data.

-- Open tickets of one priority, newest first ("all open URGENT").
create index ticket_open_priority_opened_idx on ticket (priority, opened_at desc, id desc)
    where status in ('NEW', 'OPEN', 'PENDING');
-- One category's tickets in an opening range, newest first.
create index ticket_category_opened_idx on ticket (category_id, opened_at desc, id desc);
-- "Breaching soon": the open tickets in number order, merged with the clocks in number order (their primary key),
-- instead of hashing every open ticket before the first match.
create index ticket_open_id_idx on ticket (id) where status in ('NEW', 'OPEN', 'PENDING');

-- The daily support figures, in the workspace's zone (support_figures_state.time_zone; null until first built):
-- per day and category the tickets opened that day, and the tickets whose resolution (or closing, when closed
-- unresolved) fell on that day and that are still resolved or closed. The backlog at the end of a day is the running
-- sum of opened - ended, as the tickets stand now.
create table support_day (
    day         date    not null,
    category_id bigint,
    opened      integer not null default 0,
    ended       integer not null default 0,
    unique nulls not distinct (day, category_id)
);

-- CSAT per day of sending (DESIGN §5: a survey counts in the period it was sent), for the whole workspace (dimension
-- W, key null, with the spread of the ratings) and per agent (A), team (T) and category (C) at resolution, the key
-- the group's id as text (null: none).
create table csat_day (
    day       date        not null,
    dimension  char(1)     not null check (dimension in ('W', 'A', 'T', 'C')),
    key       varchar(40),
    sent      integer     not null default 0,
    answered  integer     not null default 0,
    satisfied integer     not null default 0,
    rated_1   integer     not null default 0,
    rated_2   integer     not null default 0,
    rated_3   integer     not null default 0,
    rated_4   integer     not null default 0,
    rated_5   integer     not null default 0,
    unique nulls not distinct (dimension, day, key)
);

-- First-response (kind F) and resolution (kind R) times of the tickets answered or resolved on a day, counted per
-- bucket of calendar time (support_span_bucket): exact to the minute below a day, within 1 % above.
create table support_day_span (
    kind    char(1) not null check (kind in ('F', 'R')),
    day     date    not null,
    bucket  integer not null,
    tickets integer not null,
    primary key (kind, day, bucket)
);

create table support_figures_state (
    id        smallint primary key default 1 check (id = 1),
    time_zone varchar(64)
);
insert into support_figures_state default values;

-- A span's bucket: whole minutes below a day (0 to 1439), then steps of 1 % (1440 + n for 1440 × 1.01^n minutes).
create function support_span_bucket(seconds double precision) returns integer
    language sql immutable parallel safe strict
    as $$ select case when $1 < 86400 then greatest(0, floor($1 / 60))::integer
                      else 1440 + floor(ln($1 / 86400) / ln(1.01))::integer end $$;

-- What a ticket contributes to the figures; the triggers pass the rows a statement changed as arrays of these.
create type support_ticket_fact as (
    category_id       bigint,
    status            varchar(10),
    opened_at         timestamptz,
    first_response_at timestamptz,
    ended_at          timestamptz
);

-- Adds the contributions of the tickets {@code added} and takes away those of {@code removed}, in one zone. Rows
-- are touched in key order so that two transactions never wait on each other in opposite orders.
create function support_figures_apply(zone text, added support_ticket_fact[], removed support_ticket_fact[])
    returns void language sql as $$
    insert into support_day as d (day, category_id, opened, ended)
    select day, category_id, sum(opened), sum(ended)
    from (select (f.opened_at at time zone zone)::date as day, f.category_id, f.sign as opened, 0 as ended
          from (select a.*, 1 as sign from unnest(added) a
                union all select r.*, -1 from unnest(removed) r) f
          union all
          select (f.ended_at at time zone zone)::date, f.category_id, 0, f.sign
          from (select a.*, 1 as sign from unnest(added) a
                union all select r.*, -1 from unnest(removed) r) f
          where f.status in ('RESOLVED', 'CLOSED') and f.ended_at is not null) c
    group by day, category_id
    having sum(opened) <> 0 or sum(ended) <> 0
    order by day, category_id
    on conflict (day, category_id) do update set opened = d.opened + excluded.opened, ended = d.ended + excluded.ended;

    insert into support_day_span as s (kind, day, bucket, tickets)
    select kind, day, bucket, sum(sign)
    from (select 'F' as kind, (f.first_response_at at time zone zone)::date as day,
                 support_span_bucket(extract(epoch from f.first_response_at - f.opened_at)::double precision) as bucket,
                 f.sign
          from (select a.*, 1 as sign from unnest(added) a
                union all select r.*, -1 from unnest(removed) r) f
          where f.first_response_at is not null
          union all
          select 'R', (f.ended_at at time zone zone)::date,
                 support_span_bucket(extract(epoch from f.ended_at - f.opened_at)::double precision), f.sign
          from (select a.*, 1 as sign from unnest(added) a
                union all select r.*, -1 from unnest(removed) r) f
          where f.status in ('RESOLVED', 'CLOSED') and f.ended_at is not null) c
    group by kind, day, bucket
    having sum(sign) <> 0
    order by kind, day, bucket
    on conflict (kind, day, bucket) do update set tickets = s.tickets + excluded.tickets;
$$;

-- Statement-level triggers (as the purchase figures of V3), so that a bulk change adds up once. Nothing is kept
-- until the figures are first built in a zone. The triggers and the build run in this schema whatever the session's
-- search path (a maintenance connection's, say).
create function support_figures_ticket_changed() returns trigger language plpgsql
    set search_path from current as $$
declare
    zone text := (select time_zone from support_figures_state);
begin
    if zone is null then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform support_figures_apply(zone, array(
            select row (n.category_id, n.status, n.opened_at, n.first_response_at,
                        coalesce(n.resolved_at, n.closed_at))::support_ticket_fact from new_rows n), '{}');
    elsif tg_op = 'UPDATE' then
        perform support_figures_apply(zone, array(
            select row (n.category_id, n.status, n.opened_at, n.first_response_at,
                        coalesce(n.resolved_at, n.closed_at))::support_ticket_fact from new_rows n), array(
            select row (o.category_id, o.status, o.opened_at, o.first_response_at,
                        coalesce(o.resolved_at, o.closed_at))::support_ticket_fact from old_rows o));
    else
        perform support_figures_apply(zone, '{}', array(
            select row (o.category_id, o.status, o.opened_at, o.first_response_at,
                        coalesce(o.resolved_at, o.closed_at))::support_ticket_fact from old_rows o));
    end if;
    return null;
end $$;

create trigger support_figures_insert after insert on ticket
    referencing new table as new_rows for each statement execute function support_figures_ticket_changed();
create trigger support_figures_update after update on ticket
    referencing old table as old_rows new table as new_rows
    for each statement execute function support_figures_ticket_changed();
create trigger support_figures_delete after delete on ticket
    referencing old table as old_rows for each statement execute function support_figures_ticket_changed();

-- What a survey contributes to csat_day.
create type support_survey_fact as (
    agent_id    uuid,
    team_id     bigint,
    category_id bigint,
    sent_at     timestamptz,
    rating      smallint
);

create function csat_days_of(zone text, surveys support_survey_fact[], sign integer)
    returns table (day date, dimension char(1), key varchar(40), sent integer, answered integer, satisfied integer,
                   rated_1 integer, rated_2 integer, rated_3 integer, rated_4 integer, rated_5 integer)
    language sql stable as $$
    select (f.sent_at at time zone zone)::date, g.dimension, g.key, sign,
           case when f.rating is not null then sign else 0 end,
           case when f.rating >= 4 then sign else 0 end,
           case when f.rating = 1 then sign else 0 end, case when f.rating = 2 then sign else 0 end,
           case when f.rating = 3 then sign else 0 end, case when f.rating = 4 then sign else 0 end,
           case when f.rating = 5 then sign else 0 end
    from unnest(surveys) f
    cross join lateral (values ('W', null::varchar), ('A', f.agent_id::varchar), ('T', f.team_id::varchar),
                               ('C', f.category_id::varchar)) as g (dimension, key)
$$;

create function csat_days_apply(zone text, added support_survey_fact[], removed support_survey_fact[])
    returns void language sql as $$
    insert into csat_day as d (day, dimension, key, sent, answered, satisfied, rated_1, rated_2, rated_3, rated_4,
                               rated_5)
    select day, dimension, key, sum(sent), sum(answered), sum(satisfied), sum(rated_1), sum(rated_2), sum(rated_3),
           sum(rated_4), sum(rated_5)
    from (select * from csat_days_of(zone, added, 1) union all select * from csat_days_of(zone, removed, -1)) c
    group by dimension, day, key
    having sum(sent) <> 0 or sum(answered) <> 0 or sum(satisfied) <> 0 or sum(rated_1) <> 0 or sum(rated_2) <> 0
        or sum(rated_3) <> 0 or sum(rated_4) <> 0 or sum(rated_5) <> 0
    order by dimension, day, key
    on conflict (dimension, day, key) do update set sent = d.sent + excluded.sent,
        answered = d.answered + excluded.answered, satisfied = d.satisfied + excluded.satisfied,
        rated_1 = d.rated_1 + excluded.rated_1, rated_2 = d.rated_2 + excluded.rated_2,
        rated_3 = d.rated_3 + excluded.rated_3, rated_4 = d.rated_4 + excluded.rated_4,
        rated_5 = d.rated_5 + excluded.rated_5;
$$;

create function csat_days_survey_changed() returns trigger language plpgsql
    set search_path from current as $$
declare
    zone text := (select time_zone from support_figures_state);
begin
    if zone is null then
        return null;
    end if;
    if tg_op = 'INSERT' then
        perform csat_days_apply(zone, array(
            select row (n.agent_id, n.team_id, n.category_id, n.sent_at, n.rating)::support_survey_fact
            from new_rows n), '{}');
    elsif tg_op = 'UPDATE' then
        perform csat_days_apply(zone, array(
            select row (n.agent_id, n.team_id, n.category_id, n.sent_at, n.rating)::support_survey_fact
            from new_rows n), array(
            select row (o.agent_id, o.team_id, o.category_id, o.sent_at, o.rating)::support_survey_fact
            from old_rows o));
    else
        perform csat_days_apply(zone, '{}', array(
            select row (o.agent_id, o.team_id, o.category_id, o.sent_at, o.rating)::support_survey_fact
            from old_rows o));
    end if;
    return null;
end $$;

create trigger csat_days_insert after insert on csat_survey
    referencing new table as new_rows for each statement execute function csat_days_survey_changed();
create trigger csat_days_update after update on csat_survey
    referencing old table as old_rows new table as new_rows
    for each statement execute function csat_days_survey_changed();
create trigger csat_days_delete after delete on csat_survey
    referencing old table as old_rows for each statement execute function csat_days_survey_changed();

-- Builds the figures afresh from the tickets and surveys in {@code zone} unless they are kept in it already: the first
-- time, and after the workspace's zone changed. Writers wait meanwhile, so that no change falls between the build and
-- the triggers.
create function support_figures_keep_in(zone text) returns void language plpgsql
    set search_path from current as $$
begin
    lock table ticket, csat_survey in share row exclusive mode;
    if (select time_zone from support_figures_state) is not distinct from zone then
        return;
    end if;
    delete from support_day;
    delete from support_day_span;
    delete from csat_day;
    update support_figures_state set time_zone = zone;
    insert into support_day (day, category_id, opened, ended)
    select day, category_id, sum(opened), sum(ended)
    from (select (opened_at at time zone zone)::date as day, category_id, 1 as opened, 0 as ended from ticket
          union all
          select (coalesce(resolved_at, closed_at) at time zone zone)::date, category_id, 0, 1 from ticket
          where status in ('RESOLVED', 'CLOSED') and coalesce(resolved_at, closed_at) is not null) c
    group by day, category_id;
    insert into support_day_span (kind, day, bucket, tickets)
    select kind, day, bucket, count(*)
    from (select 'F' as kind, (first_response_at at time zone zone)::date as day,
                 support_span_bucket(extract(epoch from first_response_at - opened_at)::double precision) as bucket
          from ticket where first_response_at is not null
          union all
          select 'R', (coalesce(resolved_at, closed_at) at time zone zone)::date,
                 support_span_bucket(extract(epoch from coalesce(resolved_at, closed_at) - opened_at)::double precision)
          from ticket where status in ('RESOLVED', 'CLOSED') and coalesce(resolved_at, closed_at) is not null) c
    group by kind, day, bucket;
    insert into csat_day (day, dimension, key, sent, answered, satisfied, rated_1, rated_2, rated_3, rated_4, rated_5)
    select c.day, c.dimension, c.key, sum(c.sent), sum(c.answered), sum(c.satisfied), sum(c.rated_1), sum(c.rated_2),
           sum(c.rated_3), sum(c.rated_4), sum(c.rated_5)
    from (select (sent_at at time zone zone)::date as day, agent_id, team_id, category_id, count(*) as sent,
                 count(rating) as answered, count(*) filter (where rating >= 4) as satisfied,
                 count(*) filter (where rating = 1) as rated_1, count(*) filter (where rating = 2) as rated_2,
                 count(*) filter (where rating = 3) as rated_3, count(*) filter (where rating = 4) as rated_4,
                 count(*) filter (where rating = 5) as rated_5
          from csat_survey group by 1, 2, 3, 4) s
    cross join lateral (select s.day, g.dimension, g.key, s.sent, s.answered, s.satisfied, s.rated_1, s.rated_2,
                               s.rated_3, s.rated_4, s.rated_5
                        from (values ('W', null::varchar), ('A', s.agent_id::varchar), ('T', s.team_id::varchar),
                                     ('C', s.category_id::varchar)) as g (dimension, key)) c
    group by c.dimension, c.day, c.key;
    analyze support_day, support_day_span, csat_day;
end $$;
