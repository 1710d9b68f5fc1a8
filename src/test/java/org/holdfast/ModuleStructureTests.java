package org.holdfast;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Feature packages stay apart: no cycles, and one feature uses only another's public
 * types.
 */
class ModuleStructureTests {

	@Test
	void featurePackagesOnlyUseEachOthersPublicTypesAndHaveNoCycles() {
		ApplicationModules.of(Holdfast.class).verify();
	}

}
