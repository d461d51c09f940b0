package org.collabscreen.proposal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import org.collabscreen.framework.Tie;
import org.collabscreen.web.CountryCode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An affiliation, talent programme or support as a researcher declares it: a plain name (as before), or an object
 * with dates and flags. Written back as it came: a plain name stays a string.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonSerialize(using = TieSerializer.class)
@JsonDeserialize(using = TieDeserializer.class)
@Schema(
        name = "Tie",
        description = "An organisation or programme a researcher is linked to, with optional dates and flags;"
                + " a plain string (the name) is accepted too and means a current link")
record TieRequest(
        @Schema(
                description = "Name of the organisation or programme",
                example = "Harbin Institute of Technology",
                requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = 300)
        String name,

        @Schema(description = "Its country, ISO 3166-1 alpha-2", example = "CN") @CountryCode
        String country,

        @Schema(description = "First day of the link", example = "2019-09-01")
        LocalDate from,

        @Schema(description = "Last day of the link; absent means current", example = "2022-06-30")
        LocalDate to,

        @Schema(description = "Whether it was disclosed to the funder (NIH, DoD); absent: listed here, so disclosed")
        Boolean disclosed,

        @Schema(description = "Whether it gives compensation (talent programmes: CHIPS, DoD, NIH)")
        Boolean compensated,

        @Schema(description = "Whether support is in kind (equipment, facilities, software) rather than money")
        Boolean inKind) {

    /** A link given only by its name, as before: current, nothing else known. */
    static TieRequest named(String name) {
        return new TieRequest(name, null, null, null, null, null, null);
    }

    @JsonIgnore
    @AssertTrue(message = "'to' must not be before 'from'")
    boolean isPeriodInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    @JsonIgnore
    boolean isPlainName() {
        return country == null
                && from == null
                && to == null
                && disclosed == null
                && compensated == null
                && inKind == null;
    }

    Tie toTie() {
        return new Tie(name == null ? null : name.strip(), country, from, to, disclosed, compensated, inKind);
    }
}
