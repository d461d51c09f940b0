package org.collabscreen.proposal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The group commit's writer count: one unless set, and start-up stops on a count it cannot use. */
class GroupCommitPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void oneWriterUnlessSet() {
        runner.run(context -> assertThat(
                        context.getBean(GroupCommitProperties.class).writers())
                .isEqualTo(1));
    }

    @Test
    void oneWriterWhenSet() {
        runner.withPropertyValues("collabscreen.proposals.group-commit.writers=1")
                .run(context -> assertThat(
                                context.getBean(GroupCommitProperties.class).writers())
                        .isEqualTo(1));
    }

    @Test
    void noWriterAtAllStopsStartUpNamingTheSetting() {
        runner.withPropertyValues("collabscreen.proposals.group-commit.writers=0")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("collabscreen.proposals.group-commit");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GroupCommitProperties.class)
    static class Properties {}
}
