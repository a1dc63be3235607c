package dev.bulkhead.export.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.util.List;

/**
 * The one YAML writer of Kubernetes exports: typed objects in, stable text out (map keys sorted, no
 * document-start marker, numbers that are strings quoted so quantities stay strings, long strings unfolded).
 */
final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            // Long strings (annotations, CEL expressions) stay on one line instead of folding with '\' escapes.
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .registerModule(new BlackbirdModule());

    private Yaml() {
    }

    /** One object as a YAML document. */
    static String of(Object object) {
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an exported object could not be written as YAML", e);
        }
    }

    /** Several objects as one file of YAML documents. */
    static String documents(List<?> objects) {
        StringBuilder text = new StringBuilder();
        for (Object object : objects) {
            if (text.length() > 0) {
                text.append("---\n");
            }
            text.append(of(object));
        }
        return text.toString();
    }
}
