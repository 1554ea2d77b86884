-- Marketing figures (analytics): where each lead and each new customer came from, copied from marketing's
-- customer_attribution at refresh time (marketing.AttributionFacts), so that CAC and conversion per source and
-- campaign read analytics' own tables. Filled by the full rebuild that forgetting the refresh state asks for.
alter table analytics_lead
    add column first_source_id   bigint,
    add column first_campaign_id bigint,
    add column touch_campaign_id bigint;
create index analytics_lead_marketing_idx on analytics_lead (created_on)
    include (first_source_id, first_campaign_id, touch_campaign_id, prospect_on, converted_on);

-- One row per customer acquired (the start of their first stretch of activity) with their attribution.
create unlogged table analytics_acquisition (
    customer_id       bigint primary key,
    acquired_on       date not null,
    first_source_id   bigint,
    first_campaign_id bigint,
    touch_campaign_id bigint
);
create index analytics_acquisition_day_idx on analytics_acquisition (acquired_on)
    include (first_source_id, first_campaign_id, touch_campaign_id);

update analytics_state set changes_seen_until = null;

-- The audience now, taken at each refresh: live customers by RFM segment and marketing consent (the marketing home
-- reads segment sizes and consent coverage here instead of counting the customer table on every view).
create unlogged table analytics_audience (
    rfm_segment       varchar(20),
    marketing_consent boolean not null,
    customers         bigint  not null
);
