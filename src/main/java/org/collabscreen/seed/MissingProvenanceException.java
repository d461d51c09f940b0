package org.collabscreen.seed;

/** A list membership the seed cannot cite completely: source URL, list edition and that edition's date. */
final class MissingProvenanceException extends IllegalStateException {

    MissingProvenanceException(String listCode, CsvRow row, String problem) {
        this(
                listCode,
                "row '" + row.get("name") + row.get("canonical_name") + "' of " + CsvTable.FOLDER + row.file(),
                problem);
    }

    MissingProvenanceException(String listCode, String row, String problem) {
        super("Seed list " + listCode + ", " + row + ": " + problem
                + ". Every list membership needs its source URL, the list edition and that edition's date.");
    }
}
