package com.cartera.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpSuggestionRepository extends JpaRepository<FollowUpSuggestion, Long> {

    /** Pending suggestions for {@code assignee} (null: everyone's, the unassigned included), by occasion. */
    @Query("""
            select s from FollowUpSuggestion s join fetch s.customer left join fetch s.assignee
            where s.status = com.cartera.activity.FollowUpSuggestion.Status.PENDING
              and (:assignee is null or s.assignee.userId = :assignee)
              and s.customer.deletedAt is null
            order by s.occasion, s.id""")
    List<FollowUpSuggestion> pending(@Param("assignee") UUID assignee, Pageable pageable);

    /**
     * Proposes one suggestion per customer, reason and year, each with its detail (null: none); an existing one
     * (pending, accepted or dismissed) stays as it is. Returns how many were new.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            insert into follow_up_suggestion (customer_id, reason, occasion, occasion_year, assignee_id, detail)
            select s.customer_id, :reason, s.occasion, extract(year from s.occasion), s.assignee_id, s.detail
            from unnest(cast(:customers as bigint[]), cast(:occasions as date[]), cast(:assignees as uuid[]),
                        cast(:details as varchar[])) as s(customer_id, occasion, assignee_id, detail)
            on conflict (customer_id, reason, occasion_year) do nothing""", nativeQuery = true)
    int propose(@Param("reason") String reason, @Param("customers") Long[] customers,
                @Param("occasions") LocalDate[] occasions, @Param("assignees") UUID[] assignees,
                @Param("details") String[] details);

    /** A merged customer's suggestions go to the survivor, unless it has its own for that reason and year. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update follow_up_suggestion s set customer_id = :survivor
            where s.customer_id = :merged and not exists (select 1 from follow_up_suggestion t
                where t.customer_id = :survivor and t.reason = s.reason and t.occasion_year = s.occasion_year)""",
            nativeQuery = true)
    int moveToCustomer(@Param("merged") long merged, @Param("survivor") long survivor);
}
