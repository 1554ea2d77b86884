package com.cartera.support;

/** A named queue view of one person, with the version its next change must name. */
public record SavedQueueView(long id, String name, QueueView view, long version) {
}
