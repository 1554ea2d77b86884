package com.cartera.marketing.attribution;

/**
 * A correction of where a customer came from that cannot be made, naming the field and the message to show
 * (an i18n key).
 */
class AttributionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    AttributionRefused(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
