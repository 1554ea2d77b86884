-- The audit trail records every change: which record (entity type and id), each field's old and new value,
-- and a one-line summary a reader recognises the record by.
alter table audit_event
    add column entity_type varchar(40),
    add column entity_id   varchar(64),
    add column summary     varchar(500),
    add column changes     jsonb not null default '[]';

-- The trail outlives what it describes and must never make the change it records fail: no foreign keys to
-- the customers it mentions or to the people who acted (an actor need not be a member yet, e.g. at sign-up).
alter table audit_event drop constraint audit_event_customer_id_fkey;
alter table audit_event drop constraint audit_event_actor_id_fkey;

-- The admin screen pages newest first with the id as tie-breaker, filtered by person, action or record.
drop index audit_event_time_idx;
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);
