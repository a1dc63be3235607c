package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.reference.AssumptionDefinition;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The assumption ranges cover exactly the assumptions Bulkhead has, and hold every value it ships. */
class ValueRangesTest {
    private static final ReferenceData DATA = ReferenceData.bundled();

    @Test
    void everyAssumptionHasItsOwnRangeAndNoRangeNamesAnUnknownOne() {
        assertThat(ValueRanges.assumptionRanges().keySet()).containsExactlyInAnyOrderElementsOf(DATA.assumptions().keySet());
    }

    @Test
    void everyShippedAssumptionValueLiesInItsRange() {
        for (AssumptionDefinition definition : DATA.assumptions().values()) {
            if (!definition.isComputed()) {
                assertThat(ValueRanges.assumption(definition.key()).contains(definition.defaultValue()))
                        .as("default of %s", definition.key()).isTrue();
            }
        }
        for (PricingProfile profile : DATA.profiles().values()) {
            profile.assumptionDefaults().forEach((key, value) -> assertThat(ValueRanges.assumption(key).contains(value.value()))
                    .as("%s in profile %s", key, profile.id()).isTrue());
        }
    }

    @Test
    void everyNodeSizeAndPriceOfTheProfilesIsAllowedOnAPool() {
        for (PricingProfile profile : DATA.profiles().values()) {
            profile.instances().forEach(instance -> {
                assertThat(ValueRanges.NODE_VCPU.contains(instance.vcpu())).as(instance.type()).isTrue();
                assertThat(ValueRanges.NODE_MEMORY.contains(instance.memoryGiB())).as(instance.type()).isTrue();
                assertThat(ValueRanges.NODE_HOURLY_PRICE.contains(instance.hourly().value())).as(instance.type()).isTrue();
            });
        }
    }

    @Test
    void rangesDescribeThemselvesTheWayPeopleWriteNumbers() {
        assertThat(ValueRanges.TENANT_CPU.describe()).isEqualTo("from 0 to 100,000 vCPU");
        assertThat(ValueRanges.NODE_VCPU.describe()).isEqualTo("above 0 and at most 1,024 vCPU");
        assertThat(ValueRanges.PORT.describe()).isEqualTo("a whole number from 1 to 65,535");
        assertThat(ValueRanges.assumption("targetUtilisation").describe()).isEqualTo("from 0.05 to 1");
        assertThat(ValueRanges.assumption("no.such.key")).isSameAs(ValueRanges.UNKNOWN_ASSUMPTION);
    }
}
