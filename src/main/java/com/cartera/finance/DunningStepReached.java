package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An overdue invoice reached a step of the dunning ladder (the highest it reached, once): published by
 * {@link DunningRun} in its transaction, so whoever gives the follow-up writes it there too and links it with
 * {@link DunningRun#linkFollowUp}.
 */
public record DunningStepReached(long invoiceId, long stepId, long customerId, String invoiceNumber,
                                 DunningAction action, DunningAssignee assignee, int daysOverdue,
                                 BigDecimal openAmount, String currency, LocalDate dueOn) {
}
