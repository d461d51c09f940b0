package org.collabscreen.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.collabscreen.audit.AuditExcerpts.ChainedEvent;
import org.collabscreen.evidence.EvidencePack.ListEdition;
import org.collabscreen.proposal.ProposalResponse;
import org.collabscreen.proposal.ScreeningResponse;
import org.collabscreen.screening.AppliedDisposition;
import org.collabscreen.screening.Finding;
import org.collabscreen.screening.FindingSource;

/** Renders an evidence pack as a human-readable PDF dossier (OpenHTMLtoPDF over PDFBox). */
final class EvidencePdf {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 15mm; @bottom-right { content: "page " counter(page) " of " counter(pages);
                    font-size: 8pt; color: #555; } }
            body { font-family: sans-serif; font-size: 9pt; line-height: 1.25; color: #111; }
            h1 { font-size: 16pt; margin: 0 0 2mm 0; } h2 { font-size: 12pt; margin: 6mm 0 2mm 0;
            border-bottom: 1px solid #999; } h3 { font-size: 10pt; margin: 4mm 0 1mm 0; }
            table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm 0; }
            th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
            th { background: #eee; } .proof { border: 1.5px solid #333; padding: 2mm; background: #f6f6f6; }
            .muted { color: #555; } .mono { font-family: monospace; font-size: 7.5pt; }
            .small { font-size: 7.5pt; } .unsealed { font-style: italic; }
            table.fixed { table-layout: fixed; } table.fixed th, table.fixed td { word-wrap: break-word; }""";

    /**
     * Noto Sans SC (SIL OFL 1.1), cut down to the CJK ideographs of GB 2312 and Big5's frequent set, kana and CJK
     * punctuation (fonts/SOURCES.md). The base fonts (Helvetica, Courier) have no CJK glyph: each character they lack
     * falls back to it, and only the glyphs a pack uses are embedded. Its tall line metrics would otherwise set the
     * height of every line, hence the explicit line-height.
     */
    private static final String CJK_FONT = "/fonts/NotoSansSC-Regular-subset.ttf";

    private static final String CJK_FAMILY = "Noto Sans SC";

    private EvidencePdf() {}

    static byte[] render(EvidencePack pack, String keyId) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(
                            () -> EvidencePdf.class.getResourceAsStream(CJK_FONT),
                            CJK_FAMILY,
                            400,
                            BaseRendererBuilder.FontStyle.NORMAL,
                            true,
                            EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL))
                    .withHtmlContent(html(pack, keyId), null)
                    .toStream(out)
                    .run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(EvidencePack pack, String keyId) {
        ProposalResponse proposal = pack.proposal();
        Html html = new Html().raw("<html><head><style>" + STYLE + "</style></head><body>");
        html.element("h1", "Evidence pack: " + proposal.institution() + " (" + proposal.country() + ")");
        html.raw("<p class=\"muted\">")
                .text("Proposal " + proposal.id()
                        + (proposal.reference() == null ? "" : ", reference " + proposal.reference()) + ". Exported "
                        + pack.exportedAt() + " by "
                        + pack.exportedBy() + ". The JSON form of this pack carries an Ed25519 signature (key "
                        + keyId + ").")
                .raw("</p>");
        ReviewSections.summary(html, pack);
        if (!pack.proofOfSearch().isEmpty()) {
            html.element("h2", "Proof of search (latest screening)");
            html.element(
                    "p class=\"proof\"",
                    pack.proofOfSearch().get(pack.proofOfSearch().size() - 1));
        }
        proposal(html, proposal);
        ReviewSections.review(html, pack);
        html.element("h2", "Screenings, oldest first");
        for (int i = 0; i < pack.screenings().size(); i++) {
            screening(html, pack.screenings().get(i), pack.proofOfSearch().get(i));
        }
        html.element("h2", "List editions in force (rulebook revision " + pack.rulebookRevision() + ")");
        html.raw("<table>").header("list", "name", "latest edition", "date", "institutions listed");
        for (ListEdition edition : pack.listEditionsInForce()) {
            html.row(edition.list(), edition.name(), edition.edition(), edition.date(), edition.institutions());
        }
        html.raw("</table>");
        audit(html, pack);
        return html.raw("</body></html>").toString();
    }

    private static void proposal(Html html, ProposalResponse proposal) {
        html.element("h2", "Proposal");
        html.raw("<table>")
                .row("Partner institution", proposal.institution())
                .row("Country", proposal.country())
                .row("Technology area", proposal.technologyArea())
                .row("Title", proposal.title())
                .row("Client", proposal.client())
                .row("Submitted", proposal.createdAt())
                .row("Researchers", proposal.researchers().size())
                .row("Funding sources", proposal.fundingSources().size())
                .raw("</table>");
    }

    private static void screening(Html html, ScreeningResponse screening, String proof) {
        html.element(
                "h3",
                screening.screenedAt() + ": " + screening.overallRisk() + " (dual use "
                        + screening.dualUse().score()
                        + ", talent programme " + screening.talentProgramme().score() + "; before dispositions "
                        + screening.scoreBeforeDispositions().overallRisk() + "), rulebook revision "
                        + screening.rulebookRevision());
        html.element("p class=\"muted\"", proof);
        html.raw("<table class=\"small fixed\">")
                .columns(14, 25, 11, 18, 7, 25)
                .header("kind", "rule", "field", "evidence", "points", "sources");
        for (Finding finding : screening.findings()) {
            findingRow(html, finding, String.valueOf(finding.points()));
        }
        for (Finding finding : screening.dismissedFindings()) {
            findingRow(html, finding, "dismissed");
        }
        html.raw("</table>");
        VerdictSection.table(html, screening.verdicts());
        for (AppliedDisposition applied : screening.dispositions()) {
            html.element(
                    "p class=\"muted\"",
                    applied.disposition().ruleId() + " @ "
                            + applied.disposition().field() + ": " + applied.state()
                            + " (judged at rule revision "
                            + applied.disposition().ruleRevision() + ", now "
                            + applied.ruleRevisionNow() + ")");
        }
    }

    private static void findingRow(Html html, Finding finding, String points) {
        html.row(
                finding.kind(),
                finding.title() + " (" + finding.ruleId() + ")",
                finding.field(),
                finding.evidence(),
                points,
                finding.sources().stream().map(EvidencePdf::source).collect(Collectors.joining("; ")));
    }

    private static String source(FindingSource source) {
        return source.name() + (source.date() == null ? "" : ", " + source.date());
    }

    private static void audit(Html html, EvidencePack pack) {
        html.element("h2", "Audit trail of this proposal");
        html.raw("<table>").header("seq", "when", "actor", "action", "hash");
        for (ChainedEvent event : pack.audit().events()) {
            if (event.sealed()) {
                html.row(event.sequence(), event.occurredAt(), event.actor(), event.action(), event.hash());
            } else {
                html.raw("<tr class=\"unsealed\">")
                        .element("td", "not yet sealed")
                        .element("td", event.occurredAt())
                        .element("td", event.actor())
                        .element("td", event.action())
                        .element("td", "event " + event.id())
                        .raw("</tr>");
            }
        }
        html.raw("</table>");
        long unsealed =
                pack.audit().events().stream().filter(event -> !event.sealed()).count();
        if (unsealed > 0) {
            html.element(
                    "p class=\"muted\"",
                    unsealed + " of these events were committed but not yet sealed into the chain at export (the"
                            + " sealer seals within a second): they have no chain position in this pack."
                            + " GET /api/v1/audit-events?subjectId="
                            + pack.proposal().id()
                            + " shows each one, by its event id, at its position once sealed.");
        }
        html.element(
                "p class=\"mono\"",
                "Chain head at export: event " + pack.audit().head().sequence() + ", hash "
                        + pack.audit().head().hash());
    }
}
