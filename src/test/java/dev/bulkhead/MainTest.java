package dev.bulkhead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noArgumentsOrAModelFileAloneOpenTheDesktop() {
        assertThat(Main.opensDesktop(new String[0])).isTrue();
        assertThat(Main.opensDesktop(new String[] {"sample-models/workshop-starter.bulkhead.json"})).isTrue();
    }

    @Test
    void commandsAndOptionsRunHeadless() {
        assertThat(Main.opensDesktop(new String[] {"validate", "x.bulkhead.json"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"validate"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"--version"})).isFalse();
        assertThat(Main.opensDesktop(new String[] {"help"})).isFalse();
    }
}
