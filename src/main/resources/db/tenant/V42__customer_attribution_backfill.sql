-- Marketing (marketing): the first touch of the customers a workspace had before attribution was recorded. A one-off
-- read of the customer table inside marketing's migration, because from now on marketing learns of new customers
-- through customer's CustomersCreated event and CustomerOrigins read, and this is the only moment the rows that
-- predate them can be filled; one insert ... select, so a workspace of a million customers migrates in seconds.
-- Same rule as at creation: the campaign named by the customer's campaign text (and its source), else the
-- catalogue source mapped to the customer's source value. Merged customers live on in their survivor.
insert into customer_attribution (customer_id, first_source_id, first_campaign_id, first_touch_at, referred_by_id)
select cu.id, coalesce(ca.source_id, s.id), ca.id, cu.created_at, cu.referred_by_id
from customer cu
         left join campaign ca on lower(ca.name) = lower(btrim(cu.source_campaign))
         left join marketing_source s on s.customer_source = cu.source
where cu.merged_into_id is null
on conflict (customer_id) do nothing;
