package org.holdfast.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The starter content that ships with Holdfast as YAML files (growth paths, coping
 * activities): every document in the files a pattern matches, in file-name order. A file
 * holds one document or a list of them.
 */
public final class StarterFiles {

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private StarterFiles() {
	}

	public static <T> List<T> read(String pattern, Class<T> type) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
			List<T> documents = new ArrayList<>();
			for (Resource file : Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
				try (InputStream in = file.getInputStream()) {
					JsonNode tree = YAML.readTree(in);
					if (tree.isArray()) {
						tree.forEach((node) -> documents.add(YAML.treeToValue(node, type)));
					}
					else {
						documents.add(YAML.treeToValue(tree, type));
					}
				}
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
