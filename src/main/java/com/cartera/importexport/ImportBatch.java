package com.cartera.importexport;

import java.time.Instant;

/** One committed batch of a job: its rows (as numbered in the spreadsheet) and what it did with them. */
public record ImportBatch(int number, int firstRow, int lastRow, int created, int updated, int skipped, int failed,
                          Instant committedAt) {
}
