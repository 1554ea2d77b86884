package com.cartera.support;

/**
 * CSAT of one agent, team, category or customer.
 *
 * @param key  the agent's user id, or the team's, category's or customer's id, as text; null for surveys without
 *             one (an unassigned ticket, no team, no category)
 * @param name the team's or category's name; null for agents and customers (their modules name them)
 */
public record CsatGroup(String key, String name, Csat csat) {
}
