package com.cartera.customer;

/**
 * The follow-up traffic light: red needs (almost) daily attention, yellow has a reminder due, green waits
 * for the customer's answer.
 */
public enum AlertColour {
    RED, YELLOW, GREEN
}
