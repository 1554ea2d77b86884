package com.cartera.support.webform;

import java.util.List;

/**
 * What became of a submission.
 *
 * @param problems     the values refused, when {@link Outcome#INVALID}
 * @param ticketNumber the new ticket's number, when {@link Outcome#ACCEPTED}
 * @param stamp        a new signed time to send the form with again, when {@link Outcome#STALE}
 */
public record WebFormResult(Outcome outcome, List<FieldProblem> problems, String ticketNumber, String stamp) {

    /** Accepted, or why not. Every refusal but UNAVAILABLE keeps what was typed on the page. */
    public enum Outcome {
        ACCEPTED,
        /** Some values cannot be taken: {@link #problems()}. */
        INVALID,
        /** The hidden field was filled: a robot. */
        SPAM,
        /** Sent too soon after the form was shown: a robot. */
        TOO_FAST,
        /** Shown too long ago (or its stamp is not ours): check and send again. */
        STALE,
        /** This client address has sent too many forms lately. */
        CLIENT_LIMIT,
        /** The workspace has received too many forms lately. */
        WORKSPACE_LIMIT,
        /** No form at this address: unknown, switched off, or its workspace suspended (one answer for all). */
        UNAVAILABLE
    }

    public WebFormResult {
        problems = List.copyOf(problems);
    }

    static WebFormResult of(Outcome outcome) {
        return new WebFormResult(outcome, List.of(), null, null);
    }
}
