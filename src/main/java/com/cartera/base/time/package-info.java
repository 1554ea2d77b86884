/**
 * The application's one source of the current time: inject {@link java.time.Clock} instead of calling
 * {@code Instant.now()}, so that rules and tests can fix the moment.
 */
@NamedInterface("time")
package com.cartera.base.time;

import org.springframework.modulith.NamedInterface;
