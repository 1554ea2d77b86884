-- Personal data: when a customer's personal data was erased (anonymised), and how long the bin and the
-- rows an import refused are kept before they are erased for good by the nightly retention job.

alter table customer add column erased_at timestamptz;

alter table workspace_settings
    -- Binned customers are erased (anonymised) this many days after they were deleted; null keeps them.
    add column bin_retention_days            integer default 90 check (bin_retention_days between 1 and 3650),
    -- Rows an import refused or skipped (they hold the file's raw values) are deleted this many days after
    -- the import; null keeps them.
    add column import_problem_retention_days integer default 90
        check (import_problem_retention_days between 1 and 3650);

-- The retention job finds binned customers not yet erased by the day they were deleted.
create index customer_bin_unerased_idx on customer (deleted_at) where deleted_at is not null and erased_at is null;
