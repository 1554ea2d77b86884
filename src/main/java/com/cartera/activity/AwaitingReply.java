package com.cartera.activity;

import com.cartera.customer.Customer;

/** A customer we wait for an answer from (green alert), with our latest interaction. */
public record AwaitingReply(Customer customer, Interaction lastInteraction) {
}
