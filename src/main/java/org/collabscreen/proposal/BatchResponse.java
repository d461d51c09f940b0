package org.collabscreen.proposal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.collabscreen.vocabulary.RiskLevel;
import org.collabscreen.web.FieldError;
import org.collabscreen.web.ValidationProblems;
import org.springframework.http.ProblemDetail;

/** The outcome of a batch call: one result per submitted proposal, in order, and a summary. */
record BatchResponse(List<BatchResult> results, BatchSummary summary) {

    static BatchResponse of(List<BatchResult> results) {
        Tally tally = new Tally();
        results.forEach(tally::add);
        return new BatchResponse(results, tally.summary());
    }

    /** Counts results into a summary one at a time, so a batch need not keep its results to sum them up. */
    static final class Tally {

        private final Map<RiskLevel, Integer> byRisk = new EnumMap<>(RiskLevel.class);
        private RiskLevel highest;
        private int total;
        private int screened;

        Tally() {
            for (RiskLevel level : RiskLevel.values()) {
                byRisk.put(level, 0);
            }
        }

        void add(BatchResult result) {
            total++;
            if (result.proposal() != null) {
                RiskLevel risk = result.proposal().screening().overallRisk();
                byRisk.merge(risk, 1, Integer::sum);
                highest = highest == null || risk.compareTo(highest) > 0 ? risk : highest;
                screened++;
            }
        }

        int total() {
            return total;
        }

        BatchSummary summary() {
            return new BatchSummary(total, screened, total - screened, highest, new EnumMap<>(byRisk));
        }
    }

    /** One submitted proposal: 201 with the stored, screened proposal, or 400 with the problem that stopped it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchResult(int index, int status, ProposalResponse proposal, ItemProblem problem) {

        static BatchResult created(int index, ProposalResponse proposal) {
            return new BatchResult(index, 201, proposal, null);
        }

        @SuppressWarnings("unchecked")
        static BatchResult rejected(int index, List<FieldError> errors) {
            ProblemDetail problem = ValidationProblems.of(errors);
            return new BatchResult(
                    index,
                    problem.getStatus(),
                    null,
                    new ItemProblem(
                            String.valueOf(problem.getType()),
                            problem.getTitle(),
                            problem.getStatus(),
                            problem.getDetail(),
                            (List<FieldError>) problem.getProperties().get("errors")));
        }
    }

    /** The problem+json body a single POST of this proposal would have got. */
    record ItemProblem(String type, String title, int status, String detail, List<FieldError> errors) {}

    /** Counts over the batch; {@code highestRisk} is null when nothing was screened. */
    record BatchSummary(int total, int screened, int failed, RiskLevel highestRisk, Map<RiskLevel, Integer> byRisk) {

        /** The value of header {@code X-CollabScreen-Highest-Risk}: the highest overall risk, or NONE. */
        String highestRiskHeader() {
            return highestRisk == null ? "NONE" : highestRisk.name();
        }
    }
}
