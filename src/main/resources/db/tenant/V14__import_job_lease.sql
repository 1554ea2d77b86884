-- An import job belongs to the application instance that queued it, for as long as that instance renews its
-- heartbeat. Another instance (after a restart, or a replica) marks the job interrupted only once the lease has
-- run out, never while its owner is still at work.
alter table import_job add column owner varchar(100);
alter table import_job add column heartbeat_at timestamptz;
create index import_job_unfinished_idx on import_job (heartbeat_at) where status in ('QUEUED', 'RUNNING');
