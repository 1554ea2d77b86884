package com.cartera.activity;

/** Why Cartera proposes a follow-up: a birthday in the coming days, or a customer who just became active. */
public enum SuggestionReason {
    BIRTHDAY, WELCOME
}
