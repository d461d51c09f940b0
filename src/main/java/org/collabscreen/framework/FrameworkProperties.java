package org.collabscreen.framework;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the funder verdicts.
 *
 * @param defaults the frameworks a proposal is judged under when it names none (default: all); empty for none
 */
@ConfigurationProperties("collabscreen.frameworks")
record FrameworkProperties(List<FrameworkCode> defaults) {

    FrameworkProperties {
        defaults = defaults == null ? List.of(FrameworkCode.values()) : List.copyOf(defaults);
    }
}
