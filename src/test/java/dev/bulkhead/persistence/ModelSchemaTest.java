package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The documented schema accepts what Bulkhead writes and rejects what its reader rejects. */
class ModelSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("assets/schema/bulkhead-model.schema.json")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of("sample-models")).filter(p -> p.toString().endsWith(ModelFormat.EXTENSION)).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleMatchesTheSchema(Path sample) throws Exception {
        Set<ValidationMessage> errors = SCHEMA.validate(JSON.readTree(sample.toFile()));

        assertThat(errors).isEmpty();
    }

    @Test
    void whatTheWriterProducesMatchesTheSchema() throws Exception {
        JsonNode written = JSON.readTree(new ModelWriter().toJson(ModelFileRoundTripTest.sample()));

        assertThat(SCHEMA.validate(written)).isEmpty();
    }

    @Test
    void theSchemaRejectsUnknownFieldsAndBadValuesLikeTheReader() throws Exception {
        String valid = new ModelWriter().toJson(ModelFileRoundTripTest.sample());

        assertThat(SCHEMA.validate(JSON.readTree(valid.replace("\"region\" :", "\"colour\" : 1, \"region\" :")))).isNotEmpty();
        assertThat(SCHEMA.validate(JSON.readTree(valid.replace("\"cpu\" : 8.0", "\"cpu\" : -8.0")))).isNotEmpty();
        assertThat(SCHEMA.validate(JSON.readTree(valid.replace("\"formatVersion\" : 1", "\"formatVersion\" : 4")))).isNotEmpty();
    }
}
