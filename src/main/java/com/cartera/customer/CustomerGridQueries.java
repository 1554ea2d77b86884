package com.cartera.customer;

import java.util.List;

import org.springframework.data.domain.Sort;

/** The grid's queries that a plain specification query cannot make fast on a large portfolio. */
interface CustomerGridQueries {

    /** How many customers match {@code filter}, but never more than {@code limit}: counting stops there. */
    long countAtMost(CustomerFilter filter, long limit);

    /**
     * The rows {@code offset} to {@code offset + limit} of the matches ordered by their owner's name
     * ({@code order}: its direction, and customers without an owner where its null handling puts them), then by
     * {@code then}, which ends with the id; each with its owner loaded.
     */
    List<Customer> pageByOwnerName(CustomerFilter filter, Sort.Order order, Sort then, long offset,
                                   int limit);
}
