package org.collabscreen.cluster;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs marked {@code @SchedulerLock} run on one instance at a time across the cluster: ShedLock keeps a row
 * per job in the {@code shedlock} table, with times from the database's clock, so instances with skewed clocks still
 * agree. A job holds its lock at most {@code lockAtMostFor} (10 minutes unless the job says otherwise), so a crashed
 * instance never blocks it for good. Work already shared row by row ({@code FOR UPDATE SKIP LOCKED}: webhook
 * deliveries, impact jobs) or by an advisory lock (the audit sealer) does not need it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterScheduling {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
