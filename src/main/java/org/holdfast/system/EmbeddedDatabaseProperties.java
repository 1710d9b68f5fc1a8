package org.holdfast.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files when no external database is configured.
 * Bound from {@code holdfast.data.dir}, so {@code HOLDFAST_DATA_DIR} overrides it.
 *
 * @param dir the data directory; the cluster lives in its {@code postgres} subfolder
 */
@ConfigurationProperties("holdfast.data")
public record EmbeddedDatabaseProperties(@DefaultValue("./data") Path dir) {

	Path postgresDirectory() {
		return this.dir.resolve("postgres").toAbsolutePath().normalize();
	}

}
