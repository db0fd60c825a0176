package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

/**
 * Feedback reports and picture sets in JSON: how a suppressed cell is written, and that the reader refuses documents
 * that would publish what the report's policy hides, naming the path of the offending value.
 */
class FeedbackReportDocumentTest {
    private static final ObjectMapper MAPPER = EstJson.mapper();
    private static final CategoryId GATHERING = CategoryId.of("gathering");
    private static final CategoryId DRUGS = CategoryId.of("drugs");

    /** A public report over a table with known counts: Rimbo 1 drugs (small), Torget 4 gatherings, 0188 5 drugs. */
    private static FeedbackReport publicReport() {
        DisclosurePolicy policy = DisclosurePolicy.forAudience(Audience.PUBLIC);
        SuppressedTable<AreaId, CategoryId> counts = CountTable.<AreaId, CategoryId>builder()
                .row(Samples.TORGET, Samples.RIMBO).row(Samples.RIMBO, AreaId.of("0188"))
                .add(Samples.TORGET, GATHERING, 4).add(Samples.RIMBO, DRUGS, 1).add(Samples.TORGET, DRUGS, 3)
                .add(AreaId.of("0188"), DRUGS, 5).add(AreaId.of("0188"), GATHERING, 6)
                .build().suppress(policy);
        return FeedbackReport.builder().policy(policy).title("Lägesrapport november 2026").municipality("Norrtälje")
                .period(Period.month(2026, 11)).locale(Locale.forLanguageTag("sv"))
                .counts(counts).history(CountTable.<AreaId, Period>builder().build().suppress(policy))
                .showsReasons(false).build();
    }

    private static ObjectNode tree(DocumentKind<?> kind, Object content) throws IOException {
        @SuppressWarnings("unchecked")
        DocumentKind<Object> k = (DocumentKind<Object>) kind;
        return (ObjectNode) MAPPER.readTree(EstJson.writeString(k, content));
    }

    private static List<Problem> problems(DocumentKind<?> kind, JsonNode document) {
        try {
            EstJson.readString(kind, MAPPER.writeValueAsString(document));
        } catch (ValidationException e) {
            return e.problems();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("The document was read: " + document);
    }

    private static void refused(DocumentKind<?> kind, ObjectNode document, Consumer<ObjectNode> change,
            String path) {
        change.accept(document);
        assertThat(problems(kind, document)).extracting(Problem::path).contains(path);
    }

    @Test
    void aSuppressedCellIsNullAndNothingElseIsWrittenAboutIt() throws IOException {
        FeedbackReport report = publicReport();
        assertThat(report.counts().suppressedCells()).isNotEmpty();
        JsonNode counts = tree(DocumentKind.FEEDBACK_REPORT, report).at("/content/counts");
        assertThat(counts.get("minimumCount").intValue()).isEqualTo(3);
        assertThat(counts.get("mark").textValue()).isEqualTo("..");
        int nulls = 0;
        for (JsonNode row : counts.get("cells")) {
            for (JsonNode cell : row) {
                assertThat(cell.isNull() || cell.isIntegralNumber()).isTrue();
                nulls += cell.isNull() ? 1 : 0;
            }
        }
        assertThat(nulls).isEqualTo(report.counts().suppressedCells().size());
        String text = counts.toString();
        assertThat(text).doesNotContain("small").doesNotContain("SMALL").doesNotContain("complementary")
                .doesNotContain("reason");
        assertThat(counts.get("rows").get(1).toString())
                .isEqualTo("{\"kind\":\"key\",\"key\":\"rimbo\",\"parent\":\"0188\"}");
        assertThat((Object) EstJson.readString(DocumentKind.FEEDBACK_REPORT,
                EstJson.writeString(DocumentKind.FEEDBACK_REPORT, report))).isEqualTo(report);
        assertThat(Schemas.problems(DocumentKind.FEEDBACK_REPORT, EstJson.writeString(DocumentKind.FEEDBACK_REPORT,
                report))).isEmpty();
    }

    @Test
    void aSuppressedCellCarryingItsNumberIsRefusedAtThatCell() throws IOException {
        FeedbackReport report = publicReport();
        List<org.est4j.core.disclosure.Heading<AreaId>> rows = report.counts().rows();
        int rimbo = rows.indexOf(org.est4j.core.disclosure.Heading.own(Samples.RIMBO));
        int drugs = report.counts().columns().indexOf(org.est4j.core.disclosure.Heading.of(DRUGS));
        ObjectNode document = tree(DocumentKind.FEEDBACK_REPORT, report);
        ArrayNode row = (ArrayNode) document.at("/content/counts/cells/" + rimbo);
        assertThat(row.get(drugs).isNull()).isTrue();
        row.set(drugs, IntNode.valueOf(1));
        List<Problem> problems = problems(DocumentKind.FEEDBACK_REPORT, document);
        assertThat(problems).extracting(Problem::path).contains("content.counts.cells[" + rimbo + "][" + drugs + "]");
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .contains("is a count from 1 to 2, which the minimum count 3 requires suppressed"));
    }

    @Test
    void aTableThatPublishesEverythingUnderAMinimumCountIsRefused() throws IOException {
        FeedbackReport report = publicReport();
        SuppressedTable<AreaId, CategoryId> open = CountTable.<AreaId, CategoryId>builder()
                .row(Samples.TORGET, Samples.RIMBO).row(Samples.RIMBO, AreaId.of("0188"))
                .add(Samples.TORGET, GATHERING, 4).add(Samples.RIMBO, DRUGS, 1).add(Samples.TORGET, DRUGS, 3)
                .add(AreaId.of("0188"), DRUGS, 5).add(AreaId.of("0188"), GATHERING, 6)
                .build().suppress(1);
        ObjectNode document = tree(DocumentKind.FEEDBACK_REPORT, report);
        JsonNode cells = MAPPER.readTree(EstJson.writeString(DocumentKind.FEEDBACK_REPORT, FeedbackReport.builder()
                .from(report).policy(DisclosurePolicy.forAudience(Audience.GROUP)).counts(open)
                .history(CountTable.<AreaId, Period>builder().build().suppress(1)).build())).at("/content/counts/cells");
        ((ObjectNode) document.at("/content/counts")).set("cells", cells);
        assertThat(problems(DocumentKind.FEEDBACK_REPORT, document)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.path()).startsWith("content.counts.cells["));
    }

    @Test
    void cellsThatDoNotAddUpAreRefused() throws IOException {
        ObjectNode document = tree(DocumentKind.FEEDBACK_REPORT, publicReport());
        ArrayNode total = (ArrayNode) document.at("/content/counts/cells/"
                + (document.at("/content/counts/cells").size() - 1));
        int last = total.size() - 1;
        assertThat(total.get(last).isIntegralNumber()).as("the grand total is shown").isTrue();
        total.set(last, IntNode.valueOf(total.get(last).asInt() + 7));
        String grandTotal = "content.counts.cells[" + (document.at("/content/counts/cells").size() - 1) + "][" + last
                + "]";
        List<Problem> problems = problems(DocumentKind.FEEDBACK_REPORT, document);
        assertThat(problems).extracting(Problem::path).containsOnly(grandTotal);
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("is not the sum of the"));
    }

    @Test
    void aShownTotalBelowItsShownPartsIsRefusedAtTheTotal() throws IOException {
        ObjectNode document = tree(DocumentKind.FEEDBACK_REPORT, publicReport());
        int lastRow = document.at("/content/counts/cells").size() - 1;
        ArrayNode total = (ArrayNode) document.at("/content/counts/cells/" + lastRow);
        assertThat(total.get(0).isIntegralNumber()).as("the first column's total is shown").isTrue();
        total.set(0, IntNode.valueOf(0));
        List<Problem> problems = problems(DocumentKind.FEEDBACK_REPORT, document);
        assertThat(problems).extracting(Problem::path).contains("content.counts.cells[" + lastRow + "][0]");
    }

    /** The only suppressed cell of the totals row is the shown totals' sum: anyone could work it out. */
    @Test
    void aSingleSuppressedCellInARelationIsRefusedAtThatCell() throws IOException {
        ObjectNode document = tree(DocumentKind.FEEDBACK_REPORT, publicReport());
        int lastRow = document.at("/content/counts/cells").size() - 1;
        ArrayNode total = (ArrayNode) document.at("/content/counts/cells/" + lastRow);
        int last = total.size() - 1;
        for (JsonNode cell : total) {
            assertThat(cell.isIntegralNumber()).as("the totals row is shown").isTrue();
        }
        total.set(last, com.fasterxml.jackson.databind.node.NullNode.getInstance());
        List<Problem> problems = problems(DocumentKind.FEEDBACK_REPORT, document);
        assertThat(problems).extracting(Problem::path).containsOnly("content.counts.cells[" + lastRow + "][" + last
                + "]");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("can be worked out"));
    }

    @Test
    void headingsWhoseParentsGoRoundInACycleAreRefusedAtTheHeading() throws IOException {
        ObjectNode document = tree(DocumentKind.FEEDBACK_REPORT, publicReport());
        ObjectNode top = (ObjectNode) document.at("/content/counts/rows/0");
        assertThat(top.get("key").textValue()).isEqualTo("0188");
        top.put("parent", "rimbo");
        List<Problem> problems = problems(DocumentKind.FEEDBACK_REPORT, document);
        assertThat(problems).extracting(Problem::path).contains("content.counts.rows[0].parent");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("goes round in a cycle"));
    }

    /** A read takes milliseconds, not the second the earlier search for counts behind the nulls could take. */
    @Test
    void aReportWithSuppressedCellsReadsBackEqualAtOnce() throws IOException {
        FeedbackReport report = publicReport();
        String json = EstJson.writeString(DocumentKind.FEEDBACK_REPORT, report);

        FeedbackReport back = EstJson.readString(DocumentKind.FEEDBACK_REPORT, json);

        assertThat(back).isEqualTo(report);
        assertThat(back.counts().suppressedCells()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.reason()).as("a document does not say why").isEmpty());
    }

    @Test
    void valuesOfTheWrongFormAreRefusedAtTheirPath() throws IOException {
        FeedbackReport report = publicReport();
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, report),
                d -> ((ObjectNode) d.get("content")).put("showsReasons", "no"), "content.showsReasons");
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, report),
                d -> ((ObjectNode) d.at("/content/counts")).put("minimumCount", "3"), "content.counts.minimumCount");
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, report),
                d -> ((ArrayNode) d.at("/content/counts/cells/0")).set(0, TextNode.valueOf("..")),
                "content.counts.cells[0][0]");
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, report),
                d -> ((ObjectNode) d.at("/content/counts/rows/0")).put("kind", "KEY"), "content.counts.rows[0].kind");
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, report),
                d -> ((ObjectNode) d.at("/content/counts")).put("mark", "<3"), "content.counts.mark");
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, report),
                d -> ((ObjectNode) d.get("content")).put("locale", 7), "content.locale");
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, report),
                d -> ((ObjectNode) d.at("/content/policy")).put("minimumCount", 5), "content.counts");
        refused(DocumentKind.PICTURE_SET, tree(DocumentKind.PICTURE_SET, Reports.pictureSet()),
                d -> ((ObjectNode) d.at("/content/pictures/1/countsBySeverity")).put("7", 1),
                "content.pictures[1].countsBySeverity[7]");
        refused(DocumentKind.PICTURE_SET, tree(DocumentKind.PICTURE_SET, Reports.pictureSet()),
                d -> ((ObjectNode) d.at("/content/pictures/1/countsByWeekday")).put("monday", 5),
                "content.pictures[1].countsByWeekday");
        refused(DocumentKind.PICTURE_SET, tree(DocumentKind.PICTURE_SET, Reports.pictureSet()),
                d -> ((ObjectNode) d.at("/content/pictures/2")).put("period", "2026-W48"),
                "content.pictures[2].period");
        refused(DocumentKind.PICTURE_SET, tree(DocumentKind.PICTURE_SET, Reports.pictureSet()),
                d -> ((ObjectNode) d.at("/content/pictures/1/trends/0")).put("direction", "up"),
                "content.pictures[1].trends[0].direction");
    }

    @Test
    void aReportWhoseObservationsAreAboveItsPolicyIsRefused() throws IOException {
        FeedbackReport partners = new Reports.Group(11, 120).report(Audience.PARTNERS);
        assertThat(partners.observations()).isNotEmpty();
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, partners),
                d -> ((ObjectNode) d.at("/content/observations/0")).put("visibility", "group"),
                "content.observations[0].visibility");
        refused(DocumentKind.FEEDBACK_REPORT, tree(DocumentKind.FEEDBACK_REPORT, partners),
                d -> ((ObjectNode) d.at("/content/observations/0")).put("reporter", "r-1"),
                "content.observations[0].reporter");
        ObjectNode smuggled = tree(DocumentKind.FEEDBACK_REPORT, publicReport());
        ((ObjectNode) smuggled.get("content")).set("observations", tree(DocumentKind.FEEDBACK_REPORT, partners)
                .at("/content/observations"));
        assertThat(problems(DocumentKind.FEEDBACK_REPORT, smuggled)).extracting(Problem::path)
                .contains("content.observations");
    }

    @Test
    void theSchemaDescribesSuppressedCellsAndRefusesOthers() throws IOException {
        ObjectNode document = tree(DocumentKind.FEEDBACK_REPORT, new Reports.Group(7, 120).report(Audience.PUBLIC));
        assertThat(document.at("/content/counts/cells").toString()).contains("null");
        assertThat(Schemas.problems(DocumentKind.FEEDBACK_REPORT, document)).isEmpty();
        ((ArrayNode) document.at("/content/counts/cells/0")).set(0, TextNode.valueOf(".."));
        assertThat(Schemas.problems(DocumentKind.FEEDBACK_REPORT, document)).isNotEmpty();
        assertThatThrownBy(() -> EstJson.readString(DocumentKind.FEEDBACK_REPORT, MAPPER.writeValueAsString(document)))
                .isInstanceOf(ValidationException.class);
        assertThat(EstJson.schema(DocumentKind.FEEDBACK_REPORT)).contains("common.json#/$defs/FeedbackReport");
        assertThat(EstJson.schemas().get(EstJson.COMMON_SCHEMA_ID)).contains("A suppressed cell is null");
    }
}
