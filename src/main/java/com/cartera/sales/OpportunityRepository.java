package com.cartera.sales;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    /** With customer, owner and products loaded, so that a form can show them after the transaction. */
    @EntityGraph(attributePaths = {"customer", "owner", "productIds"})
    Optional<Opportunity> findDetailedById(Long id);

    long countByStageId(long stageId);

    List<Opportunity> findByCustomerIdAndStatusOrderByTitleAsc(long customerId, OpportunityStatus status);

    /** The lowest place in a stage's column, leaving one card out (the one being moved). */
    @Query("select min(o.position) from Opportunity o where o.stageId = :stageId and o.id <> :except")
    Double topPosition(long stageId, long except);

    @Query("select max(o.position) from Opportunity o where o.stageId = :stageId and o.id <> :except")
    Double bottomPosition(long stageId, long except);

    /** The place of the card right above {@code position} in the stage's column, leaving one card out. */
    @Query("select max(o.position) from Opportunity o where o.stageId = :stageId and o.position < :position"
            + " and o.id <> :except")
    Double positionAbove(long stageId, double position, long except);

    /** The place of a card if it is (still) in the stage, read from the database rather than the session. */
    @Query("select o.position from Opportunity o where o.id = :id and o.stageId = :stageId")
    Optional<Double> positionInStage(long id, long stageId);

    /**
     * Spreads a column's cards evenly again, keeping their order; versions stay, as nobody's card moved.
     * Positions held in the session go stale: read them again with the queries above.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update opportunity o set position = r.place * :gap
            from (select id, row_number() over (order by position, id) as place
                  from opportunity where stage_id = :stageId) r
            where o.id = r.id""", nativeQuery = true)
    void spreadOut(long stageId, double gap);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update opportunity set customer_id = :survivor where customer_id = :merged", nativeQuery = true)
    int moveToCustomer(long merged, long survivor);
}
