package com.cartera.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationKindTest {

    @Test
    void withoutAChoiceAssignmentsAreMailedAtOnceRemindersGoToTheDigestTheRestStayInTheApp() {
        assertThat(NotificationKind.CUSTOMER_ASSIGNED.resolve(null)).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(NotificationKind.OPPORTUNITY_ASSIGNED.resolve(null)).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(NotificationKind.FOLLOW_UP_ASSIGNED.resolve(null)).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(NotificationKind.MENTION.resolve(null)).isEqualTo(Delivery.APP);
        assertThat(NotificationKind.CUSTOMER_RED.resolve(null)).isEqualTo(Delivery.APP);
        assertThat(NotificationKind.IMPORT_FINISHED.resolve(null)).isEqualTo(Delivery.APP);
        assertThat(NotificationKind.FOLLOW_UP_REMINDER.resolve(null)).isEqualTo(Delivery.DIGEST);
    }

    @Test
    void ticketAssignmentsAndServiceLevelWarningsAndBreachesAreMailedAtOnce() {
        assertThat(NotificationKind.TICKET_ASSIGNED.resolve(null)).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(NotificationKind.TICKET_SLA_AT_RISK.resolve(null)).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(NotificationKind.TICKET_SLA_BREACHED.resolve(null)).isEqualTo(Delivery.EMAIL_NOW);
        assertThat(NotificationTexts.key(NotificationKind.TICKET_SLA_AT_RISK, "FIRST_RESPONSE"))
                .isEqualTo("notification.ticket-sla-at-risk.first_response");
    }

    @Test
    void aChoiceTheKindOffersWins() {
        assertThat(NotificationKind.MENTION.resolve(Delivery.OFF)).isEqualTo(Delivery.OFF);
        assertThat(NotificationKind.CUSTOMER_ASSIGNED.resolve(Delivery.DIGEST)).isEqualTo(Delivery.DIGEST);
        assertThat(NotificationKind.FOLLOW_UP_REMINDER.resolve(Delivery.OFF)).isEqualTo(Delivery.OFF);
    }

    @Test
    void remindersAreOnlyDigestedOrOffAndAnotherStoredChoiceCountsAsTheDefault() {
        assertThat(NotificationKind.FOLLOW_UP_REMINDER.choices()).containsExactlyInAnyOrder(Delivery.DIGEST, Delivery.OFF);
        assertThat(NotificationKind.FOLLOW_UP_REMINDER.resolve(Delivery.EMAIL_NOW)).isEqualTo(Delivery.DIGEST);
    }

    @Test
    void textKeysNameTheKindAndItsVariant() {
        assertThat(NotificationTexts.key(NotificationKind.CUSTOMER_RED, null)).isEqualTo("notification.customer-red");
        assertThat(NotificationTexts.key(NotificationKind.MENTION, "CUSTOMER")).isEqualTo("notification.mention.customer");
        assertThat(NotificationTexts.key(NotificationKind.IMPORT_FINISHED, "FAILED"))
                .isEqualTo("notification.import-finished.failed");
    }
}
