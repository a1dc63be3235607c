package dev.bulkhead.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdentifiersProperties {
    /** The hand-written replacement is the regular expression it replaced, code point by code point. */
    @Property(tries = 3000)
    void underscoredIsTheRegexReplacement(@ForAll @StringLength(max = 80) String wanted) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        assertThat(Identifiers.underscored(lower)).isEqualTo(lower.replaceAll("[^a-z0-9_]", "_"));
    }

    @Test
    void namesBecomeIdentifiersAndClashesAreRenamedAndReported() {
        List<String> notes = new ArrayList<>();
        Identifiers ids = new Identifiers("envs/prod", notes);
        assertThat(ids.of("Team-A.prod")).isEqualTo("team_a_prod");
        assertThat(ids.of("team_a_prod")).isEqualTo("team_a_prod_2");
        assertThat(ids.of("9lives")).isEqualTo("x_9lives");
        assertThat(ids.of("😀")).isEqualTo("x__");
        assertThat(notes).containsExactly("'team_a_prod' is 'team_a_prod_2' in the Terraform root envs/prod: 'team_a_prod' is taken there");
    }
}
