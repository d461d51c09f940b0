package org.collabscreen.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collabscreen.proposal.BatchResponse.BatchResult;

/**
 * Writes batch results as CSV (Apache Commons CSV), one row per submitted proposal, for pipelines without JSON tools.
 * Text cells are {@linkplain SpreadsheetSafeCells#neutralised neutralised} against formulas; line breaks are quoted.
 */
final class BatchCsvWriter {

    static final List<String> COLUMNS = List.of(
            "index",
            "status",
            "overallRisk",
            "dualUseScore",
            "talentProgrammeScore",
            "rulebookRevision",
            "proposalId",
            "reference",
            "problem");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    private BatchCsvWriter() {}

    static String write(BatchResponse batch) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (BatchResult result : batch.results()) {
                printer.printRecord(row(result));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> row(BatchResult result) {
        if (result.proposal() == null) {
            String problem = result.problem().errors().stream()
                    .map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; "));
            return List.of(
                    result.index(), result.status(), "", "", "", "", "", "", SpreadsheetSafeCells.neutralised(problem));
        }
        ProposalResponse proposal = result.proposal();
        ScreeningResponse screening = proposal.screening();
        return List.of(
                result.index(),
                result.status(),
                screening.overallRisk(),
                screening.dualUse().score(),
                screening.talentProgramme().score(),
                screening.rulebookRevision(),
                proposal.id(),
                proposal.reference() == null ? "" : SpreadsheetSafeCells.neutralised(proposal.reference()),
                "");
    }
}
