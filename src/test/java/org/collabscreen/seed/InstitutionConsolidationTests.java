package org.collabscreen.seed;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstitutionConsolidationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aMergeJoinsNamesAndListingsRetiresTheDuplicateAndRepointsItsUnits() {
        InstitutionConsolidation consolidation = new InstitutionConsolidation(documents());

        consolidation.merge(new InstitutionConsolidation.Merge("Group", "CN", "Group Ltd.", "CN"));

        ObjectNode group = consolidation.changed().get("a");
        assertThat(group.get("aliases").toString()).isEqualTo("[\"G\",\"GL\",\"Group Ltd.\"]");
        assertThat(group.get("listings")).hasSize(2);
        assertThat(consolidation.retired()).containsOnlyKeys("b");
        assertThat(consolidation.changed().get("c").get("parentId").asString()).isEqualTo("a");
    }

    @Test
    void aLinkGivesAParentlessUnitItsParent() {
        InstitutionConsolidation consolidation = new InstitutionConsolidation(documents());

        consolidation.link(new InstitutionConsolidation.Link("Lab", "CN", "Group", "CN"));

        assertThat(consolidation.changed().get("d").get("parentId").asString()).isEqualTo("a");
        assertThatThrownBy(() -> consolidation.link(new InstitutionConsolidation.Link("Lab", "CN", "Group Ltd.", "CN")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAliasIsAddedOnceInCodePointOrder() {
        InstitutionConsolidation consolidation = new InstitutionConsolidation(documents());

        consolidation.alias(new InstitutionConsolidation.Alias("Lab", "CN", "The Lab"));
        consolidation.alias(new InstitutionConsolidation.Alias("Lab", "CN", "the  lab"));
        consolidation.alias(new InstitutionConsolidation.Alias("Lab", "CN", "LAB"));

        assertThat(consolidation.changed().get("d").get("aliases").toString()).isEqualTo("[\"The Lab\"]");
    }

    @Test
    void aNameThatMatchesNoEntryFailsInsteadOfSkipping() {
        InstitutionConsolidation consolidation = new InstitutionConsolidation(documents());

        assertThatThrownBy(() -> consolidation.merge(new InstitutionConsolidation.Merge("Group", "CN", "Grup", "CN")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Grup");
        assertThatThrownBy(() -> consolidation.link(new InstitutionConsolidation.Link("Lab", "RU", "Group", "CN")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Map<String, ObjectNode> documents() {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        documents.put("a", document("a", "Group", null, "[\"G\"]", "ASPI_TRACKER"));
        documents.put("b", document("b", "Group Ltd.", null, "[\"GL\",\"group\"]", "US_1260H"));
        documents.put("c", document("c", "Subsidiary", "b", "[]", "US_1260H"));
        documents.put("d", document("d", "Lab", null, "[]", "DOD_1286"));
        return documents;
    }

    private static ObjectNode document(String id, String name, String parentId, String aliases, String list) {
        return (ObjectNode) JSON.readTree(
                """
                {"id":"%s","name":"%s","country":"CN","parentId":%s,"aliases":%s,
                 "listings":[{"listCode":"%s","nameAsListed":"%s","source":{"url":"https://example.org"}}]}""".formatted(id, name, parentId == null ? "null" : "\"" + parentId + "\"", aliases, list, name));
    }
}
