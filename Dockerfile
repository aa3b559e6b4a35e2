# Build and run AQB-Workflow. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 aqb
WORKDIR /app
COPY --from=build /src/target/aqb-workflow-*.jar /tmp/aqb-workflow.jar
# Class-data sharing (docs/PERFORMANCE.md): the jar extracted to /app (aqb-workflow.jar + lib/), then one training start
# on an in-memory H2 database that stops after the context refresh and writes the class archive /app/aqb.jsa.
RUN java -Djarmode=tools -jar /tmp/aqb-workflow.jar extract --destination /app && rm /tmp/aqb-workflow.jar \
    && AQB_ADMIN_PASSWORD=cds-training-only-2026 AQB_DB_URL='jdbc:h2:mem:cds' \
       java -XX:ArchiveClassesAtExit=/app/aqb.jsa -Dspring.context.exit=onRefresh -jar /app/aqb-workflow.jar --server.port=0
USER aqb
EXPOSE 8080
# Measured flags (docs/PERFORMANCE.md): a fixed 384 MB heap instead of a share of the container's memory, the serial
# collector (little native overhead on small heaps and two cores), smaller thread stacks and code cache, the CDS archive.
# Override with -e JAVA_OPTS=… (e.g. a larger -Xmx for many concurrent clerks).
ENV JAVA_OPTS="-Xmx384m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=256m -XX:SharedArchiveFile=/app/aqb.jsa"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/aqb-workflow.jar \"$@\"", "--"]
