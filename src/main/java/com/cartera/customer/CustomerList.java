package com.cartera.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A list of customers another screen handed to the grid (e.g. the customers behind a dashboard's figure).
 *
 * @param id        the list's token, as in {@code /customers?list=<id>}
 * @param label     what the list is, in the words of the screen that made it
 * @param size      how many customers it held when made
 * @param expiresAt when it is removed
 */
public record CustomerList(UUID id, String label, long size, Instant expiresAt) {
}
