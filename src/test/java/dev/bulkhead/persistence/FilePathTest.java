package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import org.junit.jupiter.api.Test;

/** The loader's lazy path names the same place a JSON pointer built step by step does. */
class FilePathTest {
    @Test
    void aPathBuildsThePointerOfItsSteps() {
        FilePath path = FilePath.ROOT.appendProperty("agents").appendIndex(3).appendProperty("egress");

        assertThat(path.pointer()).isEqualTo(JsonPointer.compile("/agents/3/egress"));
        assertThat(ModelJson.display(path.pointer())).isEqualTo("$.agents[3].egress");
    }

    @Test
    void namesWithSlashesAndTildesAreEscapedAsInAPointer() {
        FilePath path = FilePath.ROOT.appendProperty("layout").appendProperty("a/b~c");

        assertThat(path.pointer()).isEqualTo(JsonPointer.empty().appendProperty("layout").appendProperty("a/b~c"));
        assertThat(path.pointer().tail().getMatchingProperty()).isEqualTo("a/b~c");
    }

    @Test
    void theRootIsTheEmptyPointer() {
        assertThat(FilePath.ROOT.pointer()).isEqualTo(JsonPointer.empty());
    }
}
