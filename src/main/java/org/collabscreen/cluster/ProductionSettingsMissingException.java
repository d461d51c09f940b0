package org.collabscreen.cluster;

import java.util.List;
import java.util.stream.Collectors;

/** Production mode lacks settings every instance must share. */
class ProductionSettingsMissingException extends IllegalStateException {

    private final List<ProductionSettings.Requirement> missing;

    ProductionSettingsMissingException(List<ProductionSettings.Requirement> missing) {
        super("Production mode (collabscreen.production=true) lacks "
                + missing.stream().map(ProductionSettings.Requirement::what).collect(Collectors.joining("; ")));
        this.missing = List.copyOf(missing);
    }

    List<ProductionSettings.Requirement> missing() {
        return missing;
    }
}
