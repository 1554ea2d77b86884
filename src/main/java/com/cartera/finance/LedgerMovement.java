package com.cartera.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One entry of an invoice's ledger: what moved its open amount, on which day, signed (+ owed, − paid/credited). */
public record LedgerMovement(LedgerEntryKind kind, LocalDate bookedOn, BigDecimal amount) {
}
