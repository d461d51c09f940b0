package org.collabscreen.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain's keys, its sealer and its verifier. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    private final AuditProperties properties;
    private final JdbcClient jdbc;
    private final boolean productionMode;

    AuditConfiguration(
            AuditProperties properties,
            JdbcClient jdbc,
            @Value("${collabscreen.production:false}") boolean productionMode) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.productionMode = productionMode;
    }

    @Bean
    ChainHashes chainHashes() {
        return new ChainHashes(AuditKeys.load(properties, productionMode));
    }

    @Bean
    AuditSealer auditSealer(ChainHashes hashes, JdbcTemplate template, PlatformTransactionManager transactions) {
        return new AuditSealer(jdbc, template, new TransactionTemplate(transactions), hashes, properties);
    }

    @Bean
    AuditCheckpoints auditCheckpoints(ChainHashes hashes) {
        return new AuditCheckpoints(jdbc, hashes);
    }

    @Bean
    ChainVerifier chainVerifier(
            ChainHashes hashes,
            JdbcTemplate template,
            PlatformTransactionManager transactions,
            AuditCheckpoints checkpoints,
            AuditSealer sealer) {
        return new ChainVerifier(jdbc, template, transactions, hashes, checkpoints, sealer);
    }

    @Bean
    AuditCheckpointExport auditCheckpointExport(ChainVerifier verifier, AuditCheckpoints checkpoints) {
        return new AuditCheckpointExport(verifier, checkpoints);
    }
}
