package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad file is refused with one line naming the file, the place and the problem. */
class ModelReaderErrorsTest {
    private static final Path FILE = Path.of("bad.bulkhead.json");
    private static final String VALID = new ModelWriter().toJson(ModelFileRoundTripTest.sample());

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            newer format          | "formatVersion" : 1,           | "formatVersion" : 7,              | :2:3: $.formatVersion: the file was written by a newer Bulkhead (format 7; this version reads up to 3); update Bulkhead to open it
            wrong type            | "cpu" : 8.0,                   | "cpu" : "lots",                   | $.tenants[0].demand.cpu: expected a number, found text "lots"
            whole number expected | "pods" : 120,                   | "pods" : 1.5,                     | $.tenants[0].demand.pods: expected a whole number, found number 1.5
            number for text       | "region" : "us-east-1",        | "region" : 1e40,                  | $.clusters[0].region: expected text in quotes, found number 1.0E40
            true for text         | "region" : "us-east-1",        | "region" : true,                  | $.clusters[0].region: expected text in quotes, found boolean true
            dangling reference    | "tenant" : "tenant-payments",  | "tenant" : "tenant-gone",         | $.agents[0].tenant: agent 'report-writer' (agent-report-writer) is inside tenant 'tenant-gone', which does not exist; fix the id or remove the agent
            duplicate id          | "id" : "tenant-search",        | "id" : "tenant-payments",         | is used by both tenant 'payments' (tenant-payments) and tenant 'search' (tenant-payments); give one of them a new id
            negative CPU          | "cpu" : 8.0,                   | "cpu" : -8.0,                     | $.tenants[0].demand.cpu: CPU (vCPU) must be from 0 to 100,000 vCPU (got -8); enter a value in that range
            absurd CPU            | "cpu" : 8.0,                   | "cpu" : 1e308,                    | $.tenants[0].demand.cpu: CPU (vCPU) must be from 0 to 100,000 vCPU (got 1.0E308); enter a value in that range
            not-a-number price    | "vcpu" : 4.0,                  | "vcpu" : "NaN",                   | $.nodePools[0].vcpu: vCPU per node must be above 0 and at most 1,024 vCPU (got NaN)
            infinite value        | "memoryGiB" : 16.0,            | "memoryGiB" : 1e999,              | $.nodePools[0].memoryGiB: memory per node (GiB) must be above 0 and at most 32,768 GiB (got Infinity)
            too many pods for int | "pods" : 120,                  | "pods" : 30000000000,             | $.tenants[0].demand.pods: pods must be a whole number from 0 to 1,000,000 pods (got 30000000000)
            sandbox memory        | "memoryGiBPerSandbox" : 1.0,   | "memoryGiBPerSandbox" : 4096,     | $.agents[0].memoryGiBPerSandbox: memory per sandbox (GiB) must be from 0 to 2,048 GiB (got 4096)
            port out of range     | "port" : 443,                  | "port" : 70000,                   | $.connections[0].port: port must be a whole number from 1 to 65,535 (got 70000)
            assumption override   | "hoursPerMonth" : 720.0        | "hoursPerMonth" : 1e9             | $.pricing.overrides.hoursPerMonth: assumption 'hoursPerMonth' must be from 1 to 744 h (got 1000000000)
            requirement score     | "requirements" : { },          | "requirements" : {"kernel": 9},   | $.tenants[0].requirements.kernel: required score for 'kernel' must be a whole number from 0 to 4 (got 9)
            layout too wide       | "width" : 800.0,               | "width" : 1e12,                   | $.layout.env-prod.width: width must be above 0 and at most 10,000,000 (got 1000000000000)
            unknown field         | "region" : "us-east-1",        | "region" : "us-east-1", "colour" : 1, | $.clusters[0].colour: unknown field 'colour'; remove it or correct its spelling
            unknown enum value    | "kind" : "regulated",          | "kind" : "secret",                | $.tenants[0].kind: 'secret' is not one of internal-team, external-customer, untrusted-code, regulated
            missing field         | "ownerGroup" : "team-search",  | "ownerGroupp" : "team-search",    | unknown field 'ownerGroupp'
            duplicate key         | "region" : "us-east-1",        | "region" : "us-east-1", "region" : "x", | invalid JSON: Duplicate field 'region'
            bad id                | "id" : "tenant-search",        | "id" : "../../etc",               | $.tenants[1].id: id '../../etc' must be 1 to 64 letters
            layout of nothing     | "env-prod" : {                 | "env-gone" : {                    | $.layout.env-gone: layout is given for 'env-gone', which does not exist
            """)
    void refusesWithOneLocatedLine(String what, String find, String replaceWith, String expected) {
        assertThat(VALID).contains(find);
        String broken = VALID.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replaceWith));

        ModelFileException e = refuse(broken);

        assertThat(e.getMessage()).as(what).startsWith(FILE.toString()).contains(expected).doesNotContain("\n");
    }

    @Test
    void aTruncatedFileSaysSoWithTheLine() {
        ModelFileException e = refuse(VALID.substring(0, VALID.length() / 2));

        assertThat(e.getMessage()).matches("bad\\.bulkhead\\.json:\\d+:\\d+: the file ends in the middle of the JSON.*");
    }

    @Test
    void invalidJsonGivesLineAndColumn() {
        ModelFileException e = refuse("{\n  \"formatVersion\": 1,,\n}");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("bad.bulkhead.json:2:").contains("invalid JSON");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ModelFileException e = refuse(VALID.replace("\"ownerGroup\" : \"team-search\",", ""));

        assertThat(e.getMessage()).contains("$.tenants[1].ownerGroup: required field 'ownerGroup' is missing");
    }

    @Test
    void somethingThatIsNotAModelIsRefused() {
        assertThat(refuse("[1, 2, 3]").getMessage()).contains("a model file holds one JSON object, not a list");
        assertThat(refuse("{\"hello\": 1}").getMessage()).contains("no formatVersion");
        assertThat(refuse("").getMessage()).contains("the file is empty");
        assertThat(refuse("{\"formatVersion\": 1} trailing").getMessage()).contains("invalid JSON");
    }

    @Test
    void deeplyNestedInputIsRefusedQuickly() {
        String deep = "{\"formatVersion\":1,\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThat(refuse(deep).getMessage()).contains("nests or repeats deeper");
    }

    @Test
    void filesOverTheSizeLimitAreRefusedBeforeParsing() throws Exception {
        Path big = folder.resolve("big.bulkhead.json");
        Files.write(big, new byte[2048]);

        ModelFileException e = catchThrowableOfType(ModelFileException.class, () -> new ModelReader(1024).read(big));

        assertThat(e.getMessage()).contains("model files are at most").contains("probably not a Bulkhead model");
    }

    @Test
    void aMissingFileOrAFolderIsNamed() {
        assertThat(catchThrowableOfType(ModelFileException.class,
                () -> new ModelReader().read(folder.resolve("nope.bulkhead.json"))).getMessage())
                .endsWith("nope.bulkhead.json: file not found; check the path");
        assertThat(catchThrowableOfType(ModelFileException.class, () -> new ModelReader().read(folder)).getMessage())
                .contains("is a folder, not a model file");
    }

    @Test
    void aLargeFileWithTwoBadEntriesNamesTheFirstInTheFilesOrder() throws Exception {
        // Lists this long are mapped and checked on every core (issue 16): the refusal must still be the first one.
        ObjectNode file = (ObjectNode) ModelJson.MAPPER.readTree(new ModelWriter().toJson(
                dev.bulkhead.testing.GeneratedModels.platform(1, 1, 3_000, 2_500, 0, 7)));
        ((ObjectNode) file.get("tenants").get(1_500).get("demand")).put("cpu", -8.0);
        ((ObjectNode) file.get("tenants").get(2_900).get("demand")).put("cpu", -9.0);

        assertThat(refuse(file.toString()).getMessage()).contains("$.tenants[1500].demand.cpu: CPU (vCPU) must be from 0")
                .contains("(got -8)");
    }

    @Test
    void aLargeModelWithTwoBrokenReferencesNamesTheFirstInTheFilesOrder() throws Exception {
        ObjectNode file = (ObjectNode) ModelJson.MAPPER.readTree(new ModelWriter().toJson(
                dev.bulkhead.testing.GeneratedModels.platform(1, 1, 3_000, 2_500, 0, 7)));
        ((ObjectNode) file.get("agents").get(1_200)).put("tenant", "tenant-gone-first");
        ((ObjectNode) file.get("agents").get(2_400)).put("tenant", "tenant-gone-later");

        assertThat(refuse(file.toString()).getMessage()).contains("$.agents[1200].tenant:")
                .contains("inside tenant 'tenant-gone-first', which does not exist");
    }

    private static ModelFileException refuse(String content) {
        ModelFileException e = catchThrowableOfType(ModelFileException.class,
                () -> new ModelReader().parse(FILE, content.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("the reader refuses: %s", content.length() > 200 ? content.substring(0, 200) : content).isNotNull();
        return e;
    }
}
