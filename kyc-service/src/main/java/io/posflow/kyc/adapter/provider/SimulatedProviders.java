package io.posflow.kyc.adapter.provider;

import io.posflow.kyc.domain.checks.BankCardElementAnswer;
import io.posflow.kyc.domain.checks.BankCardElementVerifier;
import io.posflow.kyc.domain.checks.DocumentInspector;
import io.posflow.kyc.domain.checks.DocumentVerdict;
import io.posflow.kyc.domain.checks.FaceMatchResult;
import io.posflow.kyc.domain.checks.FaceMatcher;
import io.posflow.kyc.domain.checks.MicroDepositPayouts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded provider simulators, with the documented test values of architecture §5 (kyc-service/README.md):
 * identity, bank-card element and document checks pass by default; a phone ending {@code 0001} fails the face
 * check, {@code 0002} fails the bank-card element check, {@code 0003} makes the provider time out until it is
 * restored, {@code 0004} makes it answer inconclusively; a document whose original file name contains
 * {@code blurry} fails quality, {@code noscene} fails scene proof. The bank-card element check reads the
 * reserved phone (which K4 requires to be the registered one), the face check the registered phone; the
 * document check is sent no phone. Bank payouts (K10 micro-deposits, {@link SimulatedMicroDepositPayouts}) fail
 * for an account ending {@code 9999} until restored. Each can be taken down and restored ({@link SimulatedProvider}).
 */
public final class SimulatedProviders {

    static final int PASSING_FACE_SCORE = 96;
    static final int FAILING_FACE_SCORE = 35;

    private final Map<String, SimulatedProvider> providers = new LinkedHashMap<>();

    /** @param maxHang how long a {@code 0003} call hangs at most when nothing cancels it */
    public SimulatedProviders(Duration maxHang) {
        for (String name : List.of(BankCardElementVerifier.PROVIDER, FaceMatcher.PROVIDER, DocumentInspector.PROVIDER,
                MicroDepositPayouts.PROVIDER)) {
            providers.put(name, new SimulatedProvider(name, maxHang));
        }
    }

    public Optional<SimulatedProvider> provider(String name) {
        return Optional.ofNullable(providers.get(name));
    }

    public List<SimulatedProvider> all() {
        return List.copyOf(providers.values());
    }

    public BankCardElementVerifier bankCardElements() {
        SimulatedProvider provider = providers.get(BankCardElementVerifier.PROVIDER);
        return elements -> {
            provider.enter(elements.reservedPhone());
            if (elements.reservedPhone().endsWith("0002")) {
                return BankCardElementAnswer.MISMATCH;
            }
            if (elements.reservedPhone().endsWith("0004")) {
                return BankCardElementAnswer.INCONCLUSIVE;
            }
            return BankCardElementAnswer.MATCH;
        };
    }

    public FaceMatcher face() {
        SimulatedProvider provider = providers.get(FaceMatcher.PROVIDER);
        return request -> {
            provider.enter(request.mobile());
            if (request.mobile().endsWith("0001")) {
                return FaceMatchResult.scored(FAILING_FACE_SCORE);
            }
            if (request.mobile().endsWith("0004")) {
                return FaceMatchResult.inconclusive();
            }
            return FaceMatchResult.scored(PASSING_FACE_SCORE);
        };
    }

    public DocumentInspector documents() {
        SimulatedProvider provider = providers.get(DocumentInspector.PROVIDER);
        return document -> {
            provider.enter(null);
            String name = document.originalFileName().toLowerCase(Locale.ROOT);
            if (name.contains("blurry")) {
                return DocumentVerdict.BLURRY;
            }
            if (name.contains("noscene")) {
                return DocumentVerdict.NO_SCENE;
            }
            return DocumentVerdict.OK;
        };
    }
}
