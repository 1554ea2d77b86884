package com.cartera.customer;

/**
 * An argument of a message built outside the UI (a timeline entry's title, a next-best-action hint) that
 * the UI shows translated, such as a lifecycle stage: {@code new Translatable("stage.LEAD")}.
 *
 * @param key the i18n key of the argument's text
 */
public record Translatable(String key) {
}
