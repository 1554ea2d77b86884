package com.cartera.support;

/**
 * The workspace's desk settings.
 *
 * @param reopenWindowDays days after its resolution during which a ticket may be reopened
 * @param version          for a conflict check when saving
 */
public record DeskSettings(int reopenWindowDays, long version) {

    public static final int REOPEN_WINDOW_MAX = 365;
}
