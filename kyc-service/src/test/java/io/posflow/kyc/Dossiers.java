package io.posflow.kyc;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.SealedField;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Test dossiers: a well-formed PERSONAL ONLINE application unless told otherwise, sealed with the simulation key. */
public final class Dossiers {

    /** The documented simulation key, as onboarding seals with it (application-simulation.yml). */
    public static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");

    public static final String NAME = "王小明";
    public static final String ID_NUMBER = "11010519491231002X";
    public static final String CARD_NUMBER = "6222020200112233445";
    public static final String PHONE = "13800138000";

    private ApplicantType type = ApplicantType.PERSONAL;
    private Channel channel = Channel.ONLINE;
    private AccountType accountType = AccountType.PERSONAL_CARD;
    private final Map<SealedField, String> clear = new EnumMap<>(SealedField.class);
    private final List<Material> materials = new ArrayList<>();

    private Dossiers() {
        clear.put(SealedField.APPLICANT_NAME, NAME);
        clear.put(SealedField.APPLICANT_ID_NUMBER, ID_NUMBER);
        clear.put(SealedField.APPLICANT_PHONE, PHONE);
        clear.put(SealedField.ACCOUNT_HOLDER_NAME, NAME);
        clear.put(SealedField.ACCOUNT_NUMBER, CARD_NUMBER);
        clear.put(SealedField.RESERVED_PHONE, PHONE);
        clear.put(SealedField.AGREEMENT_SIGNED_NAME, NAME);
        for (MaterialKind kind : List.of(MaterialKind.ID_FRONT, MaterialKind.ID_BACK, MaterialKind.FACE_LIVENESS,
                MaterialKind.BANK_CARD, MaterialKind.SCENE_PHOTO)) {
            materials.add(material(kind, kind.name().toLowerCase() + ".jpg"));
        }
    }

    public static Dossiers anApplication() {
        return new Dossiers();
    }

    public static Material material(MaterialKind kind, String originalFileName) {
        return new Material(kind, "doc-" + kind.name().toLowerCase(), "a".repeat(64), "image/jpeg", originalFileName);
    }

    public Dossiers type(ApplicantType type) {
        this.type = type;
        if (type != ApplicantType.PERSONAL) {
            clear.put(SealedField.LEGAL_REPRESENTATIVE, NAME);
        }
        return this;
    }

    public Dossiers channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public Dossiers corporateAccount() {
        this.accountType = AccountType.CORPORATE;
        clear.remove(SealedField.RESERVED_PHONE);
        return this;
    }

    /** The registered and the bank-reserved phone. */
    public Dossiers phone(String phone) {
        clear.put(SealedField.APPLICANT_PHONE, phone);
        clear.put(SealedField.RESERVED_PHONE, phone);
        return this;
    }

    public Dossiers with(SealedField field, String value) {
        clear.put(field, value);
        return this;
    }

    public Dossiers without(SealedField... fields) {
        for (SealedField field : fields) {
            clear.remove(field);
        }
        return this;
    }

    public Dossiers withoutMaterial(MaterialKind kind) {
        materials.removeIf(m -> m.kind() == kind);
        return this;
    }

    /** Replaces the material of that kind with one uploaded under {@code originalFileName}. */
    public Dossiers upload(MaterialKind kind, String originalFileName) {
        withoutMaterial(kind);
        materials.add(material(kind, originalFileName));
        return this;
    }

    public ApplicationDossier build() {
        Map<SealedField, SealedValue> sealed = new EnumMap<>(SealedField.class);
        clear.forEach((field, value) -> sealed.put(field, SEALING.seal(value, Mask.GENERIC)));
        return new ApplicationDossier(type, channel, accountType, sealed, materials);
    }
}
