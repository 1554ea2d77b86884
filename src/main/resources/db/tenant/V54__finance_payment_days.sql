-- Finance figures (fhome): cash collected per day and the unallocated credit, read without visiting every payment.

-- Payments received per day that are not reversed, kept by the triggers below: cash collected in a period sums at
-- most a row per day instead of every payment (a year is about 1.5 million payments at 5 million invoices).
create table payment_day (
    received_on date           primary key,
    amount      numeric(16, 2) not null default 0
);

insert into payment_day (received_on, amount)
select received_on, sum(amount) from payment where reversed_on is null group by received_on;

-- Adds the not-reversed payments inserted, takes away those deleted, and on an update both (a reversal moves a
-- payment out of the sums; a change of allocation nets to nothing and writes nothing). Days in key order, as
-- receivable_sums_apply does, so that two transactions never wait on each other in opposite orders.
create function payment_changed() returns trigger language plpgsql
    set search_path from current as $$
begin
    if tg_op = 'INSERT' then
        insert into payment_day as d (received_on, amount)
        select received_on, sum(amount) from new_rows where reversed_on is null
        group by received_on order by received_on
        on conflict (received_on) do update set amount = d.amount + excluded.amount;
    elsif tg_op = 'UPDATE' then
        insert into payment_day as d (received_on, amount)
        select received_on, sum(amount)
        from (select received_on, amount from new_rows where reversed_on is null
              union all
              select received_on, -amount from old_rows where reversed_on is null) f
        group by received_on having sum(amount) <> 0 order by received_on
        on conflict (received_on) do update set amount = d.amount + excluded.amount;
    else
        insert into payment_day as d (received_on, amount)
        select received_on, -sum(amount) from old_rows where reversed_on is null
        group by received_on order by received_on
        on conflict (received_on) do update set amount = d.amount + excluded.amount;
    end if;
    return null;
end $$;

create trigger payment_insert after insert on payment
    referencing new table as new_rows for each statement execute function payment_changed();
create trigger payment_update after update on payment
    referencing old table as old_rows new table as new_rows for each statement execute function payment_changed();
create trigger payment_delete after delete on payment
    referencing old table as old_rows for each statement execute function payment_changed();

-- The unallocated credit summed from the index alone (payment_unallocated_idx would visit each payment's row).
create index payment_unallocated_amount_idx on payment (reversed_on) include (unallocated)
    where unallocated > 0 and reversed_on is null;
