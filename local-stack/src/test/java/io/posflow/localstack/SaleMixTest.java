package io.posflow.localstack;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 15: the customers of the load generator, as a seeded mix. */
class SaleMixTest {

    private static final int DRAWS = 100_000;

    private final SaleMix mix = new SaleMix(new Random(42));

    @Test
    void noAmountEndsInThirteenFenSoTheSwitchNeverHangs() {
        for (int i = 0; i < DRAWS; i++) {
            assertThat(TestIdentities.switchHangsOn(mix.saleAmountFen())).isFalse();
        }
    }

    @Test
    void everyAmountIsBetweenOneFenAndTheLimitPerTransaction() {
        for (int i = 0; i < DRAWS; i++) {
            assertThat(mix.saleAmountFen()).isBetween(1L, SaleMix.LIMIT_PER_TRANSACTION_FEN);
        }
    }

    @Test
    void amountsAreLongTailedMostSmallAFewLarge() {
        List<Long> amounts = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            amounts.add(mix.saleAmountFen());
        }
        Collections.sort(amounts);
        long median = amounts.get(DRAWS / 2);
        long p99 = amounts.get(DRAWS * 99 / 100);
        double mean = amounts.stream().mapToLong(Long::longValue).average().orElseThrow();

        assertThat((double) median).isCloseTo(SaleMix.MEDIAN_FEN, within(SaleMix.MEDIAN_FEN * 0.05));
        assertThat(p99).isGreaterThan(10 * median);
        assertThat(mean).isGreaterThan(2.0 * median);
    }

    @Test
    void everyWayToPayComesInItsShare() {
        Map<SaleMix.Means, Integer> counts = new EnumMap<>(SaleMix.Means.class);
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(mix.means(), 1, Integer::sum);
        }

        for (SaleMix.Means m : SaleMix.Means.values()) {
            assertThat(counts.get(m) * 100.0 / DRAWS).as(m.name()).isCloseTo(m.percent, within(1.0));
        }
    }

    @Test
    void aboutOneOperationInAHundredIsAVoidAndOneInTwoHundredARefund() {
        Map<SaleMix.Operation, Integer> counts = new EnumMap<>(SaleMix.Operation.class);
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(mix.operation(), 1, Integer::sum);
        }

        assertThat(counts.get(SaleMix.Operation.VOID) / (double) DRAWS).isCloseTo(0.01, within(0.002));
        assertThat(counts.get(SaleMix.Operation.REFUND) / (double) DRAWS).isCloseTo(0.005, within(0.0015));
    }

    @Test
    void aCardIsLuhnValidAndOfItsTypesTestBinAQrPaymentCarriesNoCard() {
        for (int i = 0; i < 1_000; i++) {
            Payment p = mix.payment();
            if (p.channel().equals("CARD")) {
                String bin = switch (p.cardType()) {
                    case "CREDIT" -> "625807";
                    case "DEBIT" -> "622202";
                    case "OVERSEAS" -> "411111";
                    default -> throw new AssertionError(p.cardType());
                };
                assertThat(p.pan()).startsWith(bin).isEqualTo(TestIdentities.luhn(p.pan().substring(0,
                        p.pan().length() - 1)));
                assertThat(p.cardholderName()).isNotBlank();
                assertThat(p.wallet()).isNull();
            } else {
                assertThat(p.wallet()).isIn("WECHAT", "ALIPAY", "UNIONPAY");
                assertThat(p.pan()).isNull();
                assertThat(p.cardType() == null).isEqualTo(!p.wallet().equals("UNIONPAY"));
            }
        }
    }

    @Test
    void aRefundIsAtMostItsSaleAndNeverEndsInThirteenFen() {
        for (int i = 0; i < DRAWS; i++) {
            long sale = mix.saleAmountFen();
            long refund = mix.refundAmountFen(sale);

            assertThat(refund).isBetween(1L, sale);
            assertThat(TestIdentities.switchHangsOn(refund)).isFalse();
        }
    }

    @Test
    void theSameSeedDrawsTheSameMix() {
        SaleMix a = new SaleMix(new Random(7));
        SaleMix b = new SaleMix(new Random(7));

        for (int i = 0; i < 1_000; i++) {
            assertThat(a.operation()).isEqualTo(b.operation());
            assertThat(a.payment()).isEqualTo(b.payment());
            assertThat(a.saleAmountFen()).isEqualTo(b.saleAmountFen());
        }
    }
}
