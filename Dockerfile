FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -ntp dependency:go-offline
COPY src src
# No tests and no generated API client in the image build; .ci/run does both. The jar leaves out the embedded
# PostgreSQL of the quick start (an optional dependency): the container needs SPRING_DATASOURCE_URL (see docker-compose.yml).
RUN mvn -B -ntp package -Dmaven.test.skip=true -Dcodegen.skip=true

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 collabscreen
WORKDIR /app
COPY --from=build /src/target/collabscreen-*.jar app.jar
USER collabscreen
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
# After an OutOfMemoryError the JVM exits and the container restarts cleanly instead of running half-alive.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
