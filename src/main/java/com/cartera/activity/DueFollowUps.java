package com.cartera.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone's open follow-ups due before a moment (today's and overdue ones), read by the daily digest. Not
 * secured: the digest job calls it with nobody signed in; callers check their own callers.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DueFollowUps {

    /** One open follow-up of a live customer. */
    public record Due(UUID assigneeId, long customerId, String customerName, FollowUpKind kind, Instant dueAt) {
    }

    private final EntityManager entityManager;

    DueFollowUps(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Open follow-ups due before {@code until}, by assignee then time, at most {@code limit}. */
    public List<Due> before(Instant until, int limit) {
        return entityManager.createQuery("""
                        select f.assignee.userId, c.id, c.name, f.kind, f.dueAt
                        from FollowUp f join f.customer c
                        where f.status = com.cartera.activity.FollowUpStatus.OPEN and f.dueAt < :until
                          and c.deletedAt is null
                        order by f.assignee.userId, f.dueAt, f.id""", Due.class)
                .setParameter("until", until)
                .setMaxResults(limit)
                .getResultList();
    }
}
