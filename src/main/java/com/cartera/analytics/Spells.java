package com.cartera.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Works out a customer's stretches of activity (DESIGN §5), pure: a customer is active on a day when they bought
 * within the activity window, or are ACTIVE with no purchase history; lost once the window passes without a purchase
 * or when moved to LOST by hand; a lost customer who buys again is reactivated. A stretch runs from its first
 * purchase up to, not including, the day it ends; a deletion ends the stretch running that day.
 */
final class Spells {

    /** End of a stretch with no end known (ACTIVE by hand, no purchases). */
    static final LocalDate OPEN = LocalDate.of(9999, 12, 31);

    /** One stretch: active from {@code start} up to, not including, {@code end}. */
    record Spell(LocalDate start, LocalDate end, boolean first) {
    }

    private Spells() {
    }

    /**
     * @param purchaseDays  days with purchases, ascending
     * @param lostMoves     days of moves to LOST by hand, ascending
     * @param activeSince   with no purchases and the customer ACTIVE now: the day they last became ACTIVE, else null
     * @param deletedOn     the day the customer was deleted, or null
     * @param windowDays    the activity window
     */
    static List<Spell> of(List<LocalDate> purchaseDays, List<LocalDate> lostMoves, LocalDate activeSince,
                          LocalDate deletedOn, int windowDays) {
        var spells = new ArrayList<Spell>();
        if (purchaseDays.isEmpty()) {
            if (activeSince != null) {
                spells.add(new Spell(activeSince, OPEN, true));
            }
        } else {
            var moves = new TreeSet<>(lostMoves);
            LocalDate start = null;
            LocalDate end = null;
            for (LocalDate day : purchaseDays) {
                if (start != null) {
                    // A move to LOST by hand after the stretch began and before it would end cuts it there; a move
                    // on the purchase day itself comes first, so that day's purchase reactivates.
                    LocalDate cut = moves.higher(start);
                    if (cut != null && cut.isBefore(end) && !cut.isAfter(day)) {
                        end = cut;
                    }
                    if (day.isBefore(end)) {
                        end = later(end, day.plusDays(windowDays));
                        continue;
                    }
                    spells.add(new Spell(start, end, spells.isEmpty()));
                }
                start = day;
                end = day.plusDays(windowDays);
            }
            LocalDate cut = moves.higher(start);
            if (cut != null && cut.isBefore(end)) {
                end = cut;
            }
            spells.add(new Spell(start, end, spells.isEmpty()));
        }
        return deletedOn == null ? spells : cutAt(spells, deletedOn);
    }

    private static List<Spell> cutAt(List<Spell> spells, LocalDate deletedOn) {
        var kept = new ArrayList<Spell>();
        for (Spell spell : spells) {
            if (spell.start().isBefore(deletedOn)) {
                kept.add(spell.end().isAfter(deletedOn) ? new Spell(spell.start(), deletedOn, spell.first()) : spell);
            }
        }
        return kept;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
