package com.cartera.importexport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the values people type into spreadsheets: dates as ISO text, as day-first numbers
 * ({@code 03/04/2024} is 3 April; month-first only when the day-first reading is impossible), in words in
 * Spanish or English ({@code 3 de marzo de 2024}, {@code March 3, 2024}) or as spreadsheet serial numbers;
 * numbers with a decimal comma or point and thousands separators; yes/no in both languages.
 * Each method returns null when the text is not such a value.
 */
final class CellValues {

    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final Pattern SPLIT = Pattern.compile("[\\s/.,-]+");
    private static final Pattern MONEY_NOISE = Pattern.compile("[\\s\\u00a0€$£]|(?i)eur|(?i)usd");
    private static final Map<String, Integer> MONTHS = months();

    private CellValues() {
    }

    /** A cell's text as a person meant it: trimmed, never empty, without the apostrophe that neutralised a formula. */
    static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.replace('\u00a0', ' ').strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
            text = text.substring(1);
        }
        return text.isEmpty() ? null : text;
    }

    static LocalDate date(String text, boolean date1904) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() >= 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
                return LocalDate.parse(t.substring(0, 10));
            }
            if (SERIAL.matcher(t).matches()) {
                double serial = Double.parseDouble(t);
                return DateUtil.isValidExcelDate(serial) && serial >= 1
                        ? DateUtil.getLocalDateTime(serial, date1904).toLocalDate() : null;
            }
            return fromParts(t);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate fromParts(String text) {
        List<String> words = new ArrayList<>();
        for (String part : SPLIT.split(plain(text))) {
            if (!part.isEmpty() && !part.equals("de") && !part.equals("del") && !part.equals("of")) {
                words.add(part.replaceAll("(st|nd|rd|th)$", ""));
            }
        }
        if (words.size() != 3) {
            return null;
        }
        Integer month = null;
        int monthAt = -1;
        for (int i = 0; i < 3; i++) {
            Integer m = MONTHS.get(words.get(i));
            if (m != null) {
                month = m;
                monthAt = i;
            }
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (i != monthAt) {
                if (!words.get(i).chars().allMatch(Character::isDigit)) {
                    return null;
                }
                numbers.add(words.get(i));
            }
        }
        if (month != null) {
            // "3 marzo 2024", "March 3 2024", "2024 march 3": the year is the 4-digit number, else the last.
            int yearAt = numbers.get(0).length() == 4 ? 0 : 1;
            String year = numbers.get(yearAt);
            return LocalDate.of(fullYear(Integer.parseInt(year), year.length()), month,
                    Integer.parseInt(numbers.get(1 - yearAt)));
        }
        int a = Integer.parseInt(numbers.get(0));
        int b = Integer.parseInt(numbers.get(1));
        int c = Integer.parseInt(numbers.get(2));
        if (words.get(0).length() == 4) {
            return LocalDate.of(a, b, c);
        }
        int year = fullYear(c, words.get(2).length());
        if (b > 12 && a <= 12) {
            return LocalDate.of(year, a, b);
        }
        return LocalDate.of(year, b, a);
    }

    /** A two-digit year is in the last hundred years up to next year: 25 is 2025, 85 is 1985. */
    private static int fullYear(int year, int digits) {
        if (digits > 2) {
            return year;
        }
        int pivot = LocalDate.now().getYear() % 100 + 1;
        return year <= pivot ? 2000 + year : 1900 + year;
    }

    static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        String t = MONEY_NOISE.matcher(text).replaceAll("");
        boolean negative = false;
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1);
        }
        if (t.startsWith("-")) {
            negative = !negative;
            t = t.substring(1);
        }
        int comma = t.lastIndexOf(',');
        int point = t.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            // The later one separates the decimals: 1.234,56 or 1,234.56.
            t = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.indexOf(',') == comma ? t.replace(',', '.') : t.replace(",", "");
        } else if (point >= 0 && t.indexOf('.') != point) {
            t = t.replace(".", "");
        }
        if (t.isEmpty() || !t.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(t);
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (plain(text)) {
            case "si", "s", "yes", "y", "true", "verdadero", "1", "x" -> true;
            case "no", "n", "false", "falso", "0" -> false;
            default -> null;
        };
    }

    /** Lower case without accents or surrounding spaces: how headers and enum words are compared. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"enero", "ene", "january", "jan"}, {"febrero", "feb", "february"}, {"marzo", "mar", "march"},
                {"abril", "abr", "april", "apr"}, {"mayo", "may"}, {"junio", "jun", "june"},
                {"julio", "jul", "july"}, {"agosto", "ago", "august", "aug"},
                {"septiembre", "setiembre", "sep", "sept", "set", "september"},
                {"octubre", "oct", "october"}, {"noviembre", "nov", "november"},
                {"diciembre", "dic", "december", "dec"}};
        var map = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                map.put(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
