package com.cartera.sales;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the board reads: each column's figures, aggregated by the database per stage, and the cards of a
 * column one page at a time in board order. Never all cards at once. Opportunities of customers in the
 * bin stay off the board.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class BoardService {

    private final EntityManager entityManager;
    private final PipelineStageRepository stages;
    private final SalesLookups lookups;

    BoardService(EntityManager entityManager, PipelineStageRepository stages, SalesLookups lookups) {
        this.entityManager = entityManager;
        this.stages = stages;
        this.lookups = lookups;
    }

    /** One summary per stage of the pipeline, left to right, empty stages included. */
    public List<StageSummary> summaries(long pipelineId, BoardFilter filter) {
        Query query = entityManager.createQuery("""
                select o.stageId, o.currency, count(o), sum(o.amount)
                from Opportunity o join o.customer c
                where o.pipelineId = :pipelineId and c.deletedAt is null""" + conditions(filter)
                + " group by o.stageId, o.currency");
        query.setParameter("pipelineId", pipelineId);
        bind(query, filter);
        Map<Long, Long> counts = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> totals = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long stageId = (Long) columns[0];
            counts.merge(stageId, (Long) columns[2], Long::sum);
            totals.computeIfAbsent(stageId, id -> new TreeMap<>()).put((String) columns[1], (BigDecimal) columns[3]);
        }
        String currency = lookups.workspaceCurrency();
        return stages.findByPipelineIdOrderByPositionAsc(pipelineId).stream()
                .map(stage -> new StageSummary(stage, counts.getOrDefault(stage.getId(), 0L),
                        currencyFirst(currency, totals.getOrDefault(stage.getId(), Map.of()))))
                .toList();
    }

    /**
     * Up to {@code limit} cards of a column in board order, after {@code after} (null: from the top).
     * Paging by the last card seen rather than by offset keeps pages right while others move cards.
     */
    public List<BoardCard> cards(long stageId, BoardFilter filter, BoardCard after, int limit) {
        String afterCondition = after == null ? ""
                : " and (o.position > :afterPosition or o.position = :afterPosition and o.id > :afterId)";
        var query = entityManager.createQuery("""
                select new com.cartera.sales.BoardCard(o.id, o.version, o.stageId, o.position, o.title, c.id, c.name,
                       c.alertColour, c.alertReason, o.amount, o.currency, ow.userId, ow.displayName,
                       o.stageEnteredAt, o.expectedCloseOn, c.paymentRisk)
                from Opportunity o join o.customer c left join o.owner ow
                where o.stageId = :stageId and c.deletedAt is null""" + conditions(filter) + afterCondition
                + " order by o.position, o.id", BoardCard.class);
        query.setParameter("stageId", stageId);
        bind(query, filter);
        if (after != null) {
            query.setParameter("afterPosition", after.position());
            query.setParameter("afterId", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    private static String conditions(BoardFilter filter) {
        var where = new StringBuilder();
        if (filter.ownerId() != null) {
            where.append(" and o.owner.userId = :ownerId");
        }
        if (filter.tagId() != null) {
            where.append(" and exists (select 1 from Customer tagged join tagged.tags t"
                    + " where tagged.id = c.id and t.id = :tagId)");
        }
        if (filter.closeFrom() != null) {
            where.append(" and o.expectedCloseOn >= :closeFrom");
        }
        if (filter.closeTo() != null) {
            where.append(" and o.expectedCloseOn <= :closeTo");
        }
        return where.toString();
    }

    private static void bind(Query query, BoardFilter filter) {
        if (filter.ownerId() != null) {
            query.setParameter("ownerId", filter.ownerId());
        }
        if (filter.tagId() != null) {
            query.setParameter("tagId", filter.tagId());
        }
        if (filter.closeFrom() != null) {
            query.setParameter("closeFrom", filter.closeFrom());
        }
        if (filter.closeTo() != null) {
            query.setParameter("closeTo", filter.closeTo());
        }
    }

    private static Map<String, BigDecimal> currencyFirst(String first, Map<String, BigDecimal> totals) {
        var ordered = new LinkedHashMap<String, BigDecimal>();
        if (totals.containsKey(first)) {
            ordered.put(first, totals.get(first));
        }
        totals.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
