-- Survey page requests allowed per client address (support module): a token bucket, refilled with time, so that
-- nobody can try survey links by the thousand. Addresses are kept as hashes.
create table csat_survey_budget (
    subject    varchar(80)      primary key,
    tokens     double precision not null,
    updated_at timestamptz      not null
);
create index csat_survey_budget_updated_idx on csat_survey_budget (updated_at);
