package org.collabscreen;

import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the CollabScreen screening service. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CollabScreenApplication {

    /** Set by the quick start's first run, which records the class-data archive when the JVM exits. */
    static final String RECORDED_ARCHIVE = "collabscreen.quick-start.recording-archive";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CollabScreenApplication.class);
        String archive = System.getProperty(RECORDED_ARCHIVE);
        if (archive != null) {
            application.addListeners(event -> {
                if (event instanceof ContextClosedEvent) {
                    LoggerFactory.getLogger(CollabScreenApplication.class)
                            .info(
                                    "Stopping; then the JVM writes the class-data archive {} so that later starts are quicker"
                                            + " (this first stop only, about 20 s)",
                                    archive);
                }
            });
        }
        application.run(args);
    }
}
