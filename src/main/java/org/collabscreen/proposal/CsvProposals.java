package org.collabscreen.proposal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.collabscreen.web.InvalidFieldException;
import org.collabscreen.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CSV batch (Apache Commons CSV): a header row naming the columns, one proposal per row, lists inside a
 * cell separated by {@code |}. Each row becomes the JSON object the single POST would take, so both are checked alike.
 */
@Component
class CsvProposals {

    static final MediaType MEDIA_TYPE = new MediaType("text", "csv");
    static final List<String> COLUMNS = List.of(
            "reference",
            "institution",
            "country",
            "technologyArea",
            "title",
            "description",
            "researcherName",
            "researcherAffiliations",
            "researcherTalentProgrammes",
            "fundingSources",
            "fundingSourceCountries",
            "frameworks",
            "decisionDate");
    private static final Set<String> REQUIRED = Set.of("institution", "country", "technologyArea");
    private static final List<String> TEXT_COLUMNS = COLUMNS.subList(0, 6);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private final JsonMapper json;

    CsvProposals(JsonMapper json) {
        this.json = json;
    }

    List<JsonNode> read(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            checkHeader(parser.getHeaderNames());
            List<JsonNode> items = new ArrayList<>();
            for (CSVRecord row : parser) {
                items.add(toJson(row));
            }
            return items;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw malformed(e);
        }
    }

    private static void checkHeader(List<String> header) {
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new InvalidFieldException(
                        "header", "has unknown column '" + column + "'; known columns: " + String.join(",", COLUMNS));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw new InvalidFieldException("header", "must have column '" + column + "'");
            }
        }
    }

    private ObjectNode toJson(CSVRecord row) {
        ObjectNode proposal = json.createObjectNode();
        for (String column : TEXT_COLUMNS) {
            String value = cell(row, column);
            if (!value.isEmpty()) {
                proposal.put(column, value);
            }
        }
        String researcherName = cell(row, "researcherName");
        List<String> affiliations = list(row, "researcherAffiliations");
        List<String> programmes = list(row, "researcherTalentProgrammes");
        if (!researcherName.isEmpty() || !affiliations.isEmpty() || !programmes.isEmpty()) {
            ObjectNode researcher = proposal.putArray("researchers").addObject();
            researcher.put("name", researcherName);
            affiliations.forEach(researcher.putArray("affiliations")::add);
            programmes.forEach(researcher.putArray("talentProgrammes")::add);
        }
        List<String> frameworks = list(row, "frameworks");
        if (!frameworks.isEmpty()) {
            ArrayNode codes = proposal.putArray("frameworks");
            frameworks.forEach(codes::add);
        }
        String decisionDate = cell(row, "decisionDate");
        if (!decisionDate.isEmpty()) {
            proposal.put("decisionDate", decisionDate);
        }
        List<String> funders = list(row, "fundingSources");
        List<String> funderCountries = list(row, "fundingSourceCountries");
        if (!funders.isEmpty()) {
            ArrayNode fundingSources = proposal.putArray("fundingSources");
            for (int i = 0; i < funders.size(); i++) {
                ObjectNode funder = fundingSources.addObject().put("name", funders.get(i));
                if (i < funderCountries.size() && !funderCountries.get(i).isEmpty()) {
                    funder.put("country", funderCountries.get(i));
                }
            }
        }
        return proposal;
    }

    private static String cell(CSVRecord row, String column) {
        return row.isSet(column) ? row.get(column).strip() : "";
    }

    /** The cell's {@code |}-separated values, trimmed; empty positions are kept so that parallel lists stay aligned. */
    private static List<String> list(CSVRecord row, String column) {
        String value = cell(row, column);
        return value.isEmpty()
                ? List.of()
                : Arrays.stream(value.split("\\|", -1)).map(String::strip).toList();
    }

    private static ErrorResponseException malformed(Exception cause) {
        return new ErrorResponseException(
                HttpStatus.BAD_REQUEST,
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "malformed-request",
                        "Malformed CSV",
                        "The CSV body cannot be read: " + cause.getMessage()),
                cause);
    }
}
