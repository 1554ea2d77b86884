package com.cartera.support;

/** One of the workspace's ticket categories; archived ones stay on old tickets but are not offered for new ones. */
public record TicketCategory(long id, String name, int position, boolean archived) {
}
