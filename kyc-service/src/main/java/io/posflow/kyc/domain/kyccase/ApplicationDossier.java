package io.posflow.kyc.domain.kyccase;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the checks of an application round look at: the personal data still sealed as onboarding published
 * it (a check unseals a value only just before it hands it to a provider) and the uploaded materials.
 * Its {@code toString} names fields and material kinds, never values, so it may be logged.
 *
 * @param sealedValues the sealed fields the application carries (absent and blank ones are left out)
 * @param materials    the uploaded documents, as received (their file names go to the document check, K7)
 */
public record ApplicationDossier(ApplicantType applicantType, Channel channel, AccountType accountType,
                                 Map<SealedField, SealedValue> sealedValues, List<Material> materials) {

    public ApplicationDossier {
        Objects.requireNonNull(applicantType, "applicantType");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(accountType, "accountType");
        sealedValues = Map.copyOf(sealedValues);
        materials = List.copyOf(materials);
    }

    public Set<SealedField> sealedFields() {
        return sealedValues.isEmpty() ? EnumSet.noneOf(SealedField.class) : EnumSet.copyOf(sealedValues.keySet());
    }

    public boolean carries(SealedField field) {
        return sealedValues.containsKey(field);
    }

    public boolean carriesAll(SealedField... fields) {
        for (SealedField field : fields) {
            if (!carries(field)) {
                return false;
            }
        }
        return true;
    }

    /** The sealed value of {@code field}; ask {@link #carries} first. */
    public SealedValue sealed(SealedField field) {
        SealedValue value = sealedValues.get(field);
        if (value == null) {
            throw new IllegalStateException("The application does not carry " + field.path());
        }
        return value;
    }

    /** The first material of that kind, if one was uploaded. */
    public Optional<Material> material(MaterialKind kind) {
        return materials.stream().filter(m -> m.kind() == kind).findFirst();
    }

    /**
     * The same dossier with every personal datum sealed under the data subject's key, as it is kept at rest
     * (architecture §4: crypto-shreddable per subject).
     */
    public ApplicationDossier storedUnder(String subjectId, SubjectSealing sealing) {
        return withValues(v -> sealing.protect(subjectId, v));
    }

    /** The same dossier as the checks read it: every datum sealed under the transport keyring they unseal with. */
    public ApplicationDossier forChecks(SubjectSealing sealing) {
        return withValues(sealing::forTransport);
    }

    private ApplicationDossier withValues(UnaryOperator<SealedValue> change) {
        Map<SealedField, SealedValue> changed = new EnumMap<>(SealedField.class);
        sealedValues.forEach((field, value) -> changed.put(field, change.apply(value)));
        return new ApplicationDossier(applicantType, channel, accountType, changed, materials);
    }

    /** Names only: sealed fields and material kinds. */
    @Override
    public String toString() {
        return "ApplicationDossier[" + applicantType + ", " + channel + ", " + accountType + ", sealed="
                + sealedFields() + ", materials=" + materials.stream().map(Material::kind).toList() + "]";
    }
}
