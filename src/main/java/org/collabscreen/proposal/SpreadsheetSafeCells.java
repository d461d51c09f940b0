package org.collabscreen.proposal;

/**
 * Keeps a CSV cell from running as a formula when the file is opened in a spreadsheet (OWASP "CSV Injection"): a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading single quote, which
 * spreadsheets show as text. Quoting of commas, quotes and line breaks is left to the CSV printer.
 */
final class SpreadsheetSafeCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetSafeCells() {}

    static String neutralised(String cell) {
        if (cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
