package org.collabscreen.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.collabscreen.CollabScreenApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Where the start-up time goes: starts the service with Spring's {@link BufferingApplicationStartup}, stops it once it
 * is ready, and prints the steps that took longest by their own time (a bean's creation minus the beans it created).
 * Arguments are passed to the application, e.g. {@code --server.port=8089}.
 */
public final class StartupSteps {

    private static final int SHOWN = 25;

    private StartupSteps() {}

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CollabScreenApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        long jvmMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        try (ConfigurableApplicationContext context = application.run(args)) {
            long readyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
            System.out.printf("JVM up to main(): %d ms; main() to ready: %d ms%n", jvmMillis, readyMillis - jvmMillis);
        }
        print(startup.getBufferedTimeline().getEvents());
    }

    private static void print(List<TimelineEvent> events) {
        Map<Long, Duration> childTime = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childTime.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        System.out.println("steps by own time (ms, own / total):");
        events.stream()
                .sorted(Comparator.comparing((TimelineEvent e) -> ownTime(e, childTime))
                        .reversed())
                .limit(SHOWN)
                .forEach(e -> System.out.printf(
                        "%7d %7d  %s%n",
                        ownTime(e, childTime).toMillis(), e.getDuration().toMillis(), describe(e.getStartupStep())));
    }

    private static Duration ownTime(TimelineEvent event, Map<Long, Duration> childTime) {
        return event.getDuration()
                .minus(childTime.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
    }

    private static String describe(StartupStep step) {
        String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                .filter(tag -> !tag.getKey().equals("beanType"))
                .map(tag -> tag.getKey() + "=" + tag.getValue())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return step.getName() + (tags.isEmpty() ? "" : " [" + tags + "]");
    }
}
