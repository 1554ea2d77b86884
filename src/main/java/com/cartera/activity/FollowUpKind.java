package com.cartera.activity;

/** What is planned with a customer. Samples and surveys are logged as notes once done. */
public enum FollowUpKind {
    CALL(InteractionKind.CALL, "Llamada"),
    VISIT(InteractionKind.VISIT, "Visita"),
    EMAIL(InteractionKind.EMAIL, "Correo electrónico"),
    MEETING(InteractionKind.MEETING, "Reunión"),
    SAMPLE(InteractionKind.NOTE, "Muestra"),
    SURVEY(InteractionKind.NOTE, "Encuesta");

    private final InteractionKind loggedAs;
    private final String spanishName;

    FollowUpKind(InteractionKind loggedAs, String spanishName) {
        this.loggedAs = loggedAs;
        this.spanishName = spanishName;
    }

    /** The kind of interaction that doing it logs. */
    public InteractionKind loggedAs() {
        return loggedAs;
    }

    /** Its name in the workspace's language, for texts stored with the customer (alert reasons). */
    String spanishName() {
        return spanishName;
    }
}
