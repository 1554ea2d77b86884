package com.cartera.marketing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import com.cartera.security.Role;
import com.cartera.tenancy.TenantSql;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far campaigns got with the members of their target lists, counted set-based from the members' statuses
 * (the index on list and status answers it without reading the members). A customer on two lists of one campaign
 * counts on each. Who may call: those who read marketing figures.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.MANAGEMENT})
public class CampaignReachFigures {

    /**
     * @param targeted  members of the campaign's lists
     * @param reached   of them, contacted or further (unsubscribing needs the message to have arrived)
     * @param responded of them, those who answered or converted
     * @param converted of them, those who became customers
     */
    public record Reach(long campaignId, long targeted, long reached, long responded, long converted) {
    }

    /** A member who converted, and the day (in {@code zone}) they were marked so. */
    public record Converted(long campaignId, long customerId, LocalDate convertedOn) {
    }

    private final TenantSql sql;

    CampaignReachFigures(TenantSql sql) {
        this.sql = sql;
    }

    /** The reach of those of {@code campaignIds} with lists. */
    public List<Reach> of(Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("""
                        select l.campaign_id, count(*) as targeted,
                               count(*) filter (where m.status <> 'TARGETED') as reached,
                               count(*) filter (where m.status in ('RESPONDED', 'CONVERTED')) as responded,
                               count(*) filter (where m.status = 'CONVERTED') as converted
                        from target_list l join target_list_member m on m.list_id = l.id
                        where l.campaign_id = any (:ids)
                        group by l.campaign_id order by l.campaign_id""")
                .param("ids", new SqlArrayValue("bigint", campaignIds.toArray()))
                .query(Reach.class).list();
    }

    /** The members of {@code campaignIds}' lists who converted, with the first day they were marked so. */
    public List<Converted> converted(Collection<Long> campaignIds, ZoneId zone) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return sql.client().sql("""
                        select l.campaign_id, m.customer_id,
                               cast(min(m.status_at at time zone :zone) as date) as converted_on
                        from target_list l join target_list_member m on m.list_id = l.id
                        where l.campaign_id = any (:ids) and m.status = 'CONVERTED'
                        group by l.campaign_id, m.customer_id order by 1, 2""")
                .param("ids", new SqlArrayValue("bigint", campaignIds.toArray()))
                .param("zone", zone.getId())
                .query(Converted.class).list();
    }
}
