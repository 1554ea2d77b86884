package com.cartera.commerce;

import java.util.List;

import com.cartera.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-sell: products bought by customers who bought the same products as this customer ("peers"), ranked
 * by how many peers bought them, leaving out what this customer already has and what is no longer sold.
 * One query whose work is bounded by the caps below, not by the size of the workspace.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.MARKETING, Role.Names.SUPPORT, Role.Names.FINANCE,
        Role.Names.MANAGEMENT})
public class CrossSellService {

    /**
     * At most this many latest purchases are read per product of the customer to find peers. A best-seller
     * may sit on hundreds of thousands of purchases (5M in a large workspace); the latest 200 of each
     * product describe current buying habits as well and keep the query to short index range scans:
     * purchase ids grow with time, so the index on purchase_line (product_id, purchase_id) yields them
     * newest first without sorting.
     */
    static final int PURCHASES_PER_PRODUCT = 200;

    /** At most this many peers, the most recently seen ones. */
    static final int PEER_LIMIT = 2000;

    /**
     * At most this many latest purchases are read per peer. Besides bounding the work for a peer who buys
     * daily, the limit keeps the planner on the index on purchase (customer_id, purchased_on): without it,
     * it joins the peers to the whole purchase table, which costs in proportion to the workspace's size.
     */
    static final int PURCHASES_PER_PEER = 50;

    private static final String QUERY = """
            with mine as (
                select distinct pl.product_id
                from purchase p
                join purchase_line pl on pl.purchase_id = p.id
                where p.customer_id = :customer
            ),
            sampled as (
                select s.purchase_id
                from mine m
                cross join lateral (
                    select pl.purchase_id
                    from purchase_line pl
                    where pl.product_id = m.product_id
                    order by pl.purchase_id desc
                    limit :perProduct
                ) s
            ),
            peers as (
                select p.customer_id as id
                from sampled s
                join purchase p on p.id = s.purchase_id
                join customer c on c.id = p.customer_id
                where p.customer_id <> :customer and c.deleted_at is null
                group by p.customer_id
                order by max(p.id) desc
                limit :peerLimit
            ),
            peer_products as (
                select distinct pe.id as peer_id, pl.product_id
                from peers pe
                cross join lateral (
                    select p.id
                    from purchase p
                    where p.customer_id = pe.id
                    order by p.purchased_on desc
                    limit :purchasesPerPeer
                ) pp
                join purchase_line pl on pl.purchase_id = pp.id
            ),
            overlap as (
                select pp.peer_id, pp.product_id as shared_id
                from peer_products pp
                where pp.product_id in (select product_id from mine)
            ),
            candidates as (
                select pp.peer_id, pp.product_id
                from peer_products pp
                join product pr on pr.id = pp.product_id and pr.active
                where pp.product_id not in (select product_id from mine)
            ),
            scored as (
                select c.product_id, count(*) as peers, sum(o.shared) as co_occurrence
                from candidates c
                join (select peer_id, count(*) as shared from overlap group by peer_id) o on o.peer_id = c.peer_id
                group by c.product_id
            ),
            reasons as (
                select distinct on (c.product_id) c.product_id, o.shared_id, count(*) as shared_peers
                from candidates c
                join overlap o on o.peer_id = c.peer_id
                join product sp on sp.id = o.shared_id
                group by c.product_id, o.shared_id, sp.name
                order by c.product_id, count(*) desc, sp.name, o.shared_id
            )
            select pr.id, pr.name, s.peers, s.co_occurrence, sp.name as shared_name, r.shared_peers
            from scored s
            join product pr on pr.id = s.product_id
            join reasons r on r.product_id = s.product_id
            join product sp on sp.id = r.shared_id
            order by s.peers desc, s.co_occurrence desc, pr.name, pr.id
            limit :limit
            """;

    private final EntityManager entityManager;

    CrossSellService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The best {@code limit} products to offer the customer, best first; none when they bought nothing. */
    public List<CrossSellSuggestion> suggestionsFor(long customerId, int limit) {
        // Native SQL on the session's connection, which points at the workspace's schema.
        List<?> rows = entityManager.createNativeQuery(QUERY)
                .setParameter("customer", customerId)
                .setParameter("perProduct", PURCHASES_PER_PRODUCT)
                .setParameter("peerLimit", PEER_LIMIT)
                .setParameter("purchasesPerPeer", PURCHASES_PER_PEER)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new CrossSellSuggestion(
                ((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(), (String) row[4], ((Number) row[5]).longValue())).toList();
    }
}
