package com.cartera.customer;

import java.util.List;

/**
 * A module that keeps personal data about customers in its own tables (the customer module itself, purchases,
 * activity, sales, imports). Each is a Spring bean; a data-subject request reads and erases through all of
 * them, in {@link org.springframework.core.annotation.Order} order, in one transaction.
 *
 * <p>Unsecured: only the personal-data service calls these, after checking who asks. Both methods run in
 * the caller's transaction and touch only the implementing module's own tables.
 */
public interface PersonalDataHolder {

    /** A short name of the area (e.g. {@code purchases}), as the audit trail records erasure counts. */
    String area();

    /** Everything this module holds about the subject, as sheets of database rows. */
    List<PersonalDataSheet> export(PersonalDataSubject subject);

    /**
     * Erases the subject's personal data from this module's tables: anonymises rows that keep business value
     * (amounts, dates, stages), deletes the rest.
     */
    ErasureCount erase(PersonalDataSubject subject);
}
