package org.collabscreen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the CollabScreen screening service. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CollabScreenApplication {

    public static void main(String[] args) {
        SpringApplication.run(CollabScreenApplication.class, args);
    }
}
