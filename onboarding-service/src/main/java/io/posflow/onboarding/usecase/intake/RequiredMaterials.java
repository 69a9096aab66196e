package io.posflow.onboarding.usecase.intake;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.MaterialKind;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static io.posflow.contracts.onboarding.MaterialKind.ACCOUNT_PERMIT;
import static io.posflow.contracts.onboarding.MaterialKind.BANK_CARD;
import static io.posflow.contracts.onboarding.MaterialKind.BUSINESS_LICENCE;
import static io.posflow.contracts.onboarding.MaterialKind.FACE_LIVENESS;
import static io.posflow.contracts.onboarding.MaterialKind.ID_BACK;
import static io.posflow.contracts.onboarding.MaterialKind.ID_FRONT;
import static io.posflow.contracts.onboarding.MaterialKind.INTERIOR_PHOTO;
import static io.posflow.contracts.onboarding.MaterialKind.LEASE_CONTRACT;
import static io.posflow.contracts.onboarding.MaterialKind.LEGAL_REP_ID_BACK;
import static io.posflow.contracts.onboarding.MaterialKind.LEGAL_REP_ID_FRONT;
import static io.posflow.contracts.onboarding.MaterialKind.SCENE_PHOTO;
import static io.posflow.contracts.onboarding.MaterialKind.STOREFRONT_PHOTO;

/** O2: the materials an application must carry, by applicant type and channel. */
public final class RequiredMaterials {

    private RequiredMaterials() {
    }

    /**
     * Everybody: both sides of the ID; ONLINE and AGENT also the face capture for K5 (a partner bank saw
     * the applicant in person, K9). Then per type; an agent applying for a company adds the legal
     * representative's ID.
     */
    public static Set<MaterialKind> of(ApplicantType type, Channel channel) {
        Set<MaterialKind> required = EnumSet.of(ID_FRONT, ID_BACK);
        if (channel != Channel.PARTNER_BANK) {
            required.add(FACE_LIVENESS);
        }
        switch (type) {
            case PERSONAL -> required.addAll(EnumSet.of(BANK_CARD, SCENE_PHOTO));
            case INDIVIDUAL_BUSINESS -> required.addAll(EnumSet.of(BANK_CARD, BUSINESS_LICENCE, STOREFRONT_PHOTO,
                    INTERIOR_PHOTO));
            case ENTERPRISE -> {
                required.addAll(EnumSet.of(BUSINESS_LICENCE, STOREFRONT_PHOTO, INTERIOR_PHOTO, ACCOUNT_PERMIT,
                        LEASE_CONTRACT));
                if (channel == Channel.AGENT) {
                    required.addAll(EnumSet.of(LEGAL_REP_ID_FRONT, LEGAL_REP_ID_BACK));
                }
            }
        }
        return Collections.unmodifiableSet(required);
    }
}
