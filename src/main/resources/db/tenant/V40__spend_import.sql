-- Spend entries come in through the import wizard too (marketing's spend import): import jobs and saved column
-- mappings may be of kind SPEND.
alter table import_job drop constraint import_job_kind_check;
alter table import_job add constraint import_job_kind_check check (kind in ('CUSTOMERS', 'PURCHASES', 'SPEND'));
alter table import_template drop constraint import_template_kind_check;
alter table import_template add constraint import_template_kind_check
    check (kind in ('CUSTOMERS', 'PURCHASES', 'SPEND'));

-- Who corrected a spend entry last, and when (created_at / created_by say who booked it).
alter table marketing_spend add column updated_at timestamptz;
alter table marketing_spend add column updated_by uuid references team_member (user_id);
