package io.posflow.deposit.adapter.provider;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.deposit.domain.deposit.DepositRefunded;
import io.posflow.deposit.readmodel.state.MerchantPhone;
import io.posflow.deposit.readmodel.state.MerchantPhoneRepository;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RefundSmsTest {

    private static final String MERCHANT_NO = "822110054110001";
    private static final String APPLICATION = "app-1";
    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    private final SealedValueCodec transport = new SealedValueCodec(Map.of("sim-2026", key()), "sim-2026");
    private final Map<String, byte[]> subjectKeys = new HashMap<>();
    private final SubjectSealing sealing = new SubjectSealing(transport, SubjectSealing.SubjectKeys.of(
            id -> Optional.ofNullable(subjectKeys.get(id)), id -> subjectKeys.computeIfAbsent(id, k -> key())));
    private final List<String> sent = new ArrayList<>();
    private MerchantPhone stored;

    @Test
    void D3_theSmsNamesTheRefundInYuanWithTwoDecimals() {
        assertThat(RefundSms.text(Money.ofFen(9_900))).isEqualTo("【posflow】您的终端押金99.00元已退还至结算账户。");
        assertThat(RefundSms.text(Money.ofFen(29_900))).contains("299.00元");
        assertThat(RefundSms.text(Money.ofFen(29_905))).contains("299.05元");
    }

    @Test
    void DESIGN4_aPhoneStoredUnderItsApplicationsKeyIsRevealedForTheRefundSms() {
        stored = new MerchantPhone(MERCHANT_NO, APPLICATION,
                sealing.protect(APPLICATION, transport.seal("13800138000", Mask.PHONE)), AT);

        refundSms().on(refunded());

        assertThat(stored.phone().keyId()).isEqualTo("subject:" + APPLICATION);
        assertThat(sent).containsExactly("13800138000");
    }

    @Test
    void DESIGN4_aPhoneStoredBeforeTheSubjectKeysStillSealedForTransportStillGetsItsSms() {
        stored = new MerchantPhone(MERCHANT_NO, null, transport.seal("13800138000", Mask.PHONE), AT);

        refundSms().on(refunded());

        assertThat(sent).containsExactly("13800138000");
    }

    @Test
    void DESIGN4_onceTheSubjectIsCryptoShreddedTheRefundSendsNoSmsAndDoesNotFail() {
        stored = new MerchantPhone(MERCHANT_NO, APPLICATION,
                sealing.protect(APPLICATION, transport.seal("13800138000", Mask.PHONE)), AT);
        subjectKeys.remove(APPLICATION);

        refundSms().on(refunded());

        assertThat(sent).isEmpty();
    }

    @Test
    void DESIGN4_aPhoneKeptMaskedOnlyForAnAlreadyShreddedSubjectSendsNoSms() {
        stored = new MerchantPhone(MERCHANT_NO, APPLICATION,
                new SealedValue("138****8000", "", SubjectSealing.SHREDDED_KEY_ID), AT);

        refundSms().on(refunded());

        assertThat(sent).isEmpty();
    }

    private RefundSms refundSms() {
        return new RefundSms(phones(), sealing, (phone, text) -> sent.add(phone));
    }

    /** Only findById is used by RefundSms. */
    private MerchantPhoneRepository phones() {
        return (MerchantPhoneRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{MerchantPhoneRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findById")) {
                        return Optional.ofNullable(stored).filter(p -> p.owner().equals(args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static DepositRefunded refunded() {
        return new DepositRefunded("ES01234567", MERCHANT_NO, 9_900, AT.minusSeconds(86_400), AT.plusSeconds(86_400),
                10_000_000, 10_000_000, "payout-1", AT);
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        ThreadLocalRandom.current().nextBytes(key);
        return key;
    }
}
