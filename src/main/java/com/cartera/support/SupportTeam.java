package com.cartera.support;

/** A team queue tickets go to; archived ones stay on old tickets but are not offered any more. */
public record SupportTeam(long id, String name, boolean archived) {
}
