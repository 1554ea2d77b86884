package com.cartera.analytics.prediction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The CDNOW sample of the lifetimes project (test resource {@code cdnow/CDNOW_sample.txt}): 6,919 purchases of 2,357
 * customers, one per line: master id, sample id (1–2357), date yyyymmdd, number of CDs, dollar value.
 */
final class CdnowSample {

    /** The calibration end of Fader, Hardie and Lee (2005): 1997-09-30 inclusive. */
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    record Purchase(int customer, LocalDate day, int quantity, BigDecimal amount) {
    }

    private CdnowSample() {
    }

    static List<Purchase> purchases() {
        var result = new ArrayList<Purchase>();
        try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CdnowSample.class.getResourceAsStream("/cdnow/CDNOW_sample.txt")), StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.strip().split("\\s+");
                result.add(new Purchase(Integer.parseInt(cells[1]),
                        LocalDate.parse(cells[2], DateTimeFormatter.BASIC_ISO_DATE), Integer.parseInt(cells[3]),
                        new BigDecimal(cells[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
