package com.cartera.support.webform;

/** A ticket category as the form offers it. */
public record FormCategory(long id, String name) {
}
