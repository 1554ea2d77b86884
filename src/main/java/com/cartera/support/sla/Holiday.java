package com.cartera.support.sla;

import java.time.LocalDate;

/** A day without business hours, with its name (e.g. "Día de la Hispanidad"). */
public record Holiday(LocalDate day, String name) {
}
