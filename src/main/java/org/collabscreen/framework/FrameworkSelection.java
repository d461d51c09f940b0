package org.collabscreen.framework;

import java.util.List;

import org.springframework.stereotype.Component;

/** Which frameworks a proposal is judged under: those it names, else the installation's default. */
@Component
public class FrameworkSelection {

    private final FrameworkProperties properties;

    FrameworkSelection(FrameworkProperties properties) {
        this.properties = properties;
    }

    public List<FrameworkCode> resolve(List<FrameworkCode> requested) {
        return requested == null
                ? properties.defaults()
                : requested.stream().distinct().toList();
    }
}
