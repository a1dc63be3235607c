package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A bill's requests taken to four decimals the quick way equal the written decimal rounded half up. */
class RequestQuantityProperties {
    private static BigDecimal writtenAndRounded(double amount) {
        return Money.exact(amount).setScale(4, RoundingMode.HALF_UP);
    }

    @Property(tries = 20_000)
    void anyRequestRoundsAsItsWrittenDecimal(@ForAll @DoubleRange(min = -1e7, max = 1e7) double amount) {
        assertThat(NodeGroupBill.quantity(amount)).isEqualTo(writtenAndRounded(amount));
    }

    /** Requests as models write them: a few decimals, and sums of them (where binary error shows). */
    @Property(tries = 20_000)
    void writtenDecimalsAndTheirSumsRoundAsWritten(@ForAll @IntRange(min = 0, max = 2_000_000) int tenThousandths,
                                                   @ForAll @IntRange(min = 1, max = 9) int digits,
                                                   @ForAll @IntRange(min = 1, max = 40) int summed) {
        double one = BigDecimal.valueOf(tenThousandths, digits).doubleValue();
        double sum = 0;
        for (int i = 0; i < summed; i++) {
            sum += one;
        }
        assertThat(NodeGroupBill.quantity(one)).isEqualTo(writtenAndRounded(one));
        assertThat(NodeGroupBill.quantity(sum)).isEqualTo(writtenAndRounded(sum));
    }

    @Test
    void halvesAtTheFifthDecimalRoundUpLikeTheirDecimal() {
        for (double tie : new double[] {0.11485, 1.00005, 2.50015, 0.00005, -0.11485, 123456.78905, 1e9 + 0.5}) {
            assertThat(NodeGroupBill.quantity(tie)).as("%s", tie).isEqualTo(writtenAndRounded(tie));
        }
        assertThat(NodeGroupBill.quantity(0.11485)).isEqualByComparingTo("0.1149");
        assertThat(NodeGroupBill.quantity(2)).isEqualTo(new BigDecimal("2.0000"));
    }
}
