package com.cartera.marketing;

/**
 * Which touch CAC and conversion per source and campaign credit: the customer's first touch (the default) or the
 * last campaign that touched them before they became a customer.
 */
public enum AttributionModel {
    FIRST_TOUCH, LAST_TOUCH
}
