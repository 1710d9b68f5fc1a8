# syntax=docker/dockerfile:1
# Holdfast as a container: built from source, run as a non-root user.
# The app needs a PostgreSQL: set SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD
# (docker-compose.yml does this for you).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
# The embedded PostgreSQL binaries are left out: in a container Holdfast always uses an external
# database. (Tests run in CI, not in the image build.)
RUN ./mvnw -B -q package -DskipTests -Dspring-boot.excludeGroupIds=io.zonky.test.postgres \
 && java -Djarmode=tools -jar target/holdfast-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system holdfast && useradd --system --gid holdfast --home-dir /app --shell /usr/sbin/nologin holdfast
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER holdfast
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
