-- Invoices and payments come in through the import wizard too (finance's invoice and payment imports): import jobs
-- and saved column mappings may be of kinds INVOICES and PAYMENTS.
alter table import_job drop constraint import_job_kind_check;
alter table import_job add constraint import_job_kind_check
    check (kind in ('CUSTOMERS', 'PURCHASES', 'SPEND', 'INVOICES', 'PAYMENTS'));
alter table import_template drop constraint import_template_kind_check;
alter table import_template add constraint import_template_kind_check
    check (kind in ('CUSTOMERS', 'PURCHASES', 'SPEND', 'INVOICES', 'PAYMENTS'));
