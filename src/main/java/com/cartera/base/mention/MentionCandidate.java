package com.cartera.base.mention;

import java.util.UUID;

/**
 * A member of the current workspace as mentions see them.
 *
 * @param id     the member's id, what a mention stores
 * @param name   the name shown now
 * @param active whether they may be mentioned (people kept out still render by name)
 */
public record MentionCandidate(UUID id, String name, boolean active) {
}
