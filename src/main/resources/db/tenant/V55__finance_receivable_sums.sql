-- Smaller sums of the receivables ledger for the workspace figures, so the finance home reads a few thousand rows
-- instead of every (booking day, due day) pair: receivable_booked per booking day (DSO and its trend: credit sales
-- of any period and receivables at any day's end) and receivable_due per due day (ageing as of today; as of a past
-- day, minus what receivable_day booked after it). customer_receivable also carries the customer's own credit
-- limit, so the customers over it are one walk of a partial index.

create table receivable_booked (
    booked_on date           primary key,
    invoiced  numeric(16, 2) not null default 0,
    credited  numeric(16, 2) not null default 0,
    collected numeric(16, 2) not null default 0
);
insert into receivable_booked (booked_on, invoiced, credited, collected)
select booked_on, sum(invoiced), sum(credited), sum(collected) from receivable_day group by booked_on;

create table receivable_due (
    due_on date           primary key,
    open   numeric(16, 2) not null default 0
);
insert into receivable_due (due_on, open)
select due_on, sum(invoiced - credited - collected) from receivable_day group by due_on;

create or replace function receivable_sums_apply(added receivable_fact[], removed receivable_fact[])
    returns void language sql as $$
    insert into receivable_day as d (booked_on, due_on, invoiced, credited, collected)
    select booked_on, due_on,
           sum(case when kind = 'ISSUE' then sign * amount else 0 end),
           sum(case when kind = 'CREDIT' then -sign * amount else 0 end),
           sum(case when kind in ('PAYMENT', 'REVERSAL') then -sign * amount else 0 end)
    from (select a.*, 1 as sign from unnest(added) a union all select r.*, -1 from unnest(removed) r) f
    group by booked_on, due_on
    order by booked_on, due_on
    on conflict (booked_on, due_on) do update set invoiced = d.invoiced + excluded.invoiced,
        credited = d.credited + excluded.credited, collected = d.collected + excluded.collected;

    insert into receivable_booked as b (booked_on, invoiced, credited, collected)
    select booked_on,
           sum(case when kind = 'ISSUE' then sign * amount else 0 end),
           sum(case when kind = 'CREDIT' then -sign * amount else 0 end),
           sum(case when kind in ('PAYMENT', 'REVERSAL') then -sign * amount else 0 end)
    from (select a.*, 1 as sign from unnest(added) a union all select r.*, -1 from unnest(removed) r) f
    group by booked_on
    order by booked_on
    on conflict (booked_on) do update set invoiced = b.invoiced + excluded.invoiced,
        credited = b.credited + excluded.credited, collected = b.collected + excluded.collected;

    insert into receivable_due as u (due_on, open)
    select due_on, sum(sign * amount)
    from (select a.*, 1 as sign from unnest(added) a union all select r.*, -1 from unnest(removed) r) f
    group by due_on
    having sum(sign * amount) <> 0
    order by due_on
    on conflict (due_on) do update set open = u.open + excluded.open;

    insert into customer_receivable as c (customer_id, open_amount)
    select customer_id, sum(sign * amount)
    from (select a.*, 1 as sign from unnest(added) a union all select r.*, -1 from unnest(removed) r) f
    group by customer_id
    having sum(sign * amount) <> 0
    order by customer_id
    on conflict (customer_id) do update set open_amount = c.open_amount + excluded.open_amount;
$$;

alter table customer_receivable add column credit_limit numeric(14, 2);
insert into customer_receivable as r (customer_id, credit_limit)
select customer_id, credit_limit from customer_credit where credit_limit is not null
on conflict (customer_id) do update set credit_limit = excluded.credit_limit;
create index customer_receivable_over_limit_idx on customer_receivable (open_amount desc, customer_id)
    where open_amount > credit_limit;

-- A customer's own credit limit follows customer_credit (rare single-row changes: a row trigger).
create function customer_credit_limit_changed() returns trigger language plpgsql
    set search_path from current as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update customer_receivable set credit_limit = null where customer_id = old.customer_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.credit_limit is not null then
        insert into customer_receivable as r (customer_id, credit_limit) values (new.customer_id, new.credit_limit)
        on conflict (customer_id) do update set credit_limit = excluded.credit_limit;
    end if;
    return null;
end $$;

create trigger customer_credit_limit after insert or update or delete on customer_credit
    for each row execute function customer_credit_limit_changed();
