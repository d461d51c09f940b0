package org.collabscreen.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.collabscreen.framework.FrameworkCode;
import org.collabscreen.proposal.BatchResponse.BatchResult;

/**
 * Writes batch results as CSV (Apache Commons CSV), one row per submitted proposal, for pipelines without JSON tools.
 * Text cells are {@linkplain SpreadsheetSafeCells#neutralised neutralised} against formulas; line breaks are quoted.
 * After the fixed columns comes one column per framework any proposal of the batch asked a verdict of, named by its
 * code and holding the outcome (empty where that proposal did not ask for it).
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

    private BatchCsvWriter() {}

    /** What the CSV keeps of one result: its fixed cells and the outcome of each framework it has a verdict for. */
    record Row(List<Object> cells, Map<FrameworkCode, String> outcomes) {

        static Row of(BatchResult result) {
            Map<FrameworkCode, String> outcomes = new EnumMap<>(FrameworkCode.class);
            if (result.proposal() != null) {
                result.proposal()
                        .screening()
                        .verdicts()
                        .forEach(verdict -> outcomes.putIfAbsent(verdict.framework(), verdict.outcome()));
            }
            return new Row(BatchCsvWriter.cells(result), outcomes);
        }
    }

    static String write(List<Row> rows) {
        List<FrameworkCode> frameworks = frameworks(rows);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(Stream.concat(COLUMNS.stream(), frameworks.stream().map(FrameworkCode::name))
                        .toArray(String[]::new))
                .setRecordSeparator("\n")
                .get();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Row row : rows) {
                List<Object> cells = new ArrayList<>(row.cells());
                frameworks.forEach(framework -> cells.add(row.outcomes().getOrDefault(framework, "")));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Every framework some proposal of the batch has a verdict for, in the frameworks' order. */
    private static List<FrameworkCode> frameworks(List<Row> rows) {
        Set<FrameworkCode> found = EnumSet.noneOf(FrameworkCode.class);
        rows.forEach(row -> found.addAll(row.outcomes().keySet()));
        return List.copyOf(found);
    }

    private static List<Object> cells(BatchResult result) {
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
