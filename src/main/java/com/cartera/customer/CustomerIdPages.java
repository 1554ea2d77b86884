package com.cartera.customer;

import java.util.List;

/**
 * The customers of a list, page by page, as another module lists them (e.g. analytics the customers behind a
 * figure): the ids {@code offset} to {@code offset + limit} in a stable order; fewer than {@code limit} ends it.
 */
@FunctionalInterface
public interface CustomerIdPages {

    List<Long> page(int offset, int limit);
}
