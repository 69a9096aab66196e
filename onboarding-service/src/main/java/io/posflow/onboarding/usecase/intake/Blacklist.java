package io.posflow.onboarding.usecase.intake;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * O7: ID numbers and unified social credit codes whose applications are REJECTED. The ID numbers are
 * kept only as keyed hashes; which entry matched is never told (the reason is just BLACKLISTED).
 */
public final class Blacklist {

    private final Set<String> applicantKeys;
    private final Set<String> creditCodes;

    public Blacklist(ApplicantKeys keys, Collection<String> idNumbers, Collection<String> creditCodes) {
        this.applicantKeys = idNumbers.stream().map(keys::of).collect(Collectors.toUnmodifiableSet());
        this.creditCodes = creditCodes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @param uscc the licence's credit code, null for a PERSONAL applicant */
    public boolean covers(String applicantKey, String uscc) {
        return applicantKeys.contains(applicantKey)
                || uscc != null && creditCodes.contains(uscc.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "Blacklist[" + applicantKeys.size() + " ID numbers, " + creditCodes.size() + " credit codes]";
    }
}
