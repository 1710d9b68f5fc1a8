package org.holdfast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feature packages stay apart: no cycles, and one feature uses only another's public
 * types. The module diagram in {@code docs/} is the one the code draws today.
 */
class ModuleStructureTests {

	static final ApplicationModules MODULES = ApplicationModules.of(Holdfast.class);

	@Test
	void featurePackagesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
		MODULES.verify();
	}

	/**
	 * Spring Modulith's Documenter draws the packages and their dependencies (PlantUML);
	 * the copy in docs/ must be that drawing, so a newcomer never reads a stale one.
	 * After a change of dependencies, copy the drawing from target/ as the message says.
	 */
	@Test
	void theModuleDiagramInDocsIsTheOneTheCodeDraws() throws IOException {
		Path out = Path.of("target", "modulith-docs");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
			.writeModulesAsPlantUml();
		Path drawn = out.resolve("components.puml");
		Path kept = Path.of("docs", "modules.puml");
		assertThat(kept).as("docs/modules.puml is missing: cp %s docs/modules.puml", drawn).exists();
		// The Documenter lists modules and dependencies in no fixed order: compare the
		// lines.
		assertThat(Files.readAllLines(kept, StandardCharsets.UTF_8))
			.as("docs/modules.puml is out of date: cp %s docs/modules.puml", drawn)
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(drawn, StandardCharsets.UTF_8));
	}

}
