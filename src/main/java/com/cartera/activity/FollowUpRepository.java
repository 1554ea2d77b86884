package com.cartera.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /** With customer, assignee and opportunity loaded, so that a form can show them after the transaction. */
    @Query("""
            select f from FollowUp f join fetch f.customer join fetch f.assignee left join fetch f.opportunity
            where f.id = :id""")
    Optional<FollowUp> findDetailed(@Param("id") long id);

    /** A customer's follow-ups: the open ones first, soonest first, then the others, latest first. */
    @Query("""
            select f from FollowUp f join fetch f.assignee left join fetch f.opportunity
            where f.customer.id = :customerId
            order by case when f.status = com.cartera.activity.FollowUpStatus.OPEN then 0 else 1 end,
                     case when f.status = com.cartera.activity.FollowUpStatus.OPEN then f.dueAt end,
                     f.dueAt desc, f.id desc""")
    List<FollowUp> ofCustomer(@Param("customerId") long customerId, Pageable pageable);

    long countByCustomerId(long customerId);

    /** Open follow-ups due in [from, to), of one assignee (null: everyone's), soonest first. */
    @Query("""
            select f from FollowUp f join fetch f.customer join fetch f.assignee left join fetch f.opportunity
            where f.status = com.cartera.activity.FollowUpStatus.OPEN and f.dueAt >= :from and f.dueAt < :to
              and (:assignee is null or f.assignee.userId = :assignee)
            order by f.dueAt, f.id""")
    List<FollowUp> openDue(@Param("assignee") UUID assignee, @Param("from") Instant from, @Param("to") Instant to,
                           Pageable pageable);

    @Query("""
            select count(f) from FollowUp f
            where f.status = com.cartera.activity.FollowUpStatus.OPEN and f.dueAt >= :from and f.dueAt < :to
              and (:assignee is null or f.assignee.userId = :assignee)""")
    long countOpenDue(@Param("assignee") UUID assignee, @Param("from") Instant from, @Param("to") Instant to);

    /** Open and done follow-ups due in [from, to), of one assignee (null: everyone's), in time order. */
    @Query("""
            select f from FollowUp f join fetch f.customer join fetch f.assignee left join fetch f.opportunity
            where f.status <> com.cartera.activity.FollowUpStatus.CANCELLED and f.dueAt >= :from and f.dueAt < :to
              and (:assignee is null or f.assignee.userId = :assignee)
            order by f.dueAt, f.id""")
    List<FollowUp> scheduled(@Param("assignee") UUID assignee, @Param("from") Instant from, @Param("to") Instant to,
                             Pageable pageable);

    /** How many open follow-ups each of {@code assignees} has, as (user id, count); those with none are absent. */
    @Query("""
            select f.assignee.userId, count(f) from FollowUp f
            where f.status = com.cartera.activity.FollowUpStatus.OPEN and f.assignee.userId in :assignees
            group by f.assignee.userId""")
    List<Object[]> openCountsOf(@Param("assignees") java.util.Collection<UUID> assignees);

    /** Which of {@code customerIds} have an open follow-up. */
    @Query(value = "select distinct customer_id from follow_up where status = 'OPEN'"
            + " and customer_id = any(cast(:customerIds as bigint[]))", nativeQuery = true)
    List<Long> withOpenFollowUp(@Param("customerIds") Long[] customerIds);

    /** The customer's open follow-up due first. */
    Optional<FollowUp> findFirstByCustomerIdAndStatusOrderByDueAtAsc(long customerId, FollowUpStatus status);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update follow_up set customer_id = :survivor, version = version + 1 where customer_id = :merged",
            nativeQuery = true)
    int moveToCustomer(@Param("merged") long merged, @Param("survivor") long survivor);
}
