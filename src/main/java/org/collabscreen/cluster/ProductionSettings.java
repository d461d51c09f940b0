package org.collabscreen.cluster;

import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production mode ({@code collabscreen.production=true}), start-up stops before any bean is made when a setting
 * that every instance must share is not configured: the database, the audit chain's HMAC key and the evidence
 * signing key. The quick start generates both keys into its data folder; instances that each did so would seal and
 * sign with keys of their own, so that one instance could not verify what another wrote. Every missing setting is
 * named at once ({@link ProductionSettingsFailureAnalyzer}).
 */
@Component
class ProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PRODUCTION = "collabscreen.production";

    /** A setting production mode needs: any one of its properties, set and not blank. */
    record Requirement(String what, List<String> properties, String howToSet) {}

    static final List<Requirement> REQUIREMENTS = List.of(
            new Requirement(
                    "the shared PostgreSQL database",
                    List.of("spring.datasource.url"),
                    "SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/DATABASE (with SPRING_DATASOURCE_USERNAME and"
                            + " SPRING_DATASOURCE_PASSWORD)"),
            new Requirement(
                    "the audit chain's HMAC key, the same on every instance",
                    List.of("collabscreen.audit.hmac-key", "collabscreen.audit.key-file"),
                    "COLLABSCREEN_AUDIT_HMAC_KEY=$(openssl rand -hex 32), or COLLABSCREEN_AUDIT_KEY_FILE naming a file"
                            + " that holds it"),
            new Requirement(
                    "the evidence packs' Ed25519 signing key, the same on every instance",
                    List.of("collabscreen.evidence.signing-key", "collabscreen.evidence.key-file"),
                    "COLLABSCREEN_EVIDENCE_SIGNING_KEY=\"$(openssl genpkey -algorithm ed25519)\", or"
                            + " COLLABSCREEN_EVIDENCE_KEY_FILE naming a PEM file that holds it"));

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<Requirement> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new ProductionSettingsMissingException(missing);
        }
    }

    /** What production mode lacks in this environment; nothing outside production mode. */
    static List<Requirement> missing(Environment environment) {
        if (!environment.getProperty(PRODUCTION, Boolean.class, false)) {
            return List.of();
        }
        return REQUIREMENTS.stream()
                .filter(requirement -> requirement.properties().stream()
                        .allMatch(property ->
                                environment.getProperty(property, "").isBlank()))
                .toList();
    }
}
