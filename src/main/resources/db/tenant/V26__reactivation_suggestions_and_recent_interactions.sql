-- Why analytics rates a customer's churn risk as it does, published with the score at each refit
-- (codes and numbers, "CODE:n,n;CODE:n", translated when shown), so that activity can propose a
-- reactivation follow-up that says why.
alter table customer add column churn_risk_reasons varchar(200);

-- Reactivation follow-ups proposed for customers at high churn risk; the suggestion keeps the reasons
-- as they were when it was proposed.
alter table follow_up_suggestion
    drop constraint follow_up_suggestion_reason_check,
    alter column reason type varchar(12),
    add constraint follow_up_suggestion_reason_check check (reason in ('BIRTHDAY', 'WELCOME', 'REACTIVATION')),
    add column detail varchar(200);

-- The latest contacts across the workspace (the support home) read interactions newest first within a
-- period: without this index PostgreSQL scans and sorts the whole table.
create index interaction_recent_idx on interaction (occurred_at desc, id desc);
