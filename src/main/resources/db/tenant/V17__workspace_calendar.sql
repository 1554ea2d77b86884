-- The workspace's own calendar (DESIGN §5): the zone its days and periods are read in, and the activity window
-- after which a customer with no purchase counts as lost.
alter table workspace_settings
    add column time_zone            varchar(64) not null default 'Europe/Madrid',
    add column activity_window_days integer     not null default 365
        check (activity_window_days between 1 and 3650);
