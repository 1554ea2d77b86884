package com.cartera.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void datesInTheFormatsPeopleType() {
        LocalDate march3 = LocalDate.of(2024, 3, 3);
        assertThat(CellValues.date("2024-03-03", false)).isEqualTo(march3);
        assertThat(CellValues.date("03/03/2024", false)).isEqualTo(march3);
        assertThat(CellValues.date("3-3-2024", false)).isEqualTo(march3);
        assertThat(CellValues.date("3.3.24", false)).isEqualTo(march3);
        assertThat(CellValues.date("3 de marzo de 2024", false)).isEqualTo(march3);
        assertThat(CellValues.date("3 Marzo 2024", false)).isEqualTo(march3);
        assertThat(CellValues.date("3-mar-2024", false)).isEqualTo(march3);
        assertThat(CellValues.date("March 3, 2024", false)).isEqualTo(march3);
        assertThat(CellValues.date("3rd March 2024", false)).isEqualTo(march3);
        assertThat(CellValues.date("2024 March 3", false)).isEqualTo(march3);
        // Day first, as in Spain: 04/03 is 4 March; month first only when the day-first reading is impossible.
        assertThat(CellValues.date("04/03/2024", false)).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(CellValues.date("03/15/2024", false)).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(CellValues.date("15 de septiembre de 1990", false)).isEqualTo(LocalDate.of(1990, 9, 15));
    }

    @Test
    void serialNumbersInBothDateSystems() {
        // 45292 is 2024-01-01 in the 1900 system; +31 (January) +29 (February) +2 = 3 March.
        assertThat(CellValues.date("45354", false)).isEqualTo(LocalDate.of(2024, 3, 3));
        // The 1904 system counts 1462 days fewer.
        assertThat(CellValues.date("43892", true)).isEqualTo(LocalDate.of(2024, 3, 3));
    }

    @Test
    void notDates() {
        assertThat(CellValues.date("31/02/2001", false)).isNull();
        assertThat(CellValues.date("mañana", false)).isNull();
        assertThat(CellValues.date("3 de marzo", false)).isNull();
        assertThat(CellValues.date(null, false)).isNull();
    }

    @Test
    void decimalsWithCommasPointsAndThousands() {
        assertThat(CellValues.decimal("59,90")).isEqualByComparingTo("59.90");
        assertThat(CellValues.decimal("1.234,50")).isEqualByComparingTo("1234.50");
        assertThat(CellValues.decimal("1,234.50")).isEqualByComparingTo("1234.50");
        assertThat(CellValues.decimal("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(CellValues.decimal("12.5")).isEqualByComparingTo("12.5");
        assertThat(CellValues.decimal("1 234,5 €")).isEqualByComparingTo("1234.5");
        assertThat(CellValues.decimal("-3,5")).isEqualByComparingTo("-3.5");
        assertThat(CellValues.decimal("(10)")).isEqualByComparingTo(new BigDecimal("-10"));
        assertThat(CellValues.decimal("diez")).isNull();
    }

    @Test
    void textIsTrimmedAndLosesTheApostropheThatNeutralisedAFormula() {
        assertThat(CellValues.text("  Ana\u00a0")).isEqualTo("Ana");
        assertThat(CellValues.text("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(CellValues.text("'+34 600")).isEqualTo("+34 600");
        assertThat(CellValues.text("O'Brien")).isEqualTo("O'Brien");
        assertThat(CellValues.text("   ")).isNull();
        assertThat(SpreadsheetStyles.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SpreadsheetStyles.neutralised("@SUM")).isEqualTo("'@SUM");
        assertThat(SpreadsheetStyles.neutralised("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetStyles.neutralised("Ana")).isEqualTo("Ana");
    }

    @Test
    void yesAndNoInBothLanguages() {
        assertThat(CellValues.yesNo("Sí")).isTrue();
        assertThat(CellValues.yesNo("yes")).isTrue();
        assertThat(CellValues.yesNo("NO")).isFalse();
        assertThat(CellValues.yesNo("quizá")).isNull();
    }

    @Test
    void seenKeysReportTheFirstRowOfARepeatedKey() {
        var seen = new SeenKeys();
        for (int row = 2; row < 50_002; row++) {
            assertThat(seen.firstRowOf("cliente" + row + "@example.org", row)).isZero();
        }
        assertThat(seen.firstRowOf("cliente7@example.org", 60_000)).isEqualTo(7);
        assertThat(seen.firstRowOf("nuevo@example.org", 60_001)).isZero();
    }
}
