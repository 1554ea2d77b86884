package com.cartera.customer;

/**
 * What an erasure did in one area.
 *
 * @param area       as {@link PersonalDataHolder#area()}
 * @param anonymised rows kept with their personal data removed
 * @param deleted    rows deleted
 */
public record ErasureCount(String area, int anonymised, int deleted) {
}
