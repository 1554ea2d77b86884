-- The lead funnel has three stages (lead → prospect → customer): the day a lead first reached PROSPECT or a later
-- stage. Filled by the full rebuild that forgetting the refresh state asks for.
alter table analytics_lead add column prospect_on date;
update analytics_state set changes_seen_until = null;
