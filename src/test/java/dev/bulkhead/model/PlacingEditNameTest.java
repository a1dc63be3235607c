package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Undo names a tenant's placement in words: "Undo Place partner-acme in a Dedicated" read as a slip (review 14f). */
class PlacingEditNameTest {
    @Test
    void eachOptionIsNamedAsWhatTheTenantGets() {
        assertThat(TenancyOption.placingEdit("partner-acme", TenancyOption.DEDICATED)).isEqualTo("Give partner-acme a dedicated cluster");
        assertThat(TenancyOption.placingEdit("web-shop", TenancyOption.VCLUSTER)).isEqualTo("Give web-shop a vCluster");
        assertThat(TenancyOption.placingEdit("data-team", TenancyOption.NAMESPACE)).isEqualTo("Give data-team a namespace");
        assertThat(TenancyOption.placingEdit("data-team", null)).isEqualTo("data-team follows its environment");
    }
}
