package com.cartera.activity;

/**
 * Why Cartera proposes a follow-up: a birthday in the coming days, a customer who just became active, or a customer
 * at high churn risk to win back.
 */
public enum SuggestionReason {
    BIRTHDAY, WELCOME, REACTIVATION
}
